#include "SearchIndex.h"

#include "sql/DatabaseError.h"
#include "sql/Sql.h"
#include "Tokenizer.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace waypoint::search {

namespace {

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

// BM25 as FTS5's bm25() computes it (k1 = 1.2, b = 0.75, per-column
// weights as arguments), except that a query of one phrase skips the inverse
// document frequency: it is the same for every row then, and counting the
// rows of a very common word would cost more than the whole search.
struct RankData
{
    std::vector<double> idf;
    std::vector<double> averageLength;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<qint64 *>(count);
    return SQLITE_OK;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                  sqlite3_value **argv)
{
    constexpr double k1 = 1.2, b = 0.75;
    const int phrases = api->xPhraseCount(fts);
    const int columns = api->xColumnCount(fts);
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (!data) {
        data = new RankData;
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        for (int c = 0; c < columns; ++c) {
            sqlite3_int64 total = 0;
            api->xColumnTotalSize(fts, c, &total);
            data->averageLength.push_back(rows > 0 ? double(total) / double(rows) : 1.0);
        }
        data->idf.assign(size_t(phrases), 1.0);
        if (phrases > 1) {
            for (int p = 0; p < phrases; ++p) {
                qint64 hits = 0;
                api->xQueryPhrase(fts, p, &hits, countRow);
                const double idf =
                    std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
                data->idf[size_t(p)] = idf > 0 ? idf : 1e-6;
            }
        }
        api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    }
    std::vector<double> frequency(size_t(phrases * columns), 0.0);
    int instances = 0;
    api->xInstCount(fts, &instances);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK)
            frequency[size_t(phrase * columns + column)] += 1;
    }
    double score = 0;
    for (int c = 0; c < columns; ++c) {
        int length = 0;
        api->xColumnSize(fts, c, &length);
        const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
        const double norm = k1 * (1 - b + b * double(length) / data->averageLength[size_t(c)]);
        for (int p = 0; p < phrases; ++p) {
            const double tf = frequency[size_t(p * columns + c)];
            if (tf > 0)
                score += weight * data->idf[size_t(p)] * tf * (k1 + 1) / (tf + norm);
        }
    }
    sqlite3_result_double(context, -score); // lower is better, as with bm25()
}

const QString indexTable = QStringLiteral("search_index");

void writeWords(const QSqlDatabase &db, const QString &title, const QString &body)
{
    QSet<QByteArray> words;
    for (const QString &text : {title, body}) {
        const QByteArray utf8 = text.toUtf8();
        tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), TokenizeFor::Text,
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
        throw DatabaseError(insert.lastError().text());
    for (const QByteArray &word : std::as_const(words)) {
        insert.bindValue(0, QString::fromUtf8(word));
        if (!insert.exec())
            throw DatabaseError(insert.lastError().text());
    }
}

} // namespace

void SearchIndex::registerTokenizer(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        throw DatabaseError(QStringLiteral("the search index needs the SQLite driver"));
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        throw DatabaseError(QStringLiteral("this SQLite has no FTS5 full-text search"));
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, runTokenizer};
    if (api->xCreateTokenizer(api, "waypoint", nullptr, &tokenizer, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "waypoint_rank", nullptr, rankFunction, nullptr) != SQLITE_OK)
        throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(handle)));
}


bool SearchIndex::isCurrent(const QSqlDatabase &db)
{
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT value FROM search_state WHERE key = 'tokenizer'"));
    return query.next() && query.value(0).toString() == tokenizerVersion();
}

bool SearchIndex::rebuild(const QSqlDatabase &db, int total, const Texts &texts,
                          const Progress &progress)
{
    sql::run(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        sql::run(db,
                 QStringLiteral("INSERT INTO search_index (search_index) VALUES ('delete-all')"));
        sql::run(db,
                 QStringLiteral("INSERT INTO search_titles (search_titles) VALUES ('delete-all')"));
        sql::run(db, QStringLiteral("DELETE FROM search_words"));
        int done = 0;
        if (progress && !progress(0, total)) {
            sql::run(db, QStringLiteral("ROLLBACK"));
            return false;
        }
        bool stopped = false;
        texts([&](qint64 id, const QString &title, const QString &body) {
            add(db, id, title, body);
            stopped = ++done % 256 == 0 && progress && !progress(done, total);
            return !stopped;
        });
        if (stopped) {
            sql::run(db, QStringLiteral("ROLLBACK"));
            return false;
        }
        // One segment per table: the fewest pages to read per query.
        sql::run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
        sql::run(db,
                 QStringLiteral("INSERT INTO search_titles (search_titles) VALUES ('optimize')"));
        sql::run(db, QStringLiteral("UPDATE search_state SET value = ? WHERE key = 'tokenizer'"),
                 {tokenizerVersion()});
        sql::run(db, QStringLiteral("COMMIT"));
        if (progress && total > 0)
            progress(total, total);
        return true;
    } catch (const DatabaseError &) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SearchIndex::add(const QSqlDatabase &db, qint64 id, const QString &title, const QString &body)
{
    sql::run(db, QStringLiteral("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)"),
             {id, title, body});
    sql::run(db, QStringLiteral("INSERT INTO search_titles (rowid, title) VALUES (?, ?)"),
             {id, title});
    writeWords(db, title, body);
}

void SearchIndex::remove(const QSqlDatabase &db, qint64 id, const QString &title,
                         const QString &body)
{
    sql::run(db,
             QStringLiteral("INSERT INTO search_index (search_index, rowid, title, body)"
                            " VALUES ('delete', ?, ?, ?)"),
             {id, title, body});
    sql::run(db,
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
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat"
                                    " WHERE name LIKE 'search%' OR name = 'entries_by_id_date'"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace waypoint::search
