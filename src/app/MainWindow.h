#pragma once

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QListView;
class QSplitter;

namespace waypoint {

class EntryCommands;
class EntryEditor;
class ExportDialog;
class GoalActions;
class SyncControl;
class GoalStore;
class EntrySession;
class EntryStore;
class JournalDialogs;
class JournalSession;
class JournalStatus;
class MainMenus;
class Navigator;
class OutlineModel;
class ReadingWindow;
class SearchPanel;
namespace preview {
class PreviewView;
}

// Wires the navigator, the editor, the preview and the status bar to one open
// journal. Owns no business logic: stores, models and the session do the work;
// the menus (MainMenus), the entry commands (EntryCommands), the dialogs
// (JournalDialogs), the status bar (JournalStatus) and the goal actions
// (GoalActions) are parts of their own that it wires in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a journal and shows its newest entry. On failure the
    // window keeps the journal it had and *error says why.
    // With create false, only an existing journal is opened.
    bool openJournal(const QString &path, QString *error, bool create = true);
    // Off: the journal syncs only by File → Sync Now (a window opened for a
    // screenshot). Set before openJournal.
    void setSyncAutomatically(bool automatic);
    // Shows an entry by its id or a unique prefix of it.
    bool showEntry(const QString &uuidOrPrefix);

    // The open journal, its stores and models; null when none is open.
    JournalSession *journalSession() const { return m_open.get(); }
    EntrySession *session() const;
    EntryStore *store() const;
    Navigator *navigator() const { return m_navigator; }
    EntryEditor *editor() const { return m_editor; }
    preview::PreviewView *preview() const { return m_preview; }
    OutlineModel *outline() const { return m_outline; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    // The preview shows the text the editor holds (or is hidden).
    bool isPreviewSettled() const;
    // File → Export as PDF or HTML…, while it is open.
    ExportDialog *exportDialog() const;
    // View → Reading List, once it has been opened.
    ReadingWindow *readingWindow() const;
    GoalActions *goalActions() const { return m_goalActions; }
    GoalStore *goals() const;

    enum class ViewMode { Editor, Split, Preview };
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }

public slots:
    void newEntry();
    void openToday();
    void deleteEntry();
    void showHistory();
    void showSearch();
    void showReading();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectPreview();
    void openEntry(qint64 id);
    void openSearchResult(qint64 id);
    void onDayActivated(QDate date);
    void updateTitle();
    void closeJournal();

    std::unique_ptr<JournalSession> m_open; // null when no journal is open

    QSplitter *m_splitter = nullptr;
    Navigator *m_navigator = nullptr;
    EntryEditor *m_editor = nullptr;
    preview::PreviewView *m_preview = nullptr;
    OutlineModel *m_outline = nullptr;
    QListView *m_outlineView = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    ViewMode m_viewMode = ViewMode::Split;
    bool m_syncingScroll = false;
    JournalStatus *m_status = nullptr;
    EntryCommands *m_entryCommands = nullptr;
    JournalDialogs *m_dialogs = nullptr;
    GoalActions *m_goalActions = nullptr;
    SyncControl *m_sync = nullptr;
    MainMenus *m_menus = nullptr;
};

} // namespace waypoint
