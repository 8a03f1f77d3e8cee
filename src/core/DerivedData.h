#pragma once

#include "Entry.h"

#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace waypoint {

struct ChangeSet;

// What is kept from an entry's text beside the entry: the search index, the
// reading-progress mentions, the goal evidence. Each registers with the
// entry store and is told of every entry written, removed and restored,
// inside that write's transaction; it adds to the write's change set what
// it changed. A throw rolls the whole write back.
class DerivedData
{
public:
    virtual ~DerivedData() = default;

    // The key its part of a deleted entry is kept under (DeletedEntry::kept).
    virtual QString name() const = 0;

    // The entry was created (before is null) or saved (before is the stored
    // entry it replaced).
    virtual void written(const QSqlDatabase &db, const Entry *before, const Entry &entry,
                         const QDateTime &now, ChangeSet &changes) = 0;
    // The entry is about to be deleted. What undo needs to put this part back
    // exactly as it was is returned (a null QVariant when nothing).
    virtual QVariant removing(const QSqlDatabase &db, const Entry &entry, ChangeSet &changes) = 0;
    // A deleted entry is back (with entry.id, maybe a new one); kept is what
    // removing() returned for it.
    virtual void restored(const QSqlDatabase &db, const Entry &entry, const QVariant &kept,
                          const QDateTime &now, ChangeSet &changes) = 0;
};

// The search index as derived data: kept in step with each entry's title and text.
std::unique_ptr<DerivedData> searchIndexData();
// Indexes every entry's text again (search::SearchIndex::rebuild, fed by
// the entry store); progress(done, total) returns false to stop.
bool rebuildSearchIndex(const QSqlDatabase &db,
                        const std::function<bool(int done, int total)> &progress = {});

} // namespace waypoint
