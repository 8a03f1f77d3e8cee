#include "Searcher.h"

#include "EntryStore.h"
#include "search/QueryMatcher.h"
#include "search/SearchIndex.h"
#include "search/Tokenizer.h"
#include "sql/DatabaseError.h"
#include "sql/Sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace waypoint {

using namespace search;

namespace {

// At most this many longer words stand in for one typed word.
constexpr int maxExpansions = 500;

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Up to 1.2× for an entry of today, 1.1× a year ago, 1.02× ten years ago.
double recencyFactor(qint64 julianDay, qint64 today)
{
    const qint64 days = qMax<qint64>(0, today - julianDay);
    return 1.0 + 0.2 / (1.0 + double(days) / 365.0);
}

// YYYY-MM-DD as stored, without QDate's general parser.
qint64 julianDayOf(const QString &text)
{
    if (text.size() != 10)
        return 0;
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i].unicode() - '0');
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2)).toJulianDay();
}

const QString hitColumns = QStringLiteral("e.id, e.uuid, e.entry_date, e.title, e.body");

// The columns of hitColumns; the snippet is cut from the body when a
// matcher is given.
SearchHit readHit(const QSqlQuery &query, const QueryMatcher *matcher)
{
    SearchHit hit;
    hit.id = query.value(0).toLongLong();
    hit.uuid = query.value(1).toString();
    hit.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    hit.title = query.value(3).toString();
    if (matcher)
        hit.snippet = matcher->snippetHtml(query.value(4).toString());
    return hit;
}

} // namespace

Searcher::Searcher(const QSqlDatabase &db)
    : m_db(db)
{
}

void Searcher::loadNewWords()
{
    QSqlQuery query = sql::run(m_db,
                               QStringLiteral("SELECT id, word FROM search_words WHERE id > ?"
                                              " ORDER BY id"),
                               {m_lastWordId});
    while (query.next()) {
        m_lastWordId = query.value(0).toLongLong();
        m_words.push_back(query.value(1).toString().toStdString());
    }
}

QString Searcher::termExpression(const QueryTerm &term, bool expand)
{
    const QByteArray utf8 = term.text.toUtf8();
    const std::vector<TextToken> tokens =
        tokensOf(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (tokens.empty())
        return {};
    const bool prefix = !term.quoted && tokens.back().kind == Token::Word;
    const QString star = prefix ? QStringLiteral(" *") : QString();
    QStringList alternatives{quoted(term.text) + star};

    if (expand && !term.quoted && tokens.front().kind == Token::Word) {
        // Words that hold the typed one inside them (sql → mysql), or, for
        // a phrase, that end with its first word (jdk源码 → openjdk源码).
        const std::string &word = tokens.front().text;
        const bool alone = tokens.size() == 1;
        const QString rest = QString::fromUtf8(utf8.mid(tokens.front().end));
        for (const std::string &candidate : m_words) {
            if (alternatives.size() > maxExpansions)
                break;
            if (candidate.size() <= word.size())
                continue;
            if (alone && candidate.find(word, 1) != std::string::npos)
                alternatives.append(quoted(QString::fromStdString(candidate)));
            else if (!alone
                     && candidate.compare(candidate.size() - word.size(), word.size(), word) == 0)
                alternatives.append(quoted(QString::fromStdString(candidate) + rest) + star);
        }
    }
    QString expression =
        alternatives.size() == 1
            ? alternatives.first()
            : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    if (term.titleOnly)
        expression = QStringLiteral("title : (") + expression + QLatin1Char(')');
    return expression;
}

Searcher::Expressions Searcher::expressionsFor(const Query &query)
{
    loadNewWords();
    Expressions result;
    for (const bool expand : {false, true}) {
        QStringList groups;
        for (const QList<QueryTerm> &group : query.all) {
            QStringList alternatives;
            for (const QueryTerm &term : group) {
                const QString expression = termExpression(term, expand);
                if (!expression.isEmpty())
                    alternatives.append(expression);
            }
            if (alternatives.size() == 1)
                groups.append(alternatives.first());
            else if (!alternatives.isEmpty())
                groups.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR "))
                              + QLatin1Char(')'));
        }
        (expand ? result.expanded : result.primary) = groups.join(QStringLiteral(" AND "));
    }
    QStringList excluded;
    for (const QueryTerm &term : query.none) {
        const QString expression = termExpression(term, true);
        if (!expression.isEmpty())
            excluded.append(expression);
    }
    result.excluded = excluded.join(QStringLiteral(" OR "));
    return result;
}

// The query's dates and tags, as the entry store defines them.
QString Searcher::filterSql(const Query &query, QVariantList *values) const
{
    return QStringLiteral(" AND ")
           + EntryStore::filterSql(query.from, query.to, query.tags, query.excludedTags, values);
}

QList<SearchHit> Searcher::rank(const QString &expression, const Query &query, int limit,
                                double scoreBelow, const QueryMatcher &matcher)
{
    struct Candidate
    {
        qint64 id;
        double score;
    };
    std::vector<Candidate> candidates;
    const qint64 today = QDate::currentDate().toJulianDay();
    QVariantList values{expression};
    const QString filters = filterSql(query, &values);
    // The dates come from a small index, not from the entries' rows.
    const QString from =
        QStringLiteral(" FROM search_index CROSS JOIN entries e INDEXED BY entries_by_id_date"
                       " ON e.id = search_index.rowid WHERE search_index MATCH ?");
    // Newest first: a limit keeps the newest matches of a very common word,
    // and the search stops there. (A limit above bigScale asks for that many.)
    QString statement = QStringLiteral("SELECT e.id, e.entry_date,"
                                       " waypoint_rank(search_index, 10.0, 1.0)")
                        + from + filters + QStringLiteral(" ORDER BY search_index.rowid DESC");
    const int cap = qMax(bigScale, limit);
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(cap + 1);
    {
        QSqlQuery rows = sql::run(m_db, statement, values);
        while (rows.next()) {
            const double recency = recencyFactor(julianDayOf(rows.value(1).toString()), today);
            candidates.push_back({rows.value(0).toLongLong(), -rows.value(2).toDouble() * recency});
        }
    }
    // (The title index cannot check a NOT against the body: then no supplement.)
    if (limit >= 0 && candidates.size() > size_t(cap)
        && !expression.contains(QLatin1String(") NOT ("))) {
        // Too common to rank every match: the newest ones, and the title
        // matches among the older ones, which rank with the best.
        double best = 0;
        QSet<qint64> seen;
        for (const Candidate &candidate : candidates) {
            best = qMax(best, candidate.score);
            seen.insert(candidate.id);
        }
        QVariantList titleValues{expression};
        const QString titleStatement =
            QStringLiteral("SELECT e.id FROM search_titles CROSS JOIN entries e"
                           " INDEXED BY entries_by_id_date ON e.id = search_titles.rowid"
                           " WHERE search_titles MATCH ?")
            + filterSql(query, &titleValues)
            + QStringLiteral(" ORDER BY search_titles.rowid DESC LIMIT %1").arg(limit);
        QSqlQuery titles = sql::run(m_db, titleStatement, titleValues);
        while (titles.next()) {
            const qint64 id = titles.value(0).toLongLong();
            if (!seen.contains(id))
                candidates.push_back({id, best});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (limit >= 0 && candidates.size() > size_t(limit))
        candidates.resize(size_t(limit));
    double factor = 1;
    if (scoreBelow > 0 && !candidates.empty() && candidates.front().score >= scoreBelow)
        factor = scoreBelow * 0.99 / candidates.front().score;

    QList<SearchHit> hits;
    hits.reserve(qsizetype(candidates.size()));
    QSqlQuery entry(m_db);
    entry.setForwardOnly(true);
    if (!entry.prepare(QStringLiteral("SELECT ") + hitColumns
                       + QStringLiteral(" FROM entries e WHERE e.id = ?")))
        throw DatabaseError(entry.lastError().text());
    for (const Candidate &candidate : candidates) {
        entry.bindValue(0, candidate.id);
        if (!entry.exec())
            throw DatabaseError(entry.lastError().text());
        if (!entry.next())
            continue;
        SearchHit hit = readHit(entry, &matcher);
        hit.score = candidate.score * factor;
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> Searcher::filterOnly(const Query &query, const QString &excluded, int limit,
                                      const QueryMatcher *matcher, bool literally)
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT ") + hitColumns
                        + QStringLiteral(" FROM entries e WHERE 1") + filterSql(query, &values);
    if (literally) {
        // Terms the index has no tokens for (punctuation, 《): looked for
        // as they are, in every entry.
        for (const QList<QueryTerm> &group : query.all) {
            QStringList alternatives;
            for (const QueryTerm &term : group) {
                alternatives.append(
                    term.titleOnly
                        ? QStringLiteral("instr(e.title, ?) > 0")
                        : QStringLiteral("(instr(e.title, ?) > 0 OR instr(e.body, ?) > 0)"));
                values.append(term.text);
                if (!term.titleOnly)
                    values.append(term.text);
            }
            statement += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR "))
                         + QLatin1Char(')');
        }
    }
    if (!excluded.isEmpty()) {
        statement += QStringLiteral(" AND e.id NOT IN (SELECT rowid FROM search_index"
                                    " WHERE search_index MATCH ?)");
        values.append(excluded);
    }
    statement += QStringLiteral(" ORDER BY e.entry_date DESC, e.id DESC");
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    QList<SearchHit> hits;
    QSqlQuery rows = sql::run(m_db, statement, values);
    while (rows.next())
        hits.append(readHit(rows, matcher));
    return hits;
}

QList<SearchHit> Searcher::search(const Query &query, int limit)
{
    if (!query.error.isEmpty())
        throw DatabaseError(query.error);
    if (query.isEmpty() || limit == 0)
        return {};
    QList<SearchHit> hits;
    const Expressions expressions = expressionsFor(query);
    const QueryMatcher matcher(query);
    if (query.all.isEmpty()) {
        hits = filterOnly(query, expressions.excluded, limit, &matcher);
    } else if (expressions.primary.isEmpty()) {
        hits =
            filterOnly(query, expressions.excluded, limit, &matcher, true); // only punctuation: 《
    } else {
        const auto without = [&](const QString &expression) {
            return expressions.excluded.isEmpty()
                       ? expression
                       : QStringLiteral("(%1) NOT (%2)").arg(expression, expressions.excluded);
        };
        hits = rank(without(expressions.primary), query, limit, 0, matcher);
        if (expressions.expanded != expressions.primary && (limit < 0 || hits.size() < limit)) {
            const QString inside =
                QStringLiteral("(%1) NOT (%2)").arg(expressions.expanded, expressions.primary);
            const double lowest = hits.isEmpty() ? 0 : hits.last().score;
            hits += rank(without(inside), query, limit < 0 ? -1 : limit - int(hits.size()), lowest,
                         matcher);
        }
    }
    return hits;
}

QList<qint64> Searcher::matchingIds(const Query &query)
{
    if (!query.error.isEmpty())
        throw DatabaseError(query.error);
    QList<qint64> ids;
    if (query.isEmpty())
        return ids;
    const Expressions expressions = expressionsFor(query);
    if (query.all.isEmpty() || expressions.expanded.isEmpty()) {
        const bool literally = !query.all.isEmpty();
        for (const SearchHit &hit : filterOnly(query, expressions.excluded, -1, nullptr, literally))
            ids.append(hit.id);
        return ids;
    }
    QString expression = expressions.expanded;
    if (!expressions.excluded.isEmpty())
        expression = QStringLiteral("(%1) NOT (%2)").arg(expression, expressions.excluded);
    QVariantList values{expression};
    const QString statement = QStringLiteral("SELECT e.id FROM search_index CROSS JOIN entries e"
                                             " INDEXED BY entries_by_id_date"
                                             " ON e.id = search_index.rowid"
                                             " WHERE search_index MATCH ?")
                              + filterSql(query, &values);
    QSqlQuery rows = sql::run(m_db, statement, values);
    while (rows.next())
        ids.append(rows.value(0).toLongLong());
    return ids;
}

} // namespace waypoint
