#include "Query.h"

#include <QRegularExpression>

namespace waypoint::search {

namespace {

// " “ ” ＂ 「 」
bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201c) || c == QChar(0x201d) || c == QChar(0xff02)
           || c == QChar(0x300c) || c == QChar(0x300d);
}

// YYYY, YYYY-MM or YYYY-MM-DD: the first (or, for `to:`, the last) day of it.
QDate parsePeriod(const QString &text, bool end)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return end ? QDate(year, 12, 31) : QDate(year, 1, 1);
    const int month = match.captured(2).toInt();
    if (match.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        return end && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate(year, month, match.captured(3).toInt());
}

} // namespace

Query Query::parse(const QString &typed)
{
    // SQLite reads the FTS5 expression a query becomes as a C string, so a
    // NUL (pasted with the text) would end it inside a phrase: it separates
    // terms as a space does.
    QString text = typed;
    text.replace(QChar(0), QLatin1Char(' '));
    Query query;
    static const QRegularExpression field(QStringLiteral("(tag|from|to|title)[:\\x{ff1a}]"),
                                          QRegularExpression::CaseInsensitiveOption);
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool pendingOr = false;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        qsizetype wordEnd = i;
        while (wordEnd < n && !text[wordEnd].isSpace())
            ++wordEnd;
        const QStringView word = QStringView(text).mid(i, wordEnd - i);
        if (word == QLatin1String("OR") || word == QLatin1String("|")) {
            pendingOr = !query.all.isEmpty();
            i = wordEnd;
            continue;
        }

        bool negated = false;
        if (text[i] == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace()) {
            negated = true;
            ++i;
        }
        QString name;
        const QRegularExpressionMatch fieldMatch =
            field.match(text, i, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (fieldMatch.hasMatch()) {
            name = fieldMatch.captured(1).toLower();
            i += fieldMatch.capturedLength(0);
        }
        QueryTerm term;
        if (i < n && isQuote(text[i])) {
            qsizetype close = i + 1;
            while (close < n && !isQuote(text[close]))
                ++close;
            term.text = text.mid(i + 1, close - i - 1).trimmed();
            term.quoted = true;
            i = qMin(close + 1, n);
        } else {
            qsizetype end = i;
            while (end < n && !text[end].isSpace())
                ++end;
            term.text = text.mid(i, end - i);
            i = end;
        }
        if (term.text.isEmpty())
            continue;

        if (name == QLatin1String("tag")) {
            QString tag = term.text;
            if (tag.startsWith(QLatin1Char('#')))
                tag.remove(0, 1);
            (negated ? query.excludedTags : query.tags).append(tag);
        } else if ((name == QLatin1String("from") || name == QLatin1String("to"))
                   && !term.text.front().isDigit()) {
            // to:do is a word, not a date.
            const QueryTerm word{name + QLatin1Char(':') + term.text, term.quoted, false};
            if (negated)
                query.none.append(word);
            else
                query.all.append({word});
        } else if (name == QLatin1String("from") || name == QLatin1String("to")) {
            const bool end = name == QLatin1String("to");
            const QDate date = parsePeriod(term.text, end);
            if (!date.isValid())
                query.error =
                    tr("%1: needs a date like 2021-03-14 (or 2021-03, or 2021), not '%2'.")
                        .arg(name, term.text);
            (end ? query.to : query.from) = date;
        } else {
            term.titleOnly = name == QLatin1String("title");
            if (negated)
                query.none.append(term);
            else if (pendingOr)
                query.all.last().append(term);
            else
                query.all.append({term});
        }
        pendingOr = false;
    }
    return query;
}

} // namespace waypoint::search
