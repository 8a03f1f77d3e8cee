#pragma once

#include "core/Journal.h"

#include <QObject>
#include <memory>

namespace waypoint {

class AttachmentStore;
class EntryListModel;
class EntrySession;
class EntryStore;
class EntryWriter;
class GoalStore;
class JournalChanges;
class ReadingStore;
class SearchResultModel;
class TagListModel;

// One open journal and everything that works on it: the stores, the change
// hub, the autosave writer, the entry being edited and the journal's models.
// The main window, the Goals and Reading windows and the command line each
// work through one; what is made only for the window (the writer, the
// editing session, the models) is made the first time it is asked for.
class JournalSession : public QObject
{
    Q_OBJECT

public:
    // Opens (or creates) the journal at path (Journal::open). On failure
    // returns nullptr and sets *error to one line naming the file and the problem.
    static std::unique_ptr<JournalSession> open(const QString &path,
                                                const Journal::Options &options, QString *error);
    // Saves what is being edited, lets the writer finish, then closes.
    ~JournalSession() override;

    Journal &journal() const { return *m_journal; }
    JournalChanges &changes() const;
    bool isReadOnly() const { return m_journal->isReadOnly(); }
    QString path() const { return m_journal->path(); }

    EntryStore &entries() const { return *m_entries; }
    ReadingStore &reading() const { return *m_reading; }
    GoalStore &goals() const { return *m_goals; }
    AttachmentStore &attachments() const { return *m_attachments; }

    // The entry being edited; autosaves go through the writer thread when
    // the journal can be written.
    EntrySession &editing();
    EntryListModel &entryList();
    TagListModel &tagList();
    SearchResultModel &searchResults();

private:
    explicit JournalSession(std::unique_ptr<Journal> journal);

    // In the order they are made; destroyed in reverse.
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<ReadingStore> m_reading;
    std::unique_ptr<GoalStore> m_goals;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<EntryWriter> m_writer;
    std::unique_ptr<EntrySession> m_editing;
    std::unique_ptr<EntryListModel> m_entryList;
    std::unique_ptr<TagListModel> m_tagList;
    std::unique_ptr<SearchResultModel> m_searchResults;
};

} // namespace waypoint
