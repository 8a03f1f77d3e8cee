#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace waypoint {

class JournalChanges;

// One journal file: a SQLite database holding entries, tags, attachments and
// revisions. Opening checks the file before SQLite may write to it, so a file
// that is not a journal, is damaged, or comes from a newer Waypoint is never
// modified.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    struct Options
    {
        bool readOnly = false;
        bool create = true;
        // The caller means to write. Opening always runs SQLite's quick
        // check; before anything may be written (here, or by a migration at
        // open) the full integrity check, which also finds damaged indexes.
        bool forWriting = true;
        // Hold a lock file so that a second window refuses clearly instead of
        // writing beside the first. The command line does not take it: SQLite
        // serialises its short writes, waiting up to busyTimeoutMs.
        bool exclusive = false;
        int busyTimeoutMs = 10000;
        // Told (done, total) while the search index is rebuilt at open: once
        // for a journal from before search, and after a tokenizer change.
        std::function<void(int done, int total)> indexProgress;
    };

    // Opens or creates the journal at path. On failure returns nullptr and
    // sets *error to one line that names the file and the problem.
    static std::unique_ptr<Journal> open(const QString &path, const Options &options,
                                         QString *error);

    // One more connection to a journal this process has opened already
    // (checked, migrated) with open(): no checks, no migration, just the
    // same file's settings. Fails if the file is not that journal any more.
    static std::unique_ptr<Journal> attach(const QString &path, QString *error);

    // QStandardPaths::AppDataLocation/journal.waypoint.
    static QString defaultPath();

    // The SQLite application_id stamped into every journal's header.
    static constexpr quint32 applicationId = 0x57617970; // "Wayp"

    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why the journal is read-only, in one sentence for the user; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // The clock the stores stamp created/updated/revision times with (UTC).
    // Tests replace it to step through time.
    QDateTime now() const { return m_clock(); }

    // Where changes to this journal are reported and heard: one for every
    // connection to the same file in this process (open and attach share it).
    JournalChanges &changes() const { return *m_changes; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    Journal() = default;

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    std::shared_ptr<JournalChanges> m_changes;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace waypoint
