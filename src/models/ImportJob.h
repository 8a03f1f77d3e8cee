#pragma once

#include "blog/Importer.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace waypoint {

// One import (or dry run) of a blog into the open journal, on a thread of its
// own through its own connection (Journal::attach), so the window stays
// responsive and can show each post as it is done.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    // The journal must be open in this process already (Journal::open).
    ImportJob(const QString &journalPath, const QString &sitePath, bool dryRun,
              QObject *parent = nullptr);
    ~ImportJob() override; // cancels, and waits for the post being written

    void start();
    // Stops after the post being imported: what is done stays done.
    void cancel() { m_cancelled = true; }
    // Until finished() is emitted (the thread may still be winding down).
    bool isRunning() const { return m_thread && !m_finished; }
    bool isDryRun() const { return m_dryRun; }

signals:
    void rowDone(int done, int total, const blog::ImportRow &row);
    // error is set when the import could not start (no such folder, the
    // journal could not be attached); the report is then empty.
    void finished(const blog::ImportReport &report, const QString &error);

private:
    void work();

    QString m_journalPath;
    QString m_sitePath;
    bool m_dryRun = false;
    std::atomic<bool> m_cancelled = false;
    bool m_finished = false; // read and written on the owner's thread only
    std::unique_ptr<QThread> m_thread;
};

} // namespace waypoint
