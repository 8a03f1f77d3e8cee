#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QMenu;
class QPlainTextEdit;
class QWidget;

namespace waypoint {

class GoalsWindow;
class JournalSession;

// What the main window offers about goals: View → Goals, Entry → Link to
// Goal… (a searchable picker that writes the goal's #goal/ tag into the
// entry), Entry → Review This Plan / Year in Review… (new entries drafted
// from the journal). Kept apart from MainWindow, which only wires it in.
class GoalActions : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        JournalSession *journal = nullptr;
        QPlainTextEdit *editor = nullptr;      // where Link to Goal… writes the tag
        std::function<void(qint64)> openEntry; // shows an entry in the main window
        std::function<bool()> canWrite;        // a journal is open for writing
    };

    GoalActions(QWidget *window, QObject *parent = nullptr);
    ~GoalActions() override;

    // Adds the actions to the menus (once).
    void addTo(QMenu *viewMenu, QMenu *entryMenu);
    // The journal's parts, or none when it closes (the Goals window goes with it).
    void setParts(const Parts &parts);

    GoalsWindow *goalsWindow() const;

public slots:
    void showGoals();
    void linkToGoal();
    void reviewPlan(qint64 planId);
    void yearInReview(int year = 0); // 0: asks, offering last year in January, else this one

signals:
    void message(const QString &text);
    void entryUuidActivated(const QString &uuid);

private:
    QWidget *m_window;
    Parts m_parts;
    QPointer<GoalsWindow> m_goalsWindow;
};

} // namespace waypoint
