#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace waypoint {

// One numbered step of the journal schema. Steps run in order, each in its
// own transaction, and record the version they reach in meta.schema_version.
// A step is frozen: the SQL that version ran, never code of today that may
// change. Data that must be derived from the entries' text for the step's
// new tables is a Backfill, which the step asks for.
struct Migration
{
    int version = 0;
    QString summary;
    std::function<void(const QSqlDatabase &)> apply; // throws DatabaseError
};

// Data derived from the entries' text for tables a schema step made empty
// (the reading list's suggestions). A step asks for one by writing
// 'backfill:<name>' into meta in its own transaction; once every step has
// run, Migrator::migrate runs each backfill asked for, with today's code, in
// a transaction that also removes the note, so an open that stopped between
// the two does it the next time. The search index is backfilled the same
// way but by its own stamp (see backfillSearchIndex).
struct Backfill
{
    QString name;
    QString summary;
    std::function<void(const QSqlDatabase &)> apply; // throws DatabaseError
};

class Migrator
{
public:
    // The migrations this build of Waypoint knows, oldest first.
    static const std::vector<Migration> &builtin();
    static int latestVersion(const std::vector<Migration> &migrations = builtin());
    // The backfills this build knows, in the order they run.
    static const std::vector<Backfill> &backfills();

    // The version recorded in the journal; 0 for a journal with no schema yet.
    static int currentVersion(const QSqlDatabase &db);

    // Runs every migration newer than the journal's version, then every
    // backfill the journal asks for. Throws DatabaseError (leaving the failed
    // step or backfill rolled back) on failure.
    static void migrate(const QSqlDatabase &db,
                        const std::vector<Migration> &migrations = builtin());

    // Whether the journal asks for a backfill: an open stopped after the
    // schema steps, or its search index was not built by this tokenizer.
    static bool hasPendingBackfills(const QSqlDatabase &db);

    // Builds the search index again when its stamp is not this tokenizer's:
    // version 2 stamps it '' (a journal from before search), and a new
    // tokenizer or ICU changes the stamp. In a transaction of its own, told
    // (done, total) as it goes. Returns whether it ran; throws
    // DatabaseError.
    static bool backfillSearchIndex(const QSqlDatabase &db,
                                    const std::function<void(int done, int total)> &progress);
};

} // namespace waypoint
