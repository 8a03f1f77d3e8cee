#pragma once

#include "core/Entry.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <atomic>

namespace waypoint {

// Writes entries on a thread of its own, through its own connection to the
// journal, so that saving a long entry never holds up typing. Writes are done
// in the order given; waitForIdle() blocks until all are done.
class EntryWriter : public QObject
{
    Q_OBJECT

public:
    // The journal must be open already (Journal::open) in this process; the
    // writer attaches to it at once, on its thread.
    explicit EntryWriter(const QString &journalPath, QObject *parent = nullptr);
    ~EntryWriter() override; // finishes what is queued

    // False when the writer could not attach: saves must be made directly.
    bool isUsable() const { return !m_failed; }
    // Queues a write of the entry as it is now; returns its ticket.
    quint64 write(const Entry &entry);
    void waitForIdle();

signals:
    // A write was done: changed tells whether it changed the journal; error
    // is empty on success. What it changed was reported to the journal's
    // change hub before.
    void written(quint64 ticket, qint64 entryId, bool changed, const QString &error);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_lastTicket = 0;
    std::atomic<bool> m_failed = false;
    QMutex m_mutex;
    QWaitCondition m_idle;
    int m_pending = 0;
};

} // namespace waypoint
