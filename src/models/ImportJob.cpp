#include "ImportJob.h"

#include "core/Journal.h"
#include "core/JournalChanges.h"

namespace waypoint {

ImportJob::ImportJob(const QString &journalPath, const QString &sitePath, bool dryRun,
                     QObject *parent)
    : QObject(parent)
    , m_journalPath(journalPath)
    , m_sitePath(sitePath)
    , m_dryRun(dryRun)
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start()
{
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->start();
}

void ImportJob::work()
{
    // Results cross to the window's thread as queued calls on this object,
    // dropped if it is gone (it waits for this thread before it goes).
    auto finish = [this](const blog::ImportReport &report, const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, report, error] {
                m_finished = true;
                emit finished(report, error);
            },
            Qt::QueuedConnection);
    };
    QString error;
    const blog::Site site = blog::Site::detect(m_sitePath, &error);
    if (!error.isEmpty())
        return finish({}, error);
    std::unique_ptr<Journal> journal = Journal::attach(m_journalPath, &error);
    if (!journal)
        return finish({}, error);
    blog::Importer::Options options;
    options.dryRun = m_dryRun;
    options.progress = [this](int done, int total, const blog::ImportRow &row) {
        QMetaObject::invokeMethod(
            this, [this, done, total, row] { emit rowDone(done, total, row); },
            Qt::QueuedConnection);
        return !m_cancelled;
    };
    blog::ImportReport report;
    {
        // The window hears of the whole import once, when it is done.
        JournalChanges::Batch batch(journal->changes());
        report = blog::Importer(*journal).run(site, options);
    }
    finish(report, {});
}

} // namespace waypoint
