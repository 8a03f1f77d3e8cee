#include "GoalPlanDashboard.h"

#include "sql/DatabaseError.h"
#include "core/GoalStore.h"
#include "models/GoalTreeModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

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

GoalPlanDashboard::GoalPlanDashboard(GoalStore &store, const GoalTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    createSpan(layout);
    createCharts(layout);
    createReviews(layout);

    auto *buttons = new QHBoxLayout;
    auto *review = new QPushButton(tr("Review This Plan"), this);
    auto *end = new QPushButton(tr("End This Plan…"), this);
    buttons->addStretch(1);
    buttons->addWidget(review);
    buttons->addWidget(end);
    layout->addLayout(buttons);
    connect(review, &QPushButton::clicked, this, &GoalPlanDashboard::reviewRequested);
    connect(end, &QPushButton::clicked, this, &GoalPlanDashboard::endRequested);
}

void GoalPlanDashboard::createSpan(QVBoxLayout *layout)
{
    auto *span = new QHBoxLayout;
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("planYears"));
    m_years->setRange(1, 20);
    m_years->setSuffix(tr(" years"));
    span->addWidget(new QLabel(tr("Starts:"), this));
    span->addWidget(m_start);
    span->addWidget(new QLabel(tr("Spans:"), this));
    span->addWidget(m_years);
    span->addStretch(1);
    layout->addLayout(span);
    connect(m_start, &QDateEdit::editingFinished, this, &GoalPlanDashboard::saveSpan);
    connect(m_years, &QSpinBox::editingFinished, this, &GoalPlanDashboard::saveSpan);
}

void GoalPlanDashboard::createCharts(QVBoxLayout *layout)
{
    m_elapsed = new QBarSet(tr("Time passed %"), this);
    m_progress = new QBarSet(tr("Progress %"), this);
    m_areasChart = barChart(this, {m_elapsed, m_progress}, 100);
    m_areasChart->setAccessibleName(tr("Time passed and progress per area"));
    layout->addWidget(m_areasChart, 3);

    m_perMonth = new QBarSet(tr("Entries linked to its goals"), this);
    m_monthsChart = barChart(this, {m_perMonth}, 1);
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
    layout->addWidget(new QLabel(tr("Evidence per month:"), this));
    layout->addWidget(m_monthsChart, 2);
}

void GoalPlanDashboard::createReviews(QVBoxLayout *layout)
{
    layout->addWidget(new QLabel(tr("Reviews (double-click to open):"), this));
    auto *reviewRow = new QHBoxLayout;
    m_reviews = new QListWidget(this);
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
    m_scoresChart = new QChartView(scores, this);
    m_scoresChart->setRenderHint(QPainter::Antialiasing);
    m_scoresChart->setMaximumHeight(140);
    m_scoresChart->setAccessibleName(tr("The plan's score at each review"));
    reviewRow->addWidget(m_scoresChart, 1);
    layout->addLayout(reviewRow);
    connect(m_reviews, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toString());
    });
}

void GoalPlanDashboard::saveSpan()
{
    const Plan *plan = m_model.planAt(m_model.indexOf(GoalTreeModel::Kind::Plan, m_planId));
    if (m_filling || !plan || (plan->start == m_start->date() && plan->years == m_years->value()))
        return;
    try {
        m_store.updatePlan(plan->id, plan->title, m_start->date(), m_years->value());
    } catch (const DatabaseError &error) {
        emit storeFailed(error.message());
    }
}

void GoalPlanDashboard::showPlan(qint64 planId)
{
    m_planId = planId;
    const Plan *plan = m_model.planAt(m_model.indexOf(GoalTreeModel::Kind::Plan, planId));
    if (!plan)
        return;
    m_title->setText(plan->title);
    m_filling = true;
    m_start->setDate(plan->start);
    m_years->setValue(plan->years);
    m_filling = false;
    QString facts = tr("%1 – %2 · %3% of its time has passed")
                        .arg(QLocale().toString(plan->start, QLocale::ShortFormat),
                             QLocale().toString(plan->end(), QLocale::ShortFormat))
                        .arg(qRound(plan->elapsed(QDate::currentDate())));
    if (plan->ended.isValid())
        facts += tr(" · ended %1").arg(QLocale().toString(plan->ended, QLocale::ShortFormat));
    m_facts->setText(facts);
    fillAreas(*plan);
    fillMonths();
    fillReviews(*plan);
}

void GoalPlanDashboard::fillAreas(const Plan &plan)
{
    const QDate today = QDate::currentDate();
    QStringList areas;
    QList<qreal> elapsed;
    QList<qreal> progress;
    for (const Area &area : plan.areas) {
        areas << area.name;
        elapsed << plan.elapsed(plan.ended.isValid() ? plan.ended : today);
        progress << std::max(0.0, area.progress());
    }
    setBars(m_areasChart, areas, {m_elapsed, m_progress}, {elapsed, progress}, 100);
}

void GoalPlanDashboard::fillMonths()
{
    QStringList months;
    QList<qreal> counts;
    double most = 1;
    try {
        for (const auto &[month, count] : m_store.evidenceByMonth(m_planId)) {
            months << month.toString(QStringLiteral("yy-MM"));
            counts << count;
            most = std::max(most, double(count));
        }
    } catch (const DatabaseError &error) {
        emit storeFailed(error.message());
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
}

void GoalPlanDashboard::fillReviews(const Plan &plan)
{
    m_reviews->clear();
    QList<QPointF> points;
    for (const Review &review : plan.reviews)
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
    for (const Review &review : plan.reviews) {
        auto *item = new QListWidgetItem(
            tr("%1 · score %2")
                .arg(QLocale().toString(review.date, QLocale::ShortFormat),
                     review.score >= 0 ? QString::number(review.score) : tr("not given")),
            m_reviews);
        item->setData(Qt::UserRole, review.entryUuid);
    }
}

} // namespace waypoint
