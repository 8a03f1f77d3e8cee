#include "QueryMatcher.h"

#include "Tokenizer.h"

#include <algorithm>

namespace waypoint::search {

namespace {

std::vector<TextToken> tokensOf(const QByteArray &utf8)
{
    return search::tokensOf(std::string_view(utf8.constData(), size_t(utf8.size())));
}

bool endsWith(const std::string &s, const std::string &tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// UTF-16 position of every UTF-8 byte offset of text.
std::vector<qsizetype> utf16Offsets(const QByteArray &utf8)
{
    std::vector<qsizetype> offsets(size_t(utf8.size()) + 1, 0);
    qsizetype utf16 = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        offsets[size_t(i)] = utf16;
        const quint8 b = quint8(utf8[i]);
        if ((b & 0xc0) != 0x80) // a lead byte starts a code point
            utf16 += (b >= 0xf0) ? 2 : 1;
    }
    offsets[size_t(utf8.size())] = utf16;
    return offsets;
}

int columns(QChar c)
{
    return c.unicode() >= 0x2e80 ? 2 : 1;
}

bool endsSentence(QChar c)
{
    static const QString ends = QStringLiteral("。！？；!?;\n");
    return ends.contains(c);
}

bool isWordCharacter(QChar c)
{
    return c.unicode() < 0x2e80 && c.isLetterOrNumber();
}

// Escapes HTML and makes each run of white space one space, or nothing
// between two CJK characters (a line break inside a Chinese sentence).
QString escaped(QStringView text)
{
    QString out;
    bool space = false;
    QChar previous;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !(columns(previous) == 2 && columns(c) == 2))
            out += QLatin1Char(' ');
        space = false;
        previous = c;
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("&quot;");
        else
            out += c;
    }
    if (space)
        out += QLatin1Char(' ');
    return out;
}

} // namespace

QueryMatcher::QueryMatcher(const Query &query)
{
    for (const QList<QueryTerm> &group : query.all) {
        for (const QueryTerm &term : group) {
            Pattern pattern;
            pattern.exact = term.quoted;
            for (const TextToken &token : tokensOf(term.text.toUtf8())) {
                pattern.tokens.push_back(token.text);
                pattern.kinds.push_back(token.kind);
            }
            if (!pattern.tokens.empty())
                m_patterns.push_back(std::move(pattern));
        }
    }
}

std::vector<QueryMatcher::Found> QueryMatcher::findAll(const QString &text) const
{
    std::vector<Found> found;
    if (m_patterns.empty())
        return found;
    const QByteArray utf8 = text.toUtf8();
    const std::vector<TextToken> tokens = tokensOf(utf8);
    const std::vector<qsizetype> offsets = utf16Offsets(utf8);
    for (size_t p = 0; p < m_patterns.size(); ++p) {
        const Pattern &pattern = m_patterns[p];
        const size_t m = pattern.tokens.size();
        for (size_t j = 0; j + m <= tokens.size(); ++j) {
            bool matches = true;
            for (size_t k = 0; k < m && matches; ++k) {
                const TextToken &token = tokens[j + k];
                const std::string &want = pattern.tokens[k];
                if (token.kind != pattern.kinds[k]) {
                    matches = false;
                } else if (token.kind != Token::Word || pattern.exact) {
                    matches = token.text == want;
                } else if (m == 1) { // a word on its own: anywhere inside a word
                    matches = token.text.find(want) != std::string::npos;
                } else if (k == 0) { // a phrase starts at the end of a word
                    matches = endsWith(token.text, want);
                } else if (k + 1 == m) { // and ends at the start of one
                    matches = token.text.compare(0, want.size(), want) == 0;
                } else {
                    matches = token.text == want;
                }
            }
            if (!matches)
                continue;
            const qsizetype start = offsets[size_t(tokens[j].start)];
            const qsizetype end = offsets[size_t(tokens[j + m - 1].end)];
            found.push_back({{start, end - start}, int(p)});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.range.start < b.range.start; });
    return found;
}

namespace {

template <typename Found> QList<QueryMatcher::Range> merged(const std::vector<Found> &found)
{
    QList<QueryMatcher::Range> ranges;
    for (const Found &f : found) {
        if (!ranges.isEmpty() && f.range.start <= ranges.last().start + ranges.last().length) {
            QueryMatcher::Range &last = ranges.last();
            last.length =
                qMax(last.start + last.length, f.range.start + f.range.length) - last.start;
        } else {
            ranges.append(f.range);
        }
    }
    return ranges;
}

} // namespace

QList<QueryMatcher::Range> QueryMatcher::find(const QString &text) const
{
    return merged(findAll(text));
}

QString QueryMatcher::snippetHtml(const QString &text, int width) const
{
    const qsizetype size = text.size();
    if (size == 0)
        return {};
    const std::vector<Found> found = findAll(text);

    // The anchor: the match after which the most different terms follow
    // within the snippet's width.
    qsizetype anchor = 0;
    if (!found.empty()) {
        size_t best = 0;
        int bestCount = -1;
        for (size_t i = 0; i < found.size() && i < 200; ++i) {
            std::vector<bool> seen(m_patterns.size(), false);
            int count = 0, used = 0;
            for (size_t j = i; j < found.size(); ++j) {
                used = int(found[j].range.start - found[i].range.start);
                if (used > width * 2 / 3)
                    break;
                if (!seen[size_t(found[j].pattern)]) {
                    seen[size_t(found[j].pattern)] = true;
                    ++count;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        anchor = found[best].range.start;
    }

    // Start up to a quarter of the width before the anchor, right after a
    // sentence end when there is one, never inside a word.
    qsizetype start = anchor;
    int budget = width / 4;
    while (start > 0 && budget > 0 && !endsSentence(text[start - 1])) {
        budget -= columns(text[start - 1]);
        --start;
    }
    while (start > 0 && start < anchor && isWordCharacter(text[start - 1])
           && isWordCharacter(text[start]))
        ++start;
    while (start < anchor && text[start].isSpace())
        ++start;
    if (start > 0 && text[start].isLowSurrogate())
        --start;

    qsizetype end = start;
    int used = 0;
    while (end < size && used < width) {
        used += columns(text[end]);
        ++end;
    }
    if (end < size) {
        // Prefer to stop after a sentence in the last third, else between words.
        qsizetype cut = end;
        while (cut > start && cut > end - width / 3 && !endsSentence(text[cut - 1]))
            --cut;
        if (cut > start && cut > end - width / 3 && cut > anchor) {
            end = cut;
        } else {
            while (end > anchor + 1 && isWordCharacter(text[end - 1]) && isWordCharacter(text[end]))
                --end;
        }
    }
    if (QChar::isHighSurrogate(text[end - 1].unicode()) && end < size)
        ++end;

    QString html;
    if (start > 0)
        html += QStringLiteral("…");
    qsizetype at = start;
    for (const Range &range : merged(found)) {
        const qsizetype from = qMax(range.start, start);
        const qsizetype to = qMin(range.start + range.length, end);
        if (from >= to)
            continue;
        html += escaped(QStringView(text).mid(at, from - at));
        html += QStringLiteral("<mark>") + escaped(QStringView(text).mid(from, to - from))
                + QStringLiteral("</mark>");
        at = to;
    }
    html += escaped(QStringView(text).mid(at, end - at));
    if (end < size)
        html += QStringLiteral("…");
    return html.trimmed();
}

} // namespace waypoint::search
