#include "GoalsWindow.h"

#include "GoalPane.h"
#include "GoalPlanDashboard.h"
#include "sql/DatabaseError.h"
#include "core/GoalStore.h"
#include "models/GoalTreeModel.h"
#include "models/JournalSession.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

namespace waypoint {

using namespace goals;

namespace {

// The pages beside the tree.
enum Page { NothingPage, PlanPage, GoalPage };

} // namespace

GoalsWindow::GoalsWindow(JournalSession &journal, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(journal.goals())
{
    GoalStore &store = m_store;
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
    m_dashboard = new GoalPlanDashboard(store, *m_model, this);
    m_goalPane = new GoalPane(store, *m_model, this);
    m_pages->addWidget(empty);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_goalPane);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setSizes({480, 670});
    setCentralWidget(splitter);

    createActions();

    connect(m_dashboard, &GoalPlanDashboard::entryActivated, this, &GoalsWindow::entryActivated);
    connect(m_dashboard, &GoalPlanDashboard::reviewRequested, this, &GoalsWindow::reviewPlan);
    connect(m_dashboard, &GoalPlanDashboard::endRequested, this, &GoalsWindow::endPlan);
    connect(m_dashboard, &GoalPlanDashboard::storeFailed, this, &GoalsWindow::showError);
    connect(m_goalPane, &GoalPane::entryActivated, this, &GoalsWindow::entryActivated);
    connect(m_goalPane, &GoalPane::storeFailed, this, &GoalsWindow::showError);
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

void GoalsWindow::createActions()
{
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
        m_shownGoal = goal->id;
        m_shownPlan = goal->planId;
        m_goalPane->showGoal(goal->id);
        m_pages->setCurrentIndex(GoalPage);
    } else if (const Plan *plan = m_model->planAt(current)) {
        m_shownGoal = 0;
        m_shownPlan = plan->id;
        m_goalPane->showGoal(0);
        m_dashboard->showPlan(plan->id);
        m_pages->setCurrentIndex(PlanPage);
    } else {
        m_shownGoal = 0;
        m_goalPane->showGoal(0);
        m_pages->setCurrentIndex(NothingPage);
    }
}

QBarSet *GoalsWindow::elapsedBars() const
{
    return m_dashboard->elapsedBars();
}

QBarSet *GoalsWindow::progressBars() const
{
    return m_dashboard->progressBars();
}

QBarSet *GoalsWindow::evidenceBars() const
{
    return m_dashboard->evidenceBars();
}

QListWidget *GoalsWindow::reviewList() const
{
    return m_dashboard->reviewList();
}

QLineSeries *GoalsWindow::scoreSeries() const
{
    return m_dashboard->scoreSeries();
}

QListWidget *GoalsWindow::evidenceList() const
{
    return m_goalPane->evidenceList();
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
