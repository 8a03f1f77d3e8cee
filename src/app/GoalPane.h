#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QVBoxLayout;

namespace waypoint {

class GoalStore;
class GoalTreeModel;

// One goal: its title, short name and how it is measured (saved as they are
// edited), its milestones, its progress, and the entries that are its
// evidence, newest first.
class GoalPane : public QWidget
{
    Q_OBJECT

public:
    // Goals are read from the model, which the window's tree shows too.
    GoalPane(GoalStore &store, const GoalTreeModel &model, QWidget *parent = nullptr);

    // Fills the pane with a goal of the model; 0 (or an id it has not) shows
    // none, and edits are saved nowhere.
    void showGoal(qint64 goalId);
    qint64 goalId() const { return m_goalId; }

    QListWidget *evidenceList() const { return m_evidence; }

signals:
    void entryActivated(const QString &uuid);
    // Reading or writing the store failed; the message says why.
    void storeFailed(const QString &message);

private:
    void createFields(QFormLayout *form);
    void createMilestones(QVBoxLayout *layout);
    void fill();
    void fillEvidence();
    void save();
    void addMilestone();
    void removeMilestone();

    GoalStore &m_store;
    const GoalTreeModel &m_model;
    qint64 m_goalId = 0;
    bool m_filling = false;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_measure = nullptr;
    QLineEdit *m_description = nullptr;
    QDoubleSpinBox *m_current = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QListWidget *m_milestones = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_evidence = nullptr;
};

} // namespace waypoint
