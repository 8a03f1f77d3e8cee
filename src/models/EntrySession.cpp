#include "EntrySession.h"

#include "EntryWriter.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "markdown/MarkdownText.h"

#include <QCoreApplication>

namespace waypoint {

EntrySession::EntrySession(EntryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &EntrySession::autosave);
}

EntrySession::~EntrySession()
{
    save();
}

bool EntrySession::open(qint64 id)
{
    if (id == m_entry.id)
        return true;
    save();
    std::optional<Entry> entry;
    try {
        entry = m_store.find(id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
    }
    if (!entry)
        return false;
    m_entry = *entry;
    m_titleFollowsHeading =
        m_entry.title.isEmpty() || m_entry.title == markdown::firstHeading(m_entry.body);
    setState(State::Saved);
    emit opened(id);
    return true;
}

void EntrySession::close()
{
    save();
    m_entry = Entry();
    setState(State::Empty);
}

bool EntrySession::reload()
{
    const qint64 id = m_entry.id;
    if (id == 0)
        return false;
    close();
    return open(id);
}

void EntrySession::setBody(const QString &body)
{
    if (!isOpen() || body == m_entry.body)
        return;
    m_entry.body = body;
    markUnsaved();
}

void EntrySession::setTitle(const QString &title)
{
    if (!isOpen())
        return;
    const QString trimmed = title.trimmed();
    m_titleFollowsHeading = trimmed.isEmpty();
    const QString effective =
        m_titleFollowsHeading ? markdown::firstHeading(m_entry.body) : trimmed;
    if (effective == m_entry.title)
        return;
    m_entry.title = effective;
    markUnsaved();
}

void EntrySession::setDate(QDate date)
{
    if (!isOpen() || !date.isValid() || date == m_entry.date)
        return;
    m_entry.date = date;
    markUnsaved();
}

void EntrySession::setTags(const QStringList &tags)
{
    if (!isOpen() || tags == m_entry.tags)
        return;
    m_entry.tags = tags;
    m_tagsEdited = true;
    markUnsaved();
}

void EntrySession::setWriter(EntryWriter *writer)
{
    if (m_writer)
        disconnect(m_writer, nullptr, this, nullptr);
    m_writer = writer;
    if (m_writer)
        connect(m_writer, &EntryWriter::written, this, &EntrySession::onWritten);
}

// The title follows the first heading: true if it changed.
bool EntrySession::followHeading()
{
    if (!m_titleFollowsHeading)
        return false;
    const QString heading = markdown::firstHeading(m_entry.body);
    if (heading == m_entry.title)
        return false;
    m_entry.title = heading;
    emit titleChanged(heading);
    return true;
}

void EntrySession::autosave()
{
    if (!m_writer || !m_writer->isUsable()) {
        save();
        return;
    }
    if (m_state != State::Unsaved && m_state != State::Failed)
        return;
    if (m_writing != 0) {
        // One draft at a time with the writer; the newest goes next.
        m_autosave.start();
        return;
    }
    followHeading();
    m_changedSinceWrite = false;
    m_writing = m_writer->write(m_entry);
}

void EntrySession::onWritten(quint64 ticket, qint64 entryId, bool, const QString &error)
{
    if (ticket != m_writing || entryId != m_entry.id)
        return; // save() overtook it
    m_writing = 0;
    if (!error.isEmpty()) {
        m_lastError = error;
        setState(State::Failed);
        emit saveFailed(error);
        return;
    }
    if (!m_changedSinceWrite)
        setState(State::Saved);
}

bool EntrySession::save()
{
    m_autosave.stop();
    // What the writer has queued is written first, then this, in order.
    if (m_writer) {
        m_writer->waitForIdle();
        m_writing = 0; // written, its reply not heard yet
        // What the writer wrote is heard before this save goes on (the list
        // shows a new title before another entry is opened).
        QCoreApplication::sendPostedEvents(&m_store.journal().changes(), QEvent::MetaCall);
    }
    if (m_state != State::Unsaved && m_state != State::Failed)
        return true;
    followHeading();
    try {
        m_store.update(m_entry);
        // Tags come back as the store normalised them; reading the entry back
        // (all of a long body) is only worth it when they were edited.
        if (m_tagsEdited) {
            if (const std::optional<Entry> stored = m_store.find(m_entry.id))
                m_entry.tags = stored->tags;
            m_tagsEdited = false;
        }
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        setState(State::Failed);
        emit saveFailed(m_lastError);
        return false;
    }
    setState(State::Saved);
    return true;
}

void EntrySession::markUnsaved()
{
    if (m_readOnly)
        return;
    m_changedSinceWrite = true;
    setState(State::Unsaved);
    // Not restarted by later changes: steady typing is still saved every second.
    if (!m_autosave.isActive())
        m_autosave.start();
}

void EntrySession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace waypoint
