#pragma once

#include "core/Entry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace waypoint {

class EntryStore;
class EntryWriter;

// The entry being edited: holds the unsaved draft and saves it by itself.
// A save happens at most autosaveDelayMs after the first unsaved change, so
// steady typing is saved every second and a pause is saved a second later;
// opening another entry or close() saves at once. What a save changed is
// heard through the journal's change hub, whichever connection wrote it.
class EntrySession : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Saved, Unsaved, Failed };
    Q_ENUM(State)

    static constexpr int autosaveDelayMs = 1000;

    explicit EntrySession(EntryStore &store, QObject *parent = nullptr);
    ~EntrySession() override;

    // Saves the current draft and loads another entry. False if it is gone.
    bool open(qint64 id);
    void close();
    // Reads the open entry again, after a write through another connection
    // (an import). Saves first, so nothing typed is lost. False if it is gone.
    bool reload();
    bool isOpen() const { return m_entry.id != 0; }

    const Entry &entry() const { return m_entry; }
    qint64 entryId() const { return m_entry.id; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    bool titleFollowsHeading() const { return m_titleFollowsHeading; }

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Autosaves go through this writer, off the GUI thread; save() still
    // writes at once (after what the writer has queued).
    void setWriter(EntryWriter *writer);
    // An autosave is with the writer and not reported yet.
    bool isWriting() const { return m_writing != 0; }
    bool isReadOnly() const { return m_readOnly; }

    void setBody(const QString &body);
    // An empty title means "use the first heading".
    void setTitle(const QString &title);
    void setDate(QDate date);
    void setTags(const QStringList &tags);

    // Writes the draft now if it has unsaved changes. False on failure.
    bool save();

signals:
    void opened(qint64 id);
    void stateChanged(waypoint::EntrySession::State state);
    // The stored title changed because it follows the first heading.
    void titleChanged(const QString &title);
    void saveFailed(const QString &message);

private:
    void markUnsaved();
    void autosave();
    void onWritten(quint64 ticket, qint64 entryId, bool changed, const QString &error);
    bool followHeading();
    void setState(State state);

    EntryStore &m_store;
    Entry m_entry;
    bool m_titleFollowsHeading = true;
    bool m_readOnly = false;
    bool m_tagsEdited = false;
    QPointer<EntryWriter> m_writer;
    quint64 m_writing = 0; // the writer's ticket for this entry's draft, 0 when none
    bool m_changedSinceWrite = false;
    State m_state = State::Empty;
    QString m_lastError;
    QTimer m_autosave;
};

} // namespace waypoint
