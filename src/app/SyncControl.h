#pragma once

#include "sync/Synchronizer.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;

namespace waypoint {

class JournalSession;
class SyncJob;

// Sync in the window: File → Sync Now, Sync Settings… and Entries in
// Conflict…; a sync when the journal opens, every few minutes and before
// quitting (each a setting); a status-bar line with the last sync or its
// error, and a progress bar while a long one runs. The work runs in a
// SyncJob, never on this thread.
class SyncControl : public QObject
{
    Q_OBJECT

public:
    explicit SyncControl(QMainWindow *window);
    ~SyncControl() override;

    // Adds the actions to the File menu, before `before`.
    void addTo(QMenu *file, QAction *before);
    // The journal to sync, or none; openEntry shows an entry in the window.
    void setJournal(JournalSession *journal, std::function<void(qint64)> openEntry);

    // Off: only Sync Now syncs, never opening, a timer, the folder watcher or
    // quitting (a window opened for a screenshot). Set before setJournal.
    void setAutomatic(bool automatic) { m_automatic = automatic; }

    // Starts the sync before quitting when that is set; true means: close
    // again when it is done (the window is then closed by this).
    bool holdForQuit();
    bool isSyncing() const;

public slots:
    void syncNow();
    void showSettings();
    void showConflicts();

signals:
    // A sync ended (error empty when it went through).
    void synced(const waypoint::sync::SyncReport &report, const QString &error);

private:
    void onFinished(const sync::SyncReport &report, const QString &error);
    void updateLine();
    void applyTimer();
    // A synced folder is watched while the window is open: a file another
    // program (the sync tool, an editor) changes there is read in soon after.
    void watchFolder();
    bool isSetUp() const;

    QMainWindow *m_window;
    JournalSession *m_journal = nullptr;
    std::function<void(qint64)> m_openEntry;
    std::unique_ptr<SyncJob> m_job;
    QTimer m_every;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // the folder's changes come in bursts: one sync after them
    QAction *m_now = nullptr;
    QAction *m_conflicts = nullptr;
    QLabel *m_line = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_automatic = true;
    bool m_quitting = false;
    bool m_again = false; // asked while one ran
};

} // namespace waypoint
