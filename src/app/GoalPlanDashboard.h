#pragma once

#include "core/Goals.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QDateEdit;
class QLabel;
class QLineSeries;
class QListWidget;
class QSpinBox;
class QVBoxLayout;

namespace waypoint {

class GoalStore;
class GoalTreeModel;

// One plan at a glance: its span (start and years, saved as edited), time
// passed against progress per area, the entries linked to its goals per
// month, and its reviews with their scores over time.
class GoalPlanDashboard : public QWidget
{
    Q_OBJECT

public:
    // Plans are read from the model, which the window's tree shows too.
    GoalPlanDashboard(GoalStore &store, const GoalTreeModel &model, QWidget *parent = nullptr);

    // Fills the dashboard with a plan of the model (nothing when it has none by that id).
    void showPlan(qint64 planId);
    qint64 planId() const { return m_planId; }

    // The two bar sets per area: time passed and progress.
    QBarSet *elapsedBars() const { return m_elapsed; }
    QBarSet *progressBars() const { return m_progress; }
    QBarSet *evidenceBars() const { return m_perMonth; }
    QListWidget *reviewList() const { return m_reviews; }
    QLineSeries *scoreSeries() const { return m_scores; }

signals:
    void entryActivated(const QString &uuid);
    // The page's buttons; the window does what its menu does.
    void reviewRequested();
    void endRequested();
    // Reading or writing the store failed; the message says why.
    void storeFailed(const QString &message);

private:
    void createSpan(QVBoxLayout *layout);
    void createCharts(QVBoxLayout *layout);
    void createReviews(QVBoxLayout *layout);
    void saveSpan();
    void fillAreas(const goals::Plan &plan);
    void fillMonths();
    void fillReviews(const goals::Plan &plan);

    GoalStore &m_store;
    const GoalTreeModel &m_model;
    qint64 m_planId = 0;
    bool m_filling = false;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_years = nullptr;
    QChartView *m_areasChart = nullptr;
    QBarSet *m_elapsed = nullptr;
    QBarSet *m_progress = nullptr;
    QChartView *m_monthsChart = nullptr;
    QBarSet *m_perMonth = nullptr;
    QListWidget *m_reviews = nullptr;
    QChartView *m_scoresChart = nullptr;
    QLineSeries *m_scores = nullptr;
};

} // namespace waypoint
