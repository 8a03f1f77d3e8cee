#include "SearchIndex.h"

#include "Tokenizer.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace waypoint::search {

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw SearchError(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw SearchError(query.lastError().text());
    return query;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The FTS5 side of the tokenizer: stateless, so one instance serves every table.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    static int instance;
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int runTokenizer(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    int rc = SQLITE_OK;
    const TokenizeFor purpose =
        (flags & FTS5_TOKENIZE_QUERY) ? TokenizeFor::Query : TokenizeFor::Document;
    tokenize(std::string_view(text, size_t(std::max(length, 0))), purpose, [&](const Token &t) {
        rc = token(context, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.data(),
                   int(t.text.size()), t.start, t.end);
        return rc == SQLITE_OK;
    });
    return rc;
}

const QString indexTable = QStringLiteral("search_index");

void writeWords(const QSqlDatabase &db, const QString &title, const QString &body)
{
    QSet<QByteArray> words;
    for (const QString &text : {title, body}) {
        const QByteArray utf8 = text.toUtf8();
        tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), TokenizeFor::Document,
                 [&](const Token &token) {
                     if (token.kind == Token::Word)
                         words.insert(QByteArray(token.text.data(), qsizetype(token.text.size())));
                     return true;
                 });
    }
    if (words.isEmpty())
        return;
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO search_words (word) VALUES (?)")))
        throw SearchError(insert.lastError().text());
    for (const QByteArray &word : std::as_const(words)) {
        insert.bindValue(0, QString::fromUtf8(word));
        if (!insert.exec())
            throw SearchError(insert.lastError().text());
    }
}

} // namespace

void SearchIndex::registerTokenizer(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        throw SearchError(QStringLiteral("the search index needs the SQLite driver"));
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        throw SearchError(QStringLiteral("this SQLite has no FTS5 full-text search"));
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, runTokenizer};
    if (api->xCreateTokenizer(api, "waypoint", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        throw SearchError(QString::fromUtf8(sqlite3_errmsg(handle)));
}

void SearchIndex::createTables(const QSqlDatabase &db)
{
    // External content: the text stays in entries, the index holds tokens
    // and positions only. Titles have a small index of their own too, for
    // the title matches of very common words.
    run(db, QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body,"
                           " content='entries', content_rowid='id', tokenize='waypoint')"));
    run(db, QStringLiteral("CREATE VIRTUAL TABLE search_titles USING fts5(title,"
                           " content='entries', content_rowid='id', tokenize='waypoint')"));
    run(db, QStringLiteral("CREATE TABLE search_words (id INTEGER PRIMARY KEY,"
                           " word TEXT NOT NULL UNIQUE)"));
    run(db, QStringLiteral("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    run(db, QStringLiteral("INSERT INTO search_state (key, value) VALUES ('tokenizer', '')"));
}

bool SearchIndex::isCurrent(const QSqlDatabase &db)
{
    QSqlQuery query =
        run(db, QStringLiteral("SELECT value FROM search_state WHERE key = 'tokenizer'"));
    return query.next() && query.value(0).toString() == tokenizerVersion();
}

bool SearchIndex::rebuild(const QSqlDatabase &db, const Progress &progress)
{
    run(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('delete-all')"));
        run(db, QStringLiteral("INSERT INTO search_titles (search_titles) VALUES ('delete-all')"));
        run(db, QStringLiteral("DELETE FROM search_words"));
        QSqlQuery count = run(db, QStringLiteral("SELECT count(*) FROM entries"));
        const int total = count.next() ? count.value(0).toInt() : 0;
        int done = 0;
        if (progress && !progress(0, total)) {
            run(db, QStringLiteral("ROLLBACK"));
            return false;
        }
        QSqlQuery entries = run(db, QStringLiteral("SELECT id, title, body FROM entries"));
        while (entries.next()) {
            add(db, entries.value(0).toLongLong(), entries.value(1).toString(),
                entries.value(2).toString());
            if (++done % 256 == 0 && progress && !progress(done, total)) {
                entries.finish();
                run(db, QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        // One segment per table: the fewest pages to read per query.
        run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
        run(db, QStringLiteral("INSERT INTO search_titles (search_titles) VALUES ('optimize')"));
        run(db, QStringLiteral("UPDATE search_state SET value = ? WHERE key = 'tokenizer'"),
            {tokenizerVersion()});
        run(db, QStringLiteral("COMMIT"));
        if (progress)
            progress(total, total);
        return true;
    } catch (const SearchError &) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SearchIndex::add(const QSqlDatabase &db, qint64 id, const QString &title, const QString &body)
{
    run(db, QStringLiteral("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)"),
        {id, title, body});
    run(db, QStringLiteral("INSERT INTO search_titles (rowid, title) VALUES (?, ?)"), {id, title});
    writeWords(db, title, body);
}

void SearchIndex::remove(const QSqlDatabase &db, qint64 id, const QString &title,
                         const QString &body)
{
    run(db,
        QStringLiteral("INSERT INTO search_index (search_index, rowid, title, body)"
                       " VALUES ('delete', ?, ?, ?)"),
        {id, title, body});
    run(db,
        QStringLiteral("INSERT INTO search_titles (search_titles, rowid, title)"
                       " VALUES ('delete', ?, ?)"),
        {id, title});
}

QString SearchIndex::integrityProblem(const QSqlDatabase &db)
{
    // With rank = 1, FTS5 also checks the index against the entries table.
    for (const QString &table : {indexTable, QStringLiteral("search_titles")}) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                            .arg(table)))
            return table + QStringLiteral(": ") + query.lastError().text();
    }
    return {};
}

qint64 SearchIndex::sizeInBytes(const QSqlDatabase &db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat"
                                             " WHERE name LIKE 'search%'"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace waypoint::search
