#pragma once

#include <QMainWindow>
#include <QUndoStack>
#include <memory>

class QLabel;
class QSplitter;

namespace waypoint {

class EntryEditor;
class EntryListModel;
class EntrySession;
class EntryStore;
class Journal;
class Navigator;
class TagListModel;
namespace markdown {
struct TextStats;
}

// Wires the navigator, the editor and the status bar to one open journal.
// Owns no business logic: stores, models and the session do the work.
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
    // Shows an entry by its id or a unique prefix of it.
    bool showEntry(const QString &uuidOrPrefix);

    EntrySession *session() const { return m_session.get(); }
    EntryStore *store() const { return m_store.get(); }
    Navigator *navigator() const { return m_navigator; }
    EntryEditor *editor() const { return m_editor; }

public slots:
    void newEntry();
    void openToday();
    void deleteEntry();
    void showHistory();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openEntry(qint64 id);
    void onDayActivated(QDate date);
    void chooseJournal(bool create);
    void showSettings();
    void showAbout();
    void updateSaveState();
    void updateStats(const markdown::TextStats &stats);
    void updateTitle();
    void closeJournal();

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<EntryListModel> m_entries;
    std::unique_ptr<TagListModel> m_tags;
    std::unique_ptr<EntrySession> m_session;
    QUndoStack m_undo;

    QSplitter *m_splitter = nullptr;
    Navigator *m_navigator = nullptr;
    EntryEditor *m_editor = nullptr;
    QWidget *m_previewPane = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
};

} // namespace waypoint
