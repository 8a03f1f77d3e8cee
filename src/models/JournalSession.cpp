#include "JournalSession.h"

#include "EntryListModel.h"
#include "EntrySession.h"
#include "EntryWriter.h"
#include "SearchResultModel.h"
#include "TagListModel.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"

namespace waypoint {

std::unique_ptr<JournalSession> JournalSession::open(const QString &path,
                                                     const Journal::Options &options,
                                                     QString *error)
{
    std::unique_ptr<Journal> journal = Journal::open(path, options, error);
    if (!journal)
        return nullptr;
    return std::unique_ptr<JournalSession>(new JournalSession(std::move(journal)));
}

JournalSession::JournalSession(std::unique_ptr<Journal> journal)
    : m_journal(std::move(journal))
    , m_entries(std::make_unique<EntryStore>(*m_journal))
    , m_reading(std::make_unique<ReadingStore>(*m_journal))
    , m_goals(std::make_unique<GoalStore>(*m_journal))
    , m_attachments(std::make_unique<AttachmentStore>(*m_journal))
{
}

JournalSession::~JournalSession()
{
    // The draft is saved and the writer's queue written before the models
    // and the journal go; the members then go in reverse order.
    if (m_editing)
        m_editing->close();
    m_searchResults.reset();
    m_tagList.reset();
    m_entryList.reset();
    m_editing.reset();
    m_writer.reset();
}

JournalChanges &JournalSession::changes() const
{
    return m_journal->changes();
}

EntrySession &JournalSession::editing()
{
    if (!m_editing) {
        m_editing = std::make_unique<EntrySession>(*m_entries);
        m_editing->setReadOnly(isReadOnly());
        if (!isReadOnly()) {
            // Autosaves are written on a thread of their own: a long entry's
            // save never holds up typing.
            m_writer = std::make_unique<EntryWriter>(m_journal->path());
            m_editing->setWriter(m_writer.get());
        }
    }
    return *m_editing;
}

EntryListModel &JournalSession::entryList()
{
    if (!m_entryList)
        m_entryList = std::make_unique<EntryListModel>(*m_entries);
    return *m_entryList;
}

TagListModel &JournalSession::tagList()
{
    if (!m_tagList)
        m_tagList = std::make_unique<TagListModel>(*m_entries);
    return *m_tagList;
}

SearchResultModel &JournalSession::searchResults()
{
    if (!m_searchResults)
        m_searchResults = std::make_unique<SearchResultModel>(m_journal->database());
    return *m_searchResults;
}

} // namespace waypoint
