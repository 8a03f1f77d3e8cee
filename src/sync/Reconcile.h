#pragma once

// How a sync decides, file by file, what both sides hold afterwards and what
// the journal must do for it: Synchronizer's reconciling step, apart from its
// reading and writing of the two sides.

#include "GoalMirror.h"
#include "ReadingMirror.h"
#include "Remote.h"
#include "core/Entry.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace waypoint {
class AttachmentStore;
class EntryStore;
class GoalStore;
class ReadingStore;
} // namespace waypoint

namespace waypoint::sync {

// This side as mirror files, with what each was made from.
struct Ours
{
    Snapshot files;
    QHash<QString, Entry> entries; // bodies as the mirror has them (reviewToMirror)
    QHash<QString, ReadingFile> reading;
    QHash<QString, goals::Plan> plans;
};

Ours readOurs(EntryStore &entries, ReadingStore &reading, GoalStore &plans);

// What the journal must do for the result.
struct JournalWrites
{
    QList<goals::Plan> plansReceived;
    QList<goals::Plan> plansUpdated; // with the plans' ids
    QList<qint64> plansRemoved;
    QList<ReadingFile> readingReceived;
    QList<ReadingFile> readingUpdated; // with the items' ids
    QList<qint64> readingRemoved;
    QList<Entry> received; // new here
    QList<Entry> updated;  // with their ids
    QList<qint64> removed;
    QList<std::pair<QString, Entry>> kept;          // by uuid: the other side's text, as a revision
    QList<std::pair<QString, QString>> attachments; // key, path there
    QString origin;
};

struct Reconciled
{
    Snapshot result; // what both sides hold after the sync
    JournalWrites writes;
    QStringList conflicted;                    // uuids of entries merged with a conflict
    QHash<QString, QByteArray> newAttachments; // key → data, for the other side
};

// Three ways per file: what both held at the last sync (base), this side
// and the other. One side changed: it is taken; both: merged (Synchronizer).
Reconciled reconcile(const QSqlDatabase &db, const Snapshot &base, const Ours &ours,
                     const Snapshot &there, const QList<std::pair<QString, MirrorFile>> &copies,
                     const QHash<QString, QString> &mimes, AttachmentStore &attachments,
                     const QDateTime &now);

const MirrorFile *fileAt(const Snapshot &files, const QString &key);

// Makes the plan in the journal what `wanted` says: its fields, areas in
// order, and goals by tag.
void applyPlan(GoalStore &store, const goals::Plan &wanted, const goals::Plan &here);

} // namespace waypoint::sync
