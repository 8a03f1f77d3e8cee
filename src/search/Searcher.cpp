#include "Searcher.h"

#include "QueryMatcher.h"
#include "SearchIndex.h"
#include "Tokenizer.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace waypoint::search {

namespace {

// At most this many longer words stand in for one typed word.
constexpr int maxExpansions = 500;

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

struct TermToken
{
    int kind;
    std::string text;
    int start, end;
};

std::vector<TermToken> termTokens(const QByteArray &utf8)
{
    std::vector<TermToken> tokens;
    tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), TokenizeFor::Document,
             [&](const Token &token) {
                 if (token.kind != Token::Pair)
                     tokens.push_back({token.kind, std::string(token.text), token.start, token.end});
                 return true;
             });
    return tokens;
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
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

double recencyFactor(QDate date)
{
    const qint64 days = qMax<qint64>(0, date.daysTo(QDate::currentDate()));
    return 1.0 + 0.2 / (1.0 + double(days) / 365.0);
}

const QString hitColumns = QStringLiteral("e.id, e.uuid, e.entry_date, e.title");

SearchHit readHit(const QSqlQuery &query)
{
    SearchHit hit;
    hit.id = query.value(0).toLongLong();
    hit.uuid = query.value(1).toString();
    hit.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    hit.title = query.value(3).toString();
    return hit;
}

} // namespace

Searcher::Searcher(const QSqlDatabase &db)
    : m_db(db)
{
}

void Searcher::loadNewWords()
{
    QSqlQuery query = prepared(m_db,
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
    const std::vector<TermToken> tokens = termTokens(utf8);
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
    QString expression = alternatives.size() == 1
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

QString Searcher::filterSql(const Query &query, QVariantList *values) const
{
    QString sql;
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND e.entry_date >= ?");
        values->append(query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND e.entry_date <= ?");
        values->append(query.to.toString(Qt::ISODate));
    }
    const QString hasTag = QStringLiteral(
        " AND %1EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
        " WHERE et.entry_id = e.id AND t.name = ? COLLATE NOCASE)");
    for (const QString &tag : query.tags) {
        sql += hasTag.arg(QString());
        values->append(tag);
    }
    for (const QString &tag : query.excludedTags) {
        sql += hasTag.arg(QStringLiteral("NOT "));
        values->append(tag);
    }
    return sql;
}

QList<SearchHit> Searcher::rank(const QString &expression, const Query &query, int limit,
                                double scoreBelow)
{
    QVariantList values{expression};
    const QString filters = filterSql(query, &values);
    // Newest first, so that a limit keeps the newest matches of a very common word.
    QString statement = QStringLiteral("SELECT ") + hitColumns
        + QStringLiteral(", bm25(search_index, 10.0, 1.0) FROM search_index"
                         " CROSS JOIN entries e ON e.id = search_index.rowid"
                         " WHERE search_index MATCH ?")
        + filters + QStringLiteral(" ORDER BY search_index.rowid DESC");
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(bigScale + 1);
    QList<SearchHit> hits;
    QSet<qint64> seen;
    {
        QSqlQuery query = prepared(m_db, statement, values);
        while (query.next()) {
            SearchHit hit = readHit(query);
            hit.score = -query.value(4).toDouble() * recencyFactor(hit.date);
            seen.insert(hit.id);
            hits.append(hit);
        }
    }
    if (limit >= 0 && hits.size() > bigScale) {
        // Too common to rank every match: add the newest title matches.
        QVariantList titleValues{expression};
        const QString titleStatement = QStringLiteral("SELECT ") + hitColumns
            + QStringLiteral(" FROM search_titles CROSS JOIN entries e"
                             " ON e.id = search_titles.rowid WHERE search_titles MATCH ?")
            + filterSql(query, &titleValues)
            + QStringLiteral(" ORDER BY search_titles.rowid DESC LIMIT 20");
        QSqlQuery titles(m_db);
        titles.setForwardOnly(true);
        // A query with body-only parts is no title query: then there are none.
        if (titles.prepare(titleStatement)) {
            for (const QVariant &value : std::as_const(titleValues))
                titles.addBindValue(value);
            if (titles.exec()) {
                while (titles.next()) {
                    SearchHit hit = readHit(titles);
                    if (seen.contains(hit.id))
                        continue;
                    QSqlQuery score = prepared(
                        m_db,
                        QStringLiteral("SELECT bm25(search_index, 10.0, 1.0) FROM search_index"
                                       " WHERE search_index MATCH ? AND rowid = ?"),
                        {expression, hit.id});
                    if (!score.next())
                        continue;
                    hit.score = -score.value(0).toDouble() * recencyFactor(hit.date);
                    hits.append(hit);
                }
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (limit >= 0 && hits.size() > limit)
        hits.resize(limit);
    if (scoreBelow > 0 && !hits.isEmpty() && hits.first().score >= scoreBelow) {
        const double factor = scoreBelow * 0.99 / hits.first().score;
        for (SearchHit &hit : hits)
            hit.score *= factor;
    }
    return hits;
}

QList<SearchHit> Searcher::filterOnly(const Query &query, int limit)
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT ") + hitColumns
        + QStringLiteral(" FROM entries e WHERE 1") + filterSql(query, &values);
    const Expressions expressions = expressionsFor(query);
    if (!expressions.excluded.isEmpty()) {
        statement += QStringLiteral(" AND e.id NOT IN (SELECT rowid FROM search_index"
                                    " WHERE search_index MATCH ?)");
        values.append(expressions.excluded);
    }
    statement += QStringLiteral(" ORDER BY e.entry_date DESC, e.id DESC");
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    QList<SearchHit> hits;
    QSqlQuery rows = prepared(m_db, statement, values);
    while (rows.next())
        hits.append(readHit(rows));
    return hits;
}

QList<SearchHit> Searcher::search(const Query &query, int limit)
{
    if (!query.error.isEmpty())
        throw SearchError(query.error);
    if (query.isEmpty() || limit == 0)
        return {};
    QList<SearchHit> hits;
    const Expressions expressions = expressionsFor(query);
    if (query.all.isEmpty()) {
        hits = filterOnly(query, limit);
    } else if (expressions.primary.isEmpty()) {
        return {}; // only punctuation was typed
    } else {
        const auto without = [&](const QString &expression) {
            return expressions.excluded.isEmpty()
                ? expression
                : QStringLiteral("(%1) NOT (%2)").arg(expression, expressions.excluded);
        };
        hits = rank(without(expressions.primary), query, limit, 0);
        if (expressions.expanded != expressions.primary && (limit < 0 || hits.size() < limit)) {
            const QString inside =
                QStringLiteral("(%1) NOT (%2)").arg(expressions.expanded, expressions.primary);
            const double lowest = hits.isEmpty() ? 0 : hits.last().score;
            hits += rank(without(inside), query, limit < 0 ? -1 : limit - int(hits.size()),
                         lowest);
        }
    }
    addSnippets(hits, query);
    return hits;
}

void Searcher::addSnippets(QList<SearchHit> &hits, const Query &query) const
{
    const QueryMatcher matcher(query);
    for (SearchHit &hit : hits) {
        QSqlQuery body = prepared(m_db, QStringLiteral("SELECT body FROM entries WHERE id = ?"),
                                  {hit.id});
        if (body.next())
            hit.snippet = matcher.snippetHtml(body.value(0).toString());
    }
}

} // namespace waypoint::search
