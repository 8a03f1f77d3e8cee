#pragma once

#include "Remote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace waypoint {
class Journal;
}

namespace waypoint::sync {

// Where a journal syncs, kept in the journal itself (its meta table), so
// that a copy of the file knows it too.
struct SyncSettings
{
    enum class Kind { None, Git, Folder };
    Kind kind = Kind::None;
    QString url;                             // git
    QString branch = QStringLiteral("main"); // git
    QString folder;                          // a synced folder

    static SyncSettings of(const Journal &journal);
    void saveTo(const Journal &journal) const;
};

struct Conflict
{
    qint64 entryId = 0;
    QString uuid;
    QString title;
    QDateTime since;
};

struct SyncReport
{
    int pulled = 0; // files taken into the journal (entries changed or deleted, attachments)
    int pushed = 0; // files written to the other side
    QList<Conflict> conflicts; // made by this sync
    QStringList unreadable;    // files left as they are, "path: why"
    QString remote;
};

struct SyncStatus
{
    SyncSettings settings;
    QDateTime lastSync;        // invalid: never
    QString lastError;         // of the last sync, if it failed
    QList<Conflict> conflicts; // every entry still in conflict
    int files = 0;             // in the mirror at the last sync
};

// Brings a journal and its mirror on the other side (Remote) in step:
// a three-way merge per file against what both held at the last sync.
// One side changed: it is taken. Both changed an entry: merged field by
// field and line by line; where that conflicts, the journal keeps its text,
// the other is kept as a revision, and the entry is marked as in conflict.
// A deletion loses to an edit. Writes go through the EntryStore, so the
// windows hear them on the journal's change hub, once, after the commit.
class Synchronizer
{
    Q_DECLARE_TR_FUNCTIONS(Synchronizer)

public:
    Synchronizer(Journal &journal, Remote &remote);

    // Throws SyncError (also when the journal cannot be written).
    SyncReport run(const Progress &progress = {});

    static SyncStatus status(const Journal &journal);
    // The remote the settings name (a repository beside the journal for git).
    static std::unique_ptr<Remote> remoteFor(const Journal &journal, const SyncSettings &settings);
    // The user opened the entry and settled it.
    static void resolve(Journal &journal, qint64 entryId);
    // Held while a journal syncs (a QLockFile).
    static QString lockPath(const QString &journalPath);
    // Records a failed sync's message for the status.
    static void recordFailure(Journal &journal, const QString &message);

private:
    Journal &m_journal;
    Remote &m_remote;
};

} // namespace waypoint::sync
