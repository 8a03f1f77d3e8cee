#include "Migrations.h"

#include "DerivedData.h"
#include "EntryStore.h"
#include "sql/DatabaseError.h"
#include "Entry.h"
#include "ReadingStore.h"
#include "sql/Sql.h"
#include "search/SearchIndex.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace waypoint {

namespace {

void runScript(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        sql::run(db, statement);
}

// --- The schema steps -------------------------------------------------------
// Each is the SQL its version ran, as it stood when that version was last
// changed (git history: v1 f1fa47a, v2 a20f83f, v3 c3bdd75, v4 8a7032e, v5
// 0b7b234). Never edit one: a change is a new step. The strings are those the
// code wrote, byte for byte, so a fresh journal's sqlite_schema is the same
// text as that of every journal made before. tests/fixtures/journals holds a
// journal of each version, and tst_migrations opens them.

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

// Schema v2: the full-text search index (FTS5 with Waypoint's tokenizer,
// which every connection registers). External content: the text stays in
// entries, the index holds tokens and positions only; titles have a small
// index of their own, for title matches of very common words. The words seen
// never reuse an id (AUTOINCREMENT), so a searcher's cache of them stays
// valid. The stamp '' says the index is not built: backfillSearchIndex builds it.
void createVersion2(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body,"
                           " content='entries', content_rowid='id', tokenize='waypoint')"),
            QStringLiteral("CREATE VIRTUAL TABLE search_titles USING fts5(title,"
                           " content='entries', content_rowid='id', tokenize='waypoint')"),
            // Ranking reads each match's date from this small index.
            QStringLiteral("CREATE INDEX entries_by_id_date ON entries (id, entry_date)"),
            QStringLiteral("CREATE TABLE search_words (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " word TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO search_state (key, value) VALUES ('tokenizer', '')"),
        });
}

// Schema v3, for imported posts: the front matter that has no column of its
// own (description, slug, aliases, misspelled keys…) as a JSON object, so that
// export can write it back; and the folder the post was imported from, so that
// two blogs with the same paths inside (content/posts/hello.md) stay apart.
void createVersion3(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("ALTER TABLE entries ADD COLUMN front_matter TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE entries ADD COLUMN source_root TEXT NOT NULL DEFAULT ''"),
        });
}

// Schema v4: the reading list. The progress lines of the entries written so
// far become suggestions (nothing is applied without asking): the backfill
// reading-mentions.
void createVersion4(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("CREATE TABLE reading_items ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL CHECK (title <> ''),"
                           " author TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL DEFAULT 'book'"
                           "  CHECK (kind IN ('book', 'course', 'article', 'video')),"
                           " unit TEXT NOT NULL DEFAULT 'page'"
                           "  CHECK (unit IN ('page', 'chapter', 'percent', 'lesson')),"
                           " total REAL NOT NULL DEFAULT 0 CHECK (total >= 0),"
                           // What the user set; '' lets the events decide.
                           " status TEXT NOT NULL DEFAULT ''"
                           "  CHECK (status IN ('', 'want', 'reading', 'finished', 'abandoned')),"
                           " started TEXT NOT NULL DEFAULT '',"
                           " finished TEXT NOT NULL DEFAULT '',"
                           " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " auto_apply INTEGER NOT NULL DEFAULT 0,"
                           " created_utc TEXT NOT NULL,"
                           " updated_utc TEXT NOT NULL)"),
            // Every title an item is known by, normalized: its own, and those of
            // suggestions the user applied to it ("深入剖析 Kuberntes").
            QStringLiteral(
                "CREATE TABLE reading_titles ("
                " key TEXT PRIMARY KEY,"
                " item_id INTEGER NOT NULL REFERENCES reading_items (id) ON DELETE CASCADE)"
                " WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX reading_titles_by_item ON reading_titles (item_id)"),
            // What the recognizer found in each entry, kept in step with its text.
            QStringLiteral("CREATE TABLE reading_mentions ("
                           " id INTEGER PRIMARY KEY,"
                           " entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                           " line INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " notation TEXT NOT NULL,"
                           " value REAL NOT NULL,"
                           " out_of REAL NOT NULL,"
                           " title TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (state IN ('pending', 'applied', 'ignored')))"),
            QStringLiteral("CREATE INDEX reading_mentions_by_entry ON reading_mentions (entry_id)"),
            QStringLiteral("CREATE INDEX reading_mentions_by_key ON reading_mentions (key, state)"),
            QStringLiteral(
                "CREATE TABLE reading_progress ("
                " id INTEGER PRIMARY KEY,"
                " item_id INTEGER NOT NULL REFERENCES reading_items (id) ON DELETE CASCADE,"
                " event_date TEXT NOT NULL,"
                " kind TEXT NOT NULL DEFAULT 'progress',"
                " notation TEXT NOT NULL DEFAULT 'unit',"
                " value REAL NOT NULL DEFAULT 0,"
                " out_of REAL NOT NULL DEFAULT 0,"
                // Set for events read from an entry: deleting the entry, or the
                // line, withdraws the event.
                " entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,"
                " mention_id INTEGER UNIQUE REFERENCES reading_mentions (id) ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE INDEX reading_progress_by_item ON reading_progress (item_id, event_date)"),
            QStringLiteral("CREATE INDEX reading_progress_by_entry ON reading_progress (entry_id)"
                           " WHERE entry_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE reading_goals ("
                           " year INTEGER PRIMARY KEY,"
                           " books INTEGER NOT NULL CHECK (books >= 0))"),
            QStringLiteral(
                "INSERT INTO meta (key, value) VALUES ('backfill:reading-mentions', '4')"),
        });
}

// Schema v5: goal plans, their areas and goals, the entries linked to goals
// by #goal/… tags, and reviews. No backfill: a journal before it has no
// goals, so its tags are evidence of nothing yet; adding a goal reads the
// entries that name it (GoalStore::addGoal), and a review names its plan.
void createVersion5(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("CREATE TABLE goal_plans ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL CHECK (title <> ''),"
                           " start TEXT NOT NULL,"
                           " years INTEGER NOT NULL DEFAULT 3 CHECK (years BETWEEN 1 AND 20),"
                           " ended TEXT NOT NULL DEFAULT '',"
                           " carried_from INTEGER REFERENCES goal_plans (id) ON DELETE SET NULL,"
                           " created_utc TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE goal_areas ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES goal_plans (id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX goal_areas_by_plan ON goal_areas (plan_id, position)"),
            QStringLiteral(
                "CREATE TABLE goals ("
                " id INTEGER PRIMARY KEY,"
                " plan_id INTEGER NOT NULL REFERENCES goal_plans (id) ON DELETE CASCADE,"
                " area_id INTEGER NOT NULL REFERENCES goal_areas (id) ON DELETE CASCADE,"
                " title TEXT NOT NULL CHECK (title <> ''),"
                // Written #goal/<short_name> in entries; one per plan.
                " short_name TEXT NOT NULL CHECK (short_name <> ''),"
                " measure TEXT NOT NULL DEFAULT 'text' CHECK (measure IN ('text', 'number', "
                "'checklist')),"
                " description TEXT NOT NULL DEFAULT '',"
                " target REAL NOT NULL DEFAULT 0,"
                " unit TEXT NOT NULL DEFAULT '',"
                " current REAL NOT NULL DEFAULT 0,"
                " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', "
                "'dropped')),"
                " target_date TEXT NOT NULL DEFAULT '',"
                " position INTEGER NOT NULL DEFAULT 0,"
                " carried_from INTEGER REFERENCES goals (id) ON DELETE SET NULL,"
                " UNIQUE (plan_id, short_name))"),
            QStringLiteral("CREATE INDEX goals_by_area ON goals (area_id, position)"),
            QStringLiteral("CREATE INDEX goals_by_short_name ON goals (short_name)"),
            QStringLiteral("CREATE TABLE goal_milestones ("
                           " id INTEGER PRIMARY KEY,"
                           " goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL,"
                           " done INTEGER NOT NULL DEFAULT 0,"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX goal_milestones_by_goal ON goal_milestones (goal_id)"),
            // Entries as evidence, read from their #goal/… tags.
            QStringLiteral("CREATE TABLE goal_links ("
                           " goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
                           " entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
                           " PRIMARY KEY (goal_id, entry_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX goal_links_by_entry ON goal_links (entry_id)"),
            // A review is an entry; its scores are read from its text.
            QStringLiteral(
                "CREATE TABLE goal_reviews ("
                " id INTEGER PRIMARY KEY,"
                " plan_id INTEGER NOT NULL REFERENCES goal_plans (id) ON DELETE CASCADE,"
                " entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,"
                " review_date TEXT NOT NULL,"
                " score INTEGER CHECK (score BETWEEN 0 AND 100))"),
            QStringLiteral(
                "CREATE TABLE goal_review_scores ("
                " review_id INTEGER NOT NULL REFERENCES goal_reviews (id) ON DELETE CASCADE,"
                " goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
                " score INTEGER CHECK (score BETWEEN 0 AND 100),"
                " note TEXT NOT NULL DEFAULT '',"
                " PRIMARY KEY (review_id, goal_id)) WITHOUT ROWID"),
        });
}

// Schema v6: what sync remembers. Per mirror file, what it held at the
// last sync (the base of the next three-way merge); per file in a synced
// folder, its size and time when last read; entries whose two sides
// conflicted, until resolved.
void createVersion6(const QSqlDatabase &db)
{
    runScript(
        db,
        {
            QStringLiteral("CREATE TABLE sync_base ("
                           // entry:<uuid> or attachment:<sha256>
                           " key TEXT PRIMARY KEY,"
                           " path TEXT NOT NULL,"
                           // The content's git blob id, in hex, whichever the engine.
                           " oid TEXT NOT NULL,"
                           // An entry file's text; empty for attachments.
                           " content BLOB NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE sync_files ("
                           " path TEXT PRIMARY KEY,"
                           " size INTEGER NOT NULL,"
                           " modified_ms INTEGER NOT NULL,"
                           " oid TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE sync_conflicts ("
                           " entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,"
                           " since_utc TEXT NOT NULL,"
                           // Where the other text came from: the remote, or a conflict file.
                           " origin TEXT NOT NULL DEFAULT '')"),
            // The same reading item on every machine.
            QStringLiteral("ALTER TABLE reading_items ADD COLUMN uuid TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX reading_items_by_uuid ON reading_items (uuid)"),
            QStringLiteral("ALTER TABLE goal_plans ADD COLUMN uuid TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX goal_plans_by_uuid ON goal_plans (uuid)"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('backfill:sync-uuids', '6')"),
        });
}

// --- The backfills ----------------------------------------------------------
// Today's code, run once the schema is current (see Backfill). One small
// function each, so that each can be pointed at whatever writes that data.

// The reading list's suggestions from every entry's progress lines.
void backfillReadingMentions(const QSqlDatabase &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EntryStore::eachText(db, [&](const Entry &entry) {
        ReadingStore::syncEntry(db, entry.id, entry.date, entry.body, now);
        return true;
    });
}

// An id for each reading item and goal plan from before sync.
void backfillSyncUuids(const QSqlDatabase &db)
{
    for (const QString &table : {QStringLiteral("reading_items"), QStringLiteral("goal_plans")}) {
        QSqlQuery query =
            sql::run(db, QStringLiteral("SELECT id FROM %1 WHERE uuid IS NULL").arg(table));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        for (qint64 id : std::as_const(ids))
            sql::run(db, QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(table),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), id});
    }
}

const QString backfillKey = QStringLiteral("backfill:%1");

bool hasMetaTable(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                          "WHERE type = 'table' AND name = 'meta'"))
               .toInt()
           > 0;
}

bool backfillAsked(const QSqlDatabase &db, const QString &name)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"),
                       {backfillKey.arg(name)})
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
        {6, QStringLiteral("sync state"), createVersion6},
    };
    return migrations;
}

const std::vector<Backfill> &Migrator::backfills()
{
    // The names are written by frozen steps: keep each one known.
    static const std::vector<Backfill> all = {
        {QStringLiteral("reading-mentions"),
         QStringLiteral("reading suggestions from the entries written before"),
         backfillReadingMentions},
        {QStringLiteral("sync-uuids"),
         QStringLiteral("an id for each reading item and goal plan, for sync"), backfillSyncUuids},
    };
    return all;
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
    if (!hasMetaTable(db))
        return; // no step at all
    for (const Backfill &backfill : backfills()) {
        if (!backfillAsked(db, backfill.name))
            continue;
        sql::Transaction transaction(db);
        // Asked again inside the transaction: another process may have done it.
        if (!backfillAsked(db, backfill.name))
            continue;
        try {
            backfill.apply(db);
        } catch (const DatabaseError &error) {
            throw DatabaseError(QStringLiteral("upgrading the journal (%1) failed: %2")
                                    .arg(backfill.summary, error.message()));
        }
        sql::run(db, QStringLiteral("DELETE FROM meta WHERE key = ?"),
                 {backfillKey.arg(backfill.name)});
        transaction.commit();
    }
}

bool Migrator::hasPendingBackfills(const QSqlDatabase &db)
{
    if (hasMetaTable(db))
        for (const Backfill &backfill : backfills())
            if (backfillAsked(db, backfill.name))
                return true;
    try {
        return !search::SearchIndex::isCurrent(db);
    } catch (const DatabaseError &) {
        return true; // no index yet
    }
}

bool Migrator::backfillSearchIndex(const QSqlDatabase &db,
                                   const std::function<void(int done, int total)> &progress)
{
    if (search::SearchIndex::isCurrent(db))
        return false;
    rebuildSearchIndex(db, [&](int done, int total) {
        if (progress)
            progress(done, total);
        return true;
    });
    return true;
}

} // namespace waypoint