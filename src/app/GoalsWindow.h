#pragma once

#include <QMainWindow>

class QBarSet;
class QLineSeries;
class QListWidget;
class QStackedWidget;
class QTreeView;

namespace waypoint {

class JournalSession;
class GoalPane;
class GoalPlanDashboard;
class GoalStore;
class GoalTreeModel;

// View → Goals: the plans as a tree (names edit in place, goals and areas
// drag to reorder), and beside it the chosen plan's dashboard or the chosen
// goal's pane. The window holds the tree, the Goals menu and what its
// actions ask for; the dashboard and the pane show and edit.
class GoalsWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit GoalsWindow(JournalSession &journal, QWidget *parent = nullptr);

    GoalTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    GoalPlanDashboard *dashboard() const { return m_dashboard; }
    GoalPane *goalPane() const { return m_goalPane; }
    // The dashboard's two bar sets per area: time passed and progress.
    QBarSet *elapsedBars() const;
    QBarSet *progressBars() const;
    QBarSet *evidenceBars() const;
    QListWidget *evidenceList() const;
    QListWidget *reviewList() const;
    QLineSeries *scoreSeries() const;

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
    void createActions();
    void showCurrent();
    void showError(const QString &message);
    qint64 currentPlanId() const;

    GoalStore &m_store;
    GoalTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    GoalPlanDashboard *m_dashboard = nullptr;
    GoalPane *m_goalPane = nullptr;
    // What was shown, to be found again when the model is read anew.
    qint64 m_shownGoal = 0;
    qint64 m_shownPlan = 0;
};

} // namespace waypoint
