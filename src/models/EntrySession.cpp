#include "EntrySession.h"

#include "core/DatabaseError.h"
#include "core/EntryStore.h"
#include "markdown/MarkdownText.h"

namespace waypoint {

EntrySession::EntrySession(EntryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &EntrySession::save);
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

bool EntrySession::save()
{
    m_autosave.stop();
    if (m_state != State::Unsaved && m_state != State::Failed)
        return true;
    if (m_titleFollowsHeading) {
        const QString heading = markdown::firstHeading(m_entry.body);
        if (heading != m_entry.title) {
            m_entry.title = heading;
            emit titleChanged(heading);
        }
    }
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
