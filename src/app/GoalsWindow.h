#pragma once

#include <QMainWindow>

class QBarSet;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace waypoint {

class EntryStore;
class GoalStore;
class GoalTreeModel;

// View → Goals: the plans as a tree (names edit in place, goals and areas
// drag to reorder), and beside it the chosen plan's dashboard (time passed
// against progress per area, evidence per month, review scores) or the
// chosen goal (how it is measured, milestones, its evidence).
class GoalsWindow : public QMainWindow
{
    Q_OBJECT

public:
    GoalsWindow(GoalStore &store, EntryStore &entries, QWidget *parent = nullptr);

    GoalTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // The dashboard's two bar sets per area: time passed and progress.
    QBarSet *elapsedBars() const { return m_elapsed; }
    QBarSet *progressBars() const { return m_progress; }
    QBarSet *evidenceBars() const { return m_perMonth; }
    QListWidget *evidenceList() const { return m_evidence; }
    QListWidget *reviewList() const { return m_reviews; }
    QLineSeries *scoreSeries() const { return m_scores; }

    void select(qint64 planId, qint64 goalId = 0);

public slots:
    void newPlan();
    void newArea();
    void newGoal();
    void removeSelected();
    void reviewPlan();
    void endPlan();

signals:
    void entryActivated(const QString &uuid);
    // "Review This Plan": the window makes the review entry and opens it.
    void reviewRequested(qint64 planId);

private:
    QWidget *createPlanPage();
    QWidget *createGoalPage();
    void showCurrent();
    void fillPlan(qint64 planId);
    void fillGoal(qint64 goalId);
    void saveGoal();
    void showError(const QString &message);
    qint64 currentPlanId() const;

    GoalStore &m_store;
    GoalTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    qint64 m_shownGoal = 0;
    qint64 m_shownPlan = 0;
    bool m_filling = false;

    // The plan's page.
    QLabel *m_planTitle = nullptr;
    QLabel *m_planFacts = nullptr;
    QDateEdit *m_planStart = nullptr;
    QSpinBox *m_planYears = nullptr;
    QChartView *m_areasChart = nullptr;
    QBarSet *m_elapsed = nullptr;
    QBarSet *m_progress = nullptr;
    QChartView *m_monthsChart = nullptr;
    QBarSet *m_perMonth = nullptr;
    QListWidget *m_reviews = nullptr;
    QChartView *m_scoresChart = nullptr;
    QLineSeries *m_scores = nullptr;

    // The goal's page.
    QLineEdit *m_goalTitle = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_measure = nullptr;
    QLineEdit *m_description = nullptr;
    QDoubleSpinBox *m_current = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QListWidget *m_milestones = nullptr;
    QProgressBar *m_goalProgress = nullptr;
    QListWidget *m_evidence = nullptr;
};

} // namespace waypoint
