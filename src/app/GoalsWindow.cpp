#include "GoalsWindow.h"

#include "core/DatabaseError.h"
#include "core/GoalStore.h"
#include "models/GoalTreeModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace waypoint {

using namespace goals;

namespace {

QChartView *barChart(QWidget *parent, const QList<QBarSet *> &sets, double most)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QBarSeries(chart);
    for (QBarSet *set : sets)
        series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    auto *values = new QValueAxis(chart);
    values->setRange(0, most);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

void setBars(QChartView *view, const QStringList &categories, const QList<QBarSet *> &sets,
             const QList<QList<qreal>> &values, double most)
{
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->remove(0, sets.at(i)->count());
        sets.at(i)->append(values.at(i));
    }
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *bar = qobject_cast<QBarCategoryAxis *>(axis)) {
            bar->clear();
            bar->append(categories);
        } else if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            value->setRange(0, std::max(1.0, most));
            // Whole numbers only: a tick per unit while they are few.
            value->setTickCount(int(std::clamp(most + 1, 2.0, 6.0)));
            if (most > 5)
                value->applyNiceNumbers();
        }
    }
}

} // namespace

GoalsWindow::GoalsWindow(GoalStore &store, EntryStore &entries, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(store)
{
    setObjectName(QStringLiteral("goalsWindow"));
    setWindowTitle(tr("Goals — Waypoint"));
    resize(1150, 760);
    m_model = new GoalTreeModel(store, this);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("goalTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::Progress, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::Evidence, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();

    m_pages = new QStackedWidget(this);
    auto *empty =
        new QLabel(tr("Start a plan with Goals → New Plan: a title, the day it "
                      "starts and its span (three years unless you say otherwise). "
                      "Then give it areas, such as 开发, 运维 or 阅读, and goals in them. "
                      "An entry counts as evidence for a goal when it says #goal/ and "
                      "the goal's short name."),
                   this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);
    m_pages->addWidget(createPlanPage());
    m_pages->addWidget(createGoalPage());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setSizes({480, 670});
    setCentralWidget(splitter);

    QMenu *menu = menuBar()->addMenu(tr("&Goals"));
    const auto add = [&](const char *name, const QString &text, const QKeySequence &key,
                         auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
    };
    add("actionNewPlan", tr("New &Plan…"), QKeySequence(tr("Ctrl+Shift+N")), &GoalsWindow::newPlan);
    add("actionNewArea", tr("New &Area…"), QKeySequence(tr("Ctrl+Shift+A")), &GoalsWindow::newArea);
    add("actionNewGoal", tr("New &Goal…"), QKeySequence::New, &GoalsWindow::newGoal);
    add("actionRemoveGoal", tr("&Remove…"), QKeySequence::Delete, &GoalsWindow::removeSelected);
    menu->addSeparator();
    add("actionReviewPlan", tr("Re&view This Plan"), QKeySequence(tr("Ctrl+R")),
        &GoalsWindow::reviewPlan);
    add("actionEndPlan", tr("&End This Plan…"), QKeySequence(), &GoalsWindow::endPlan);
    menu->addSeparator();
    add("actionCloseGoals", tr("&Close"), QKeySequence::Close, &QWidget::close);

    connect(m_model, &GoalTreeModel::writeFailed, this, &GoalsWindow::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        select(m_shownPlan, m_shownGoal); // what was shown, found again
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GoalsWindow::showCurrent);
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    showCurrent();
}

QWidget *GoalsWindow::createPlanPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_planTitle = new QLabel(page);
    QFont big = m_planTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_planTitle->setFont(big);
    m_planFacts = new QLabel(page);
    m_planFacts->setWordWrap(true);
    layout->addWidget(m_planTitle);
    layout->addWidget(m_planFacts);
    auto *span = new QHBoxLayout;
    m_planStart = new QDateEdit(page);
    m_planStart->setCalendarPopup(true);
    m_planStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_planYears = new QSpinBox(page);
    m_planYears->setRange(1, 20);
    m_planYears->setSuffix(tr(" years"));
    span->addWidget(new QLabel(tr("Starts:"), page));
    span->addWidget(m_planStart);
    span->addWidget(new QLabel(tr("Spans:"), page));
    span->addWidget(m_planYears);
    span->addStretch(1);
    layout->addLayout(span);
    const auto saveSpan = [this] {
        const Plan *plan =
            m_model->planAt(m_model->indexOf(GoalTreeModel::Kind::Plan, m_shownPlan));
        if (m_filling || !plan
            || (plan->start == m_planStart->date() && plan->years == m_planYears->value()))
            return;
        try {
            m_store.updatePlan(plan->id, plan->title, m_planStart->date(), m_planYears->value());
        } catch (const DatabaseError &error) {
            showError(error.message());
        }
    };
    connect(m_planStart, &QDateEdit::editingFinished, this, saveSpan);
    connect(m_planYears, &QSpinBox::editingFinished, this, saveSpan);
    m_elapsed = new QBarSet(tr("Time passed %"), this);
    m_progress = new QBarSet(tr("Progress %"), this);
    m_areasChart = barChart(page, {m_elapsed, m_progress}, 100);
    m_areasChart->setAccessibleName(tr("Time passed and progress per area"));
    layout->addWidget(m_areasChart, 3);
    m_perMonth = new QBarSet(tr("Entries linked to its goals"), this);
    m_monthsChart = barChart(page, {m_perMonth}, 1);
    // Three years of months have no room for a label each: the bars stand on
    // a value axis, labelled by year.
    QChart *months = m_monthsChart->chart();
    for (QAbstractAxis *axis : months->axes(Qt::Horizontal)) {
        months->series().constFirst()->detachAxis(axis);
        months->removeAxis(axis);
        delete axis;
    }
    auto *years = new QCategoryAxis(months);
    years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    months->addAxis(years, Qt::AlignBottom);
    months->series().constFirst()->attachAxis(years);
    m_monthsChart->setAccessibleName(tr("Evidence per month"));
    layout->addWidget(new QLabel(tr("Evidence per month:"), page));
    layout->addWidget(m_monthsChart, 2);
    layout->addWidget(new QLabel(tr("Reviews (double-click to open):"), page));
    auto *reviewRow = new QHBoxLayout;
    m_reviews = new QListWidget(page);
    m_reviews->setMaximumHeight(140);
    reviewRow->addWidget(m_reviews, 1);
    // The plan's score at each review, over time.
    auto *scores = new QChart;
    scores->legend()->hide();
    scores->setMargins(QMargins(2, 2, 2, 2));
    m_scores = new QLineSeries(scores);
    m_scores->setObjectName(QStringLiteral("scoreSeries"));
    m_scores->setPointsVisible(true);
    scores->addSeries(m_scores);
    auto *when = new QDateTimeAxis(scores);
    when->setFormat(QStringLiteral("yyyy-MM"));
    when->setTickCount(3);
    auto *score = new QValueAxis(scores);
    score->setRange(0, 100);
    score->setTickCount(3);
    score->setLabelFormat(QStringLiteral("%d"));
    scores->addAxis(when, Qt::AlignBottom);
    scores->addAxis(score, Qt::AlignLeft);
    m_scores->attachAxis(when);
    m_scores->attachAxis(score);
    m_scoresChart = new QChartView(scores, page);
    m_scoresChart->setRenderHint(QPainter::Antialiasing);
    m_scoresChart->setMaximumHeight(140);
    m_scoresChart->setAccessibleName(tr("The plan's score at each review"));
    reviewRow->addWidget(m_scoresChart, 1);
    layout->addLayout(reviewRow);
    connect(m_reviews, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    auto *review = new QPushButton(tr("Review This Plan"), page);
    auto *end = new QPushButton(tr("End This Plan…"), page);
    buttons->addStretch(1);
    buttons->addWidget(review);
    buttons->addWidget(end);
    layout->addLayout(buttons);
    connect(review, &QPushButton::clicked, this, &GoalsWindow::reviewPlan);
    connect(end, &QPushButton::clicked, this, &GoalsWindow::endPlan);
    return page;
}

QWidget *GoalsWindow::createGoalPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_goalTitle = new QLineEdit(page);
    m_shortName = new QLineEdit(page);
    m_shortName->setToolTip(tr("Write #goal/ and this name in an entry to count it as evidence."));
    m_measure = new QComboBox(page);
    for (Measure measure : {Measure::Text, Measure::Number, Measure::Checklist})
        m_measure->addItem(Names::measure(measure), int(measure));
    m_description = new QLineEdit(page);
    m_description->setPlaceholderText(tr("How you will know it is reached"));
    m_current = new QDoubleSpinBox(page);
    m_target = new QDoubleSpinBox(page);
    for (QDoubleSpinBox *box : {m_current, m_target}) {
        box->setRange(0, 1e9);
        box->setDecimals(0);
    }
    m_unit = new QLineEdit(page);
    m_unit->setPlaceholderText(tr("unit"));
    m_status = new QComboBox(page);
    for (Status status : {Status::Open, Status::Done, Status::Dropped})
        m_status->addItem(Names::status(status), int(status));
    m_targetDate = new QDateEdit(page);
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_targetDate->setMinimumDate(QDate(1900, 1, 1));
    m_targetDate->setSpecialValueText(tr("None"));
    m_goalProgress = new QProgressBar(page);
    m_goalProgress->setRange(0, 100);

    form->addRow(tr("&Goal:"), m_goalTitle);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Measured:"), m_measure);
    form->addRow(tr("&How:"), m_description);
    auto *number = new QHBoxLayout;
    number->addWidget(m_current);
    number->addWidget(new QLabel(tr("of"), page));
    number->addWidget(m_target);
    number->addWidget(m_unit);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Target &date:"), m_targetDate);
    form->addRow(tr("Progress:"), m_goalProgress);

    layout->addWidget(new QLabel(tr("Milestones (tick what is done):"), page));
    m_milestones = new QListWidget(page);
    m_milestones->setMaximumHeight(130);
    layout->addWidget(m_milestones);
    auto *milestoneButtons = new QHBoxLayout;
    auto *addMilestone = new QPushButton(tr("Add Milestone…"), page);
    auto *removeMilestone = new QPushButton(tr("Remove Milestone"), page);
    milestoneButtons->addWidget(addMilestone);
    milestoneButtons->addWidget(removeMilestone);
    milestoneButtons->addStretch(1);
    layout->addLayout(milestoneButtons);
    layout->addWidget(new QLabel(tr("Evidence, newest first (double-click to open):"), page));
    m_evidence = new QListWidget(page);
    layout->addWidget(m_evidence, 1);

    for (QLineEdit *edit : {m_goalTitle, m_shortName, m_description, m_unit})
        connect(edit, &QLineEdit::editingFinished, this, &GoalsWindow::saveGoal);
    for (QDoubleSpinBox *box : {m_current, m_target})
        connect(box, &QDoubleSpinBox::editingFinished, this, &GoalsWindow::saveGoal);
    for (QComboBox *box : {m_measure, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &GoalsWindow::saveGoal);
    connect(m_targetDate, &QDateEdit::editingFinished, this, &GoalsWindow::saveGoal);
    connect(m_milestones, &QListWidget::itemChanged, this, &GoalsWindow::saveGoal);
    connect(addMilestone, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Add Milestone"), tr("Milestone:"),
                                                    QLineEdit::Normal, {}, &ok)
                                  .trimmed();
        if (!ok || title.isEmpty())
            return;
        auto *item = new QListWidgetItem(title, m_milestones);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // itemChanged saves it
    });
    connect(removeMilestone, &QPushButton::clicked, this, [this] {
        delete m_milestones->currentItem();
        saveGoal();
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toString());
    });
    return page;
}

qint64 GoalsWindow::currentPlanId() const
{
    const Plan *plan = m_model->planAt(m_tree->currentIndex());
    return plan ? plan->id : 0;
}

void GoalsWindow::select(qint64 planId, qint64 goalId)
{
    const QModelIndex index = goalId ? m_model->indexOf(GoalTreeModel::Kind::Goal, goalId)
                                     : m_model->indexOf(GoalTreeModel::Kind::Plan, planId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void GoalsWindow::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (const Goal *goal = m_model->goalAt(current)) {
        fillGoal(goal->id);
        m_pages->setCurrentIndex(2);
    } else if (const Plan *plan = m_model->planAt(current)) {
        m_shownGoal = 0;
        m_shownPlan = plan->id;
        fillPlan(plan->id);
        m_pages->setCurrentIndex(1);
    } else {
        m_shownGoal = 0;
        m_pages->setCurrentIndex(0);
    }
}

void GoalsWindow::fillPlan(qint64 planId)
{
    const Plan *plan = m_model->planAt(m_model->indexOf(GoalTreeModel::Kind::Plan, planId));
    if (!plan)
        return;
    const QDate today = QDate::currentDate();
    m_planTitle->setText(plan->title);
    m_filling = true;
    m_planStart->setDate(plan->start);
    m_planYears->setValue(plan->years);
    m_filling = false;
    QString facts = tr("%1 – %2 · %3% of its time has passed")
                        .arg(QLocale().toString(plan->start, QLocale::ShortFormat),
                             QLocale().toString(plan->end(), QLocale::ShortFormat))
                        .arg(qRound(plan->elapsed(today)));
    if (plan->ended.isValid())
        facts += tr(" · ended %1").arg(QLocale().toString(plan->ended, QLocale::ShortFormat));
    m_planFacts->setText(facts);

    QStringList areas;
    QList<qreal> elapsed;
    QList<qreal> progress;
    for (const Area &area : plan->areas) {
        areas << area.name;
        elapsed << plan->elapsed(plan->ended.isValid() ? plan->ended : today);
        progress << std::max(0.0, area.progress());
    }
    setBars(m_areasChart, areas, {m_elapsed, m_progress}, {elapsed, progress}, 100);

    QStringList months;
    QList<qreal> counts;
    double most = 1;
    try {
        for (const auto &[month, count] : m_store.evidenceByMonth(planId)) {
            months << month.toString(QStringLiteral("yy-MM"));
            counts << count;
            most = std::max(most, double(count));
        }
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
    setBars(m_monthsChart, {}, {m_perMonth}, {counts}, std::ceil(most));
    for (QAbstractAxis *axis : m_monthsChart->chart()->axes(Qt::Horizontal)) {
        auto *years = qobject_cast<QCategoryAxis *>(axis);
        if (!years)
            continue;
        for (const QString &label : years->categoriesLabels())
            years->remove(label);
        years->setRange(-0.5, std::max(0.5, counts.size() - 0.5));
        for (qsizetype i = 0; i < months.size(); ++i) // "yy-MM": a year ends at its last month
            if (i + 1 == months.size() || months.at(i + 1).left(2) != months.at(i).left(2))
                years->append(QStringLiteral("20") + months.at(i).left(2), double(i) + 0.5);
        years->setStartValue(-0.5);
    }

    m_reviews->clear();
    QList<QPointF> points;
    for (const Review &review : plan->reviews)
        if (review.score >= 0)
            points.append(
                {double(review.date.startOfDay().toMSecsSinceEpoch()), double(review.score)});
    m_scores->replace(points);
    m_scoresChart->setVisible(!points.isEmpty());
    if (!points.isEmpty()) {
        const QDate first = QDateTime::fromMSecsSinceEpoch(qint64(points.constFirst().x())).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(qint64(points.constLast().x())).date();
        for (QAbstractAxis *axis : m_scoresChart->chart()->axes(Qt::Horizontal))
            axis->setRange(first.addMonths(-1).startOfDay(), last.addMonths(1).startOfDay());
    }
    for (const Review &review : plan->reviews) {
        auto *item = new QListWidgetItem(
            tr("%1 · score %2")
                .arg(QLocale().toString(review.date, QLocale::ShortFormat),
                     review.score >= 0 ? QString::number(review.score) : tr("not given")),
            m_reviews);
        item->setData(Qt::UserRole, review.entryUuid);
    }
}

void GoalsWindow::fillGoal(qint64 goalId)
{
    const Goal *goal = m_model->goalAt(m_model->indexOf(GoalTreeModel::Kind::Goal, goalId));
    if (!goal)
        return;
    m_shownGoal = goalId;
    m_shownPlan = goal->planId;
    m_filling = true;
    m_goalTitle->setText(goal->title);
    m_shortName->setText(goal->shortName);
    m_measure->setCurrentIndex(m_measure->findData(int(goal->measure)));
    m_description->setText(goal->description);
    m_current->setValue(goal->current);
    m_target->setValue(goal->target);
    m_unit->setText(goal->unit);
    m_status->setCurrentIndex(m_status->findData(int(goal->status)));
    m_targetDate->setDate(goal->targetDate.isValid() ? goal->targetDate
                                                     : m_targetDate->minimumDate());
    m_goalProgress->setValue(qRound(std::max(0.0, goal->progress())));
    m_goalProgress->setFormat(goal->progress() >= 0 ? QStringLiteral("%p%") : tr("not measured"));
    m_milestones->clear();
    for (const Milestone &milestone : goal->milestones) {
        auto *item = new QListWidgetItem(milestone.title, m_milestones);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(milestone.done ? Qt::Checked : Qt::Unchecked);
    }
    m_evidence->clear();
    try {
        for (const GoalStore::Evidence &entry : m_store.evidence(goalId)) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 · %2").arg(
                                        QLocale().toString(entry.date, QLocale::ShortFormat),
                                        entry.title.isEmpty() ? tr("(untitled)") : entry.title),
                                    m_evidence);
            item->setData(Qt::UserRole, entry.uuid);
        }
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
    m_filling = false;
}

void GoalsWindow::saveGoal()
{
    if (m_filling || !m_shownGoal)
        return;
    const Goal *shown = m_model->goalAt(m_model->indexOf(GoalTreeModel::Kind::Goal, m_shownGoal));
    if (!shown)
        return;
    Goal goal = *shown;
    goal.title = m_goalTitle->text().trimmed();
    goal.shortName = m_shortName->text().trimmed();
    goal.measure = Measure(m_measure->currentData().toInt());
    goal.description = m_description->text().trimmed();
    goal.current = m_current->value();
    goal.target = m_target->value();
    goal.unit = m_unit->text().trimmed();
    goal.status = Status(m_status->currentData().toInt());
    goal.targetDate =
        m_targetDate->date() == m_targetDate->minimumDate() ? QDate() : m_targetDate->date();
    goal.milestones.clear();
    for (int i = 0; i < m_milestones->count(); ++i)
        goal.milestones.append(
            {0, m_milestones->item(i)->text(), m_milestones->item(i)->checkState() == Qt::Checked});
    try {
        m_store.updateGoal(goal); // the model reloads and the page is filled again
    } catch (const DatabaseError &error) {
        showError(error.message());
        fillGoal(goal.id);
    }
}

void GoalsWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void GoalsWindow::newPlan()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Plan"),
                                                tr("Title (it starts today and spans three years; "
                                                   "both can be changed):"),
                                                QLineEdit::Normal, tr("The next three years"), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    try {
        select(m_store.addPlan(title, QDate::currentDate(), 3));
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void GoalsWindow::newArea()
{
    const qint64 plan = currentPlanId();
    if (!plan) {
        showError(tr("Choose a plan first."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Area"), tr("Area (such as 开发, 运维, 阅读, 交流):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    try {
        m_store.addArea(plan, name);
        select(plan);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void GoalsWindow::newGoal()
{
    const QModelIndex current = m_tree->currentIndex();
    const Plan *plan = m_model->planAt(current);
    if (!plan || plan->areas.isEmpty()) {
        showError(tr("Choose a plan with an area first (Goals → New Area)."));
        return;
    }
    // The chosen area, the chosen goal's area, or the plan's first.
    QString area = plan->areas.constFirst().name;
    const auto kind = GoalTreeModel::Kind(current.data(GoalTreeModel::KindRole).toInt());
    if (kind == GoalTreeModel::Kind::Area)
        area = current.data().toString();
    else if (kind == GoalTreeModel::Kind::Goal)
        area = current.parent().data().toString();
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Goal"), tr("Goal in “%1”:").arg(area),
                                                QLineEdit::Normal, {}, &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    try {
        Goal goal;
        goal.title = title;
        goal = m_store.addGoal(plan->id, area, goal);
        select(plan->id, goal.id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void GoalsWindow::removeSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const auto kind = GoalTreeModel::Kind(current.data(GoalTreeModel::KindRole).toInt());
    const qint64 id = current.data(GoalTreeModel::IdRole).toLongLong();
    const QString name = current.sibling(current.row(), 0).data(Qt::EditRole).toString();
    const QString question =
        kind == GoalTreeModel::Kind::Plan
            ? tr("Remove the plan “%1” with its areas, goals and reviews? The entries stay.")
        : kind == GoalTreeModel::Kind::Area
            ? tr("Remove the area “%1” with its goals? The entries stay.")
            : tr("Remove the goal “%1”? The entries stay, with their #goal/ tags.");
    if (QMessageBox::question(this, tr("Remove"), question.arg(name)) != QMessageBox::Yes)
        return;
    try {
        if (kind == GoalTreeModel::Kind::Plan)
            m_store.removePlan(id);
        else if (kind == GoalTreeModel::Kind::Area)
            m_store.removeArea(id);
        else
            m_store.removeGoal(id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void GoalsWindow::reviewPlan()
{
    if (const qint64 plan = currentPlanId())
        emit reviewRequested(plan);
}

void GoalsWindow::endPlan()
{
    const Plan *plan = m_model->planAt(m_tree->currentIndex());
    if (!plan)
        return;
    bool ok = false;
    const QString next = QInputDialog::getText(
        this, tr("End This Plan"),
        tr("“%1” ends today. Title of the next plan, which starts tomorrow with its areas and "
           "the goals still open (empty: start none):")
            .arg(plan->title),
        QLineEdit::Normal, tr("The next three years"), &ok);
    if (!ok)
        return;
    try {
        const qint64 started = m_store.endPlan(plan->id, QDate::currentDate(), next);
        select(started ? started : plan->id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

} // namespace waypoint
