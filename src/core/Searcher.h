#pragma once

#include "search/Query.h"

#include <QDate>
#include <QSqlDatabase>
#include <string>
#include <vector>

namespace waypoint {

namespace search {
class QueryMatcher;
}

struct SearchHit
{
    qint64 id = 0;
    QString uuid;
    QDate date;
    QString title;
    QString snippet;  // HTML-escaped, the matches in <mark>
    double score = 0; // higher is better
};

// Runs queries against a journal's search index, best match first.
//
// Ranking: BM25 with title matches weighing ten times body matches, times a
// mild preference for recent entries (up to 1.2× for today, 1.1× a year
// ago). A word found only inside a longer word (sql in mysql) ranks after
// every entry that has it as a word of its own or the start of one.
//
// When a query matches more entries than bigScale and a limit is given, its
// words are too common for BM25 to say much, and scoring every match would
// make typing slow: then the newest bigScale matches are ranked, and title
// matches among the older ones rank with the best of them.
class Searcher
{
    Q_DECLARE_TR_FUNCTIONS(Searcher)

public:
    static constexpr int bigScale = 300;

    explicit Searcher(const QSqlDatabase &db);

    // limit < 0: every match. Throws DatabaseError (a query error's message included).
    QList<SearchHit> search(const waypoint::search::Query &query, int limit = -1);
    QList<SearchHit> search(const QString &text, int limit = -1)
    {
        return search(waypoint::search::Query::parse(text), limit);
    }

    // Every entry the query matches, unranked, without snippets (to count
    // and to compare with other ways of searching).
    QList<qint64> matchingIds(const waypoint::search::Query &query);

private:
    struct Expressions
    {
        QString primary;  // words as words or word starts
        QString expanded; // also words inside longer words; equal when there are none
        QString excluded;
    };
    Expressions expressionsFor(const waypoint::search::Query &query);
    QString termExpression(const waypoint::search::QueryTerm &term, bool expand);
    void loadNewWords();
    QList<SearchHit> rank(const QString &expression, const waypoint::search::Query &query, int limit,
                          double scoreBelow, const waypoint::search::QueryMatcher &matcher);
    // Entries by the query's filters alone, newest first, without the
    // excluded ones; `literally`: also containing each term as typed.
    QList<SearchHit> filterOnly(const waypoint::search::Query &query, const QString &excluded, int limit,
                                const waypoint::search::QueryMatcher *matcher, bool literally = false);
    QString filterSql(const waypoint::search::Query &query, QVariantList *values) const;

    QSqlDatabase m_db;
    std::vector<std::string> m_words; // every word the index has seen
    qint64 m_lastWordId = 0;
};

} // namespace waypoint
