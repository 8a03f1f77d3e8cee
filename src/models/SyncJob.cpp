#include "SyncJob.h"

#include "core/Journal.h"
#include "sql/DatabaseError.h"

namespace waypoint {

SyncJob::SyncJob(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_journalPath(journalPath)
{
}

SyncJob::~SyncJob()
{
    if (m_thread)
        m_thread->wait();
}

void SyncJob::start()
{
    m_finished = false;
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->start();
}

void SyncJob::work()
{
    auto finish = [this](const sync::SyncReport &report, const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, report, error] {
                m_finished = true;
                emit finished(report, error);
            },
            Qt::QueuedConnection);
    };
    QString error;
    std::unique_ptr<Journal> journal = Journal::attach(m_journalPath, &error);
    if (!journal)
        return finish({}, error);
    try {
        const std::unique_ptr<sync::Remote> remote =
            sync::Synchronizer::remoteFor(*journal, sync::SyncSettings::of(*journal));
        if (!remote)
            return finish({}, tr("Sync is not set up for this journal."));
        sync::Synchronizer synchronizer(*journal, *remote);
        const sync::SyncReport report = synchronizer.run([this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        finish(report, {});
    } catch (const sync::SyncError &e) {
        finish({}, e.message());
    } catch (const DatabaseError &e) {
        finish({}, e.message());
    }
}

} // namespace waypoint
