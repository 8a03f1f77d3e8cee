#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace waypoint::search {

// The full-text index of a journal: FTS5 tables over the entries' title and
// body, kept by the stores in the same transaction as each write, plus the
// list of words seen (to find a word inside longer ones). A stamp records
// which tokenizer built it. SQLite's refusals are thrown as DatabaseError.
class SearchIndex
{
public:
    // Makes the tokenizer known to a connection. Every connection that
    // writes entries or searches needs it first.
    static void registerTokenizer(const QSqlDatabase &db);

    // True when the index was built by this tokenizer.
    static bool isCurrent(const QSqlDatabase &db);

    // The entries' texts as their owner reads them: add(id, title, body) for
    // each, until add returns false.
    using Add = std::function<bool(qint64 id, const QString &title, const QString &body)>;
    using Texts = std::function<void(const Add &add)>;
    // Indexes the texts (total of them) again, in one transaction of its own.
    // progress is called now and then with (done, total); when it returns
    // false the rebuild stops and nothing changes. Returns false when stopped.
    using Progress = std::function<bool(int done, int total)>;
    static bool rebuild(const QSqlDatabase &db, int total, const Texts &texts,
                        const Progress &progress = {});

    // Inside the caller's transaction; remove() needs the text as indexed.
    static void add(const QSqlDatabase &db, qint64 id, const QString &title, const QString &body);
    static void remove(const QSqlDatabase &db, qint64 id, const QString &title,
                       const QString &body);

    // Checks the index against the entries; returns the problem, or empty.
    static QString integrityProblem(const QSqlDatabase &db);

    // Bytes the index takes in the file.
    static qint64 sizeInBytes(const QSqlDatabase &db);
};

} // namespace waypoint::search
