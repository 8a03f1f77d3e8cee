#include "Migrations.h"

#include "DatabaseError.h"
#include "Entry.h"
#include "GoalStore.h"
#include "ReadingStore.h"
#include "Sql.h"
#include "search/SearchIndex.h"

#include <QStringList>

namespace waypoint {

namespace {

void runScript(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        sql::run(db, statement);
}

// Schema v1: entries with tags, attachments and revisions.
void createVersion1(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE entries ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           // The date as its author wrote it; never a timestamp.
                           " entry_date TEXT NOT NULL CHECK (entry_date GLOB "
                           "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '',"
                           " created_utc TEXT NOT NULL,"
                           " updated_utc TEXT NOT NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " source_hash TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX entries_by_date ON entries (entry_date, id)"),
            QStringLiteral("CREATE INDEX entries_by_source ON entries (source) WHERE source <> ''"),
            QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE entry_tags ("
                           " entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                           " tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (entry_id, tag_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id)"),
            QStringLiteral("CREATE TABLE attachments ("
                           " sha256 TEXT PRIMARY KEY,"
                           " mime TEXT NOT NULL,"
                           " original_name TEXT NOT NULL DEFAULT '',"
                           " size INTEGER NOT NULL,"
                           " data BLOB NOT NULL,"
                           " created_utc TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE entry_revisions ("
                           " id INTEGER PRIMARY KEY,"
                           " entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " saved_utc TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX entry_revisions_by_entry ON entry_revisions (entry_id, saved_utc)"),
        });
}

// Schema v2: the full-text search index (filled when the journal is opened,
// with progress, since its tokenizer's version is not yet stamped).
void createVersion2(const QSqlDatabase &db)
{
    try {
        search::SearchIndex::createTables(db);
    } catch (const search::SearchError &error) {
        throw DatabaseError(error.message());
    }
}

// Schema v3, for imported posts: the front matter that has no column of its
// own (description, slug, aliases, misspelled keys…) as a JSON object, so that
// export can write it back; and the folder the post was imported from, so that
// two blogs with the same paths inside (content/posts/hello.md) stay apart.
void createVersion3(const QSqlDatabase &db)
{
    sql::run(
        db, QStringLiteral("ALTER TABLE entries ADD COLUMN front_matter TEXT NOT NULL DEFAULT ''"));
    sql::run(db,
             QStringLiteral("ALTER TABLE entries ADD COLUMN source_root TEXT NOT NULL DEFAULT ''"));
}

// Schema v4: the reading list, and what the recognizer finds in the entries
// written so far (as suggestions: nothing is applied without asking).
void createVersion4(const QSqlDatabase &db)
{
    ReadingStore::createTables(db);
    QSqlQuery entries =
        sql::run(db, QStringLiteral("SELECT id, entry_date, body FROM entries ORDER BY id"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (entries.next())
        ReadingStore::syncEntry(db, entries.value(0).toLongLong(),
                                parseEntryDate(entries.value(1).toString()),
                                entries.value(2).toString(), now);
}

// Schema v5: goal plans, their areas and goals, the entries linked to goals
// (#goal/… tags already written are read now), and reviews.
void createVersion5(const QSqlDatabase &db)
{
    GoalStore::createTables(db);
}

bool hasMetaTable(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                          "WHERE type = 'table' AND name = 'meta'"))
               .toInt()
           > 0;
}

} // namespace

const std::vector<Migration> &Migrator::builtin()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("entries, tags, attachments, revisions"), createVersion1},
        {2, QStringLiteral("full-text search index"), createVersion2},
        {3, QStringLiteral("front matter and folder of imported posts"), createVersion3},
        {4, QStringLiteral("reading list"), createVersion4},
        {5, QStringLiteral("goal plans and reviews"), createVersion5},
    };
    return migrations;
}

int Migrator::latestVersion(const std::vector<Migration> &migrations)
{
    return migrations.empty() ? 0 : migrations.back().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    if (!hasMetaTable(db))
        return 0;
    const QVariant value =
        sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    // Migration 1 writes the version in the transaction that makes the
    // table, so a missing or unreadable one is damage, never "version 0":
    // migrating from 0 would fail on tables that exist.
    bool ok = false;
    const int version = value.toString().toInt(&ok);
    if (!ok || version < 1)
        throw DatabaseError(value.isNull()
                                ? QStringLiteral("its meta table holds no schema_version")
                                : QStringLiteral("its schema_version is '%1', not a version number")
                                      .arg(value.toString().left(40)));
    return version;
}

void Migrator::migrate(const QSqlDatabase &db, const std::vector<Migration> &migrations)
{
    for (const Migration &migration : migrations) {
        sql::Transaction transaction(db);
        // Read inside the transaction: another process may have migrated first.
        if (currentVersion(db) >= migration.version)
            continue;
        try {
            migration.apply(db);
        } catch (const DatabaseError &error) {
            throw DatabaseError(
                QStringLiteral("upgrading the journal to version %1 (%2) failed: %3")
                    .arg(migration.version)
                    .arg(migration.summary, error.message()));
        }
        sql::run(db,
                 QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {QString::number(migration.version)});
        transaction.commit();
    }
}

} // namespace waypoint
