#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace waypoint {

// One numbered step of the journal schema. Steps run in order, each in its
// own transaction, and record the version they reach in meta.schema_version.
struct Migration
{
    int version = 0;
    QString summary;
    std::function<void(const QSqlDatabase &)> apply; // throws DatabaseError
};

class Migrator
{
public:
    // The migrations this build of Waypoint knows, oldest first.
    static const std::vector<Migration> &builtin();
    static int latestVersion(const std::vector<Migration> &migrations = builtin());

    // The version recorded in the journal; 0 for a journal with no schema yet.
    static int currentVersion(const QSqlDatabase &db);

    // Runs every migration newer than the journal's version. Throws
    // DatabaseError (leaving the failed step rolled back) on failure.
    static void migrate(const QSqlDatabase &db, const std::vector<Migration> &migrations = builtin());
};

} // namespace waypoint
