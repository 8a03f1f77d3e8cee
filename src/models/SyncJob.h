#pragma once

#include "sync/Synchronizer.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace waypoint {

// One sync of the open journal, on a thread of its own through its own
// connection (Journal::attach): the window stays responsive, hears the
// entries that changed on the journal's change hub, and shows how far a
// first sync of a large journal is.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    // The journal must be open in this process already (Journal::open).
    explicit SyncJob(const QString &journalPath, QObject *parent = nullptr);
    ~SyncJob() override; // waits for the sync: it is never cut off halfway

    void start();
    bool isRunning() const { return m_thread && !m_finished; }

signals:
    void progress(int done, int total);
    // error is empty when the sync went through.
    void finished(const waypoint::sync::SyncReport &report, const QString &error);

private:
    void work();

    QString m_journalPath;
    bool m_finished = false; // read and written on the owner's thread only
    std::unique_ptr<QThread> m_thread;
};

} // namespace waypoint

Q_DECLARE_METATYPE(waypoint::sync::SyncReport)
