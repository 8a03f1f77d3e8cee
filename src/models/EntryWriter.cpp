#include "EntryWriter.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"

#include <memory>

namespace waypoint {

// Lives on the writer's thread: the SQLite connection is made, used and
// closed there.
class EntryWriter::Worker : public QObject
{
public:
    bool attach(const QString &path, QString *error)
    {
        m_journal = Journal::attach(path, error);
        if (m_journal)
            m_store = std::make_unique<EntryStore>(*m_journal);
        return bool(m_journal);
    }

    bool write(const Entry &entry, QString *error)
    {
        if (!m_store) {
            *error = QCoreApplication::translate("EntryWriter", "The journal is not open.");
            return false;
        }
        try {
            return m_store->update(entry);
        } catch (const DatabaseError &e) {
            *error = e.message();
            return false;
        }
    }

    void close()
    {
        m_store.reset();
        m_journal.reset();
    }

private:
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
};

EntryWriter::EntryWriter(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("EntryWriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // Attached before the first write, so that write never waits for it.
    QMetaObject::invokeMethod(
        m_worker,
        [this, journalPath] {
            QString error;
            if (!m_worker->attach(journalPath, &error)) {
                qWarning("Autosave falls back to the window's own connection: %s",
                         qPrintable(error));
                m_failed = true;
            }
        },
        Qt::BlockingQueuedConnection);
}

EntryWriter::~EntryWriter()
{
    waitForIdle();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

quint64 EntryWriter::write(const Entry &entry)
{
    const quint64 ticket = ++m_lastTicket;
    {
        QMutexLocker lock(&m_mutex);
        ++m_pending;
    }
    QMetaObject::invokeMethod(m_worker, [this, entry, ticket] {
        QString error;
        const bool changed = m_worker->write(entry, &error);
        // Reported on the writer's owner thread, in order.
        QMetaObject::invokeMethod(
            this, [this, ticket, id = entry.id, changed, error] {
                emit written(ticket, id, changed, error);
            },
            Qt::QueuedConnection);
        QMutexLocker lock(&m_mutex);
        if (--m_pending == 0)
            m_idle.wakeAll();
    });
    return ticket;
}

void EntryWriter::waitForIdle()
{
    QMutexLocker lock(&m_mutex);
    while (m_pending > 0)
        m_idle.wait(&m_mutex);
}

} // namespace waypoint
