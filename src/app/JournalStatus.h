#pragma once

#include <QObject>

class QLabel;
class QMainWindow;
class QStatusBar;

namespace waypoint {

class JournalSession;
namespace markdown {
struct TextStats;
}

// What the status bar says of the open journal: the entry's words and
// characters, whether it is saved, a save that failed, and reading progress
// that a save found. Kept apart from MainWindow, which only wires it in.
class JournalStatus : public QObject
{
    Q_OBJECT

public:
    // Adds the word count and the save state to the window's status bar, as
    // permanent widgets.
    explicit JournalStatus(QMainWindow *window);

    // The journal to tell of, or none when it closes.
    void setJournal(JournalSession *journal);

public slots:
    void showStats(const waypoint::markdown::TextStats &stats);

private:
    void updateSaveState();
    void noticeReadingSuggestions();

    QStatusBar *m_bar;
    QLabel *m_countLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    JournalSession *m_journal = nullptr;
    int m_readingWaiting = 0; // suggestions waiting when last told
};

} // namespace waypoint
