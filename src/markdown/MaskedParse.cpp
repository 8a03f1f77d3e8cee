#include "MaskedParse.h"

#include "SourceMap.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstring>

namespace waypoint::markdown {

namespace {

// cmark knows neither front matter nor math. Both are masked in a copy of the
// source before parsing, byte for byte, so that every position cmark reports
// is still a position in the real text:
// - front matter becomes blank lines;
// - $tex$ becomes a code span `▒▒▒` (its content filled with kFiller), so
//   Markdown never touches the TeX: `$a_1 * b_2$` keeps its * and _.
constexpr char kFiller = '\x1f';

struct ByteRange
{
    int begin = 0;
    int end = 0; // exclusive
};

struct MaskedMath
{
    ByteRange whole;   // with the dollars
    ByteRange content; // without
    bool display = false;
    bool inQuote = false; // its lines after the first start with "> "
};

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || isLineBreak(c);
}

// The front matter block at the very start (--- YAML ---/..., +++ TOML +++),
// or an empty range.
ByteRange frontMatter(const QByteArray &source)
{
    auto lineEnd = [&](int from) {
        const int n = int(source.indexOf('\n', from));
        return n < 0 ? int(source.size()) : n;
    };
    const int firstEnd = lineEnd(0);
    const QByteArray first = source.left(firstEnd).trimmed();
    if (first != "---" && first != "+++")
        return {};
    for (int start = firstEnd + 1; start < source.size();) {
        const int end = lineEnd(start);
        const QByteArray line = source.mid(start, end - start).trimmed();
        if (line == first || (first == "---" && line == "..."))
            return {0, end};
        start = end + 1;
    }
    return {}; // never closed: not front matter
}

void blankOut(QByteArray &buffer, ByteRange range, char with)
{
    for (int i = range.begin; i < range.end; ++i) {
        if (!isLineBreak(buffer[i]))
            buffer[i] = with;
    }
}

// Finds $…$ and $$…$$ in a stretch of inline text (a paragraph, a heading, a
// table), skipping code spans and backslash escapes. An opening $ must not be
// followed by a blank, a closing one not preceded by one nor followed by a
// digit, so that "costs $5 and $10" stays text.
void findMath(const QByteArray &source, ByteRange range, QList<MaskedMath> &found)
{
    const char *s = source.constData();
    const int end = range.end;
    auto runLength = [&](int at, char c) {
        int n = 0;
        while (at + n < end && s[at + n] == c)
            ++n;
        return n;
    };
    int i = range.begin;
    while (i < end) {
        const char c = s[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '`') {
            const int n = runLength(i, '`');
            int j = i + n;
            while (j < end) {
                if (s[j] == '`') {
                    const int m = runLength(j, '`');
                    if (m == n)
                        break;
                    j += m;
                } else {
                    ++j;
                }
            }
            i = j < end ? j + n : i + n;
            continue;
        }
        if (c == '<') {
            // Inline HTML, a comment or an autolink: no math inside.
            const bool comment =
                i + 3 < end && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-';
            const qsizetype close =
                comment ? source.indexOf("-->", i + 4) : source.indexOf('>', i + 1);
            const qsizetype lineEnd = source.indexOf('\n', i);
            if (close >= 0 && close < end && (comment || lineEnd < 0 || close < lineEnd)) {
                i = int(close) + (comment ? 3 : 1);
                continue;
            }
        }
        if (c == ']' && i + 1 < end && s[i + 1] == '(') {
            // A link's destination is a URL, whatever dollars it has.
            const qsizetype close = source.indexOf(')', i + 2);
            if (close >= 0 && close < end) {
                i = int(close) + 1;
                continue;
            }
        }
        if (c != '$') {
            ++i;
            continue;
        }
        const bool display = i + 1 < end && s[i + 1] == '$';
        const int open = display ? 2 : 1;
        int j = i + open;
        int close = -1;
        while (j < end) {
            if (s[j] == '\\') {
                j += 2;
                continue;
            }
            if (display && s[j] == '$' && j + 1 < end && s[j + 1] == '$') {
                close = j;
                break;
            }
            if (!display && s[j] == '$') {
                if (!isBlank(s[j - 1]) && !(j + 1 < end && s[j + 1] >= '0' && s[j + 1] <= '9'))
                    close = j;
                break; // an inline opener pairs with the next $ or none
            }
            ++j;
        }
        const bool opens = display || (i + 1 < end && !isBlank(s[i + 1]));
        if (opens && close > i + open) {
            found.append({{i, close + open}, {i + open, close}, display});
            i = close + open;
        } else {
            i += open;
        }
    }
}

// The mask's backticks must not touch other backticks (`code`$x$, $a$$b$),
// or cmark would read one longer run; such math stays text.
bool canMask(const QByteArray &buffer, const MaskedMath &math)
{
    return (math.whole.begin == 0 || buffer[math.whole.begin - 1] != '`')
           && (math.whole.end >= buffer.size() || buffer[math.whole.end] != '`');
}

void maskMath(QByteArray &buffer, const MaskedMath &math)
{
    for (int i = math.whole.begin; i < math.content.begin; ++i)
        buffer[i] = '`';
    for (int i = math.content.end; i < math.whole.end; ++i)
        buffer[i] = '`';
    blankOut(buffer, math.content, kFiller);
}

bool isMaskedMath(cmark_node *code)
{
    const char *literal = cmark_node_get_literal(code);
    bool filler = false;
    for (const char *p = literal; p && *p; ++p) {
        if (*p != kFiller && *p != ' ')
            return false;
        filler = filler || *p == kFiller;
    }
    return filler;
}

// The formulas in the inline text where $ may open math: paragraphs,
// headings and tables.
QList<MaskedMath> collectMath(cmark_node *root, const QByteArray &source, const SourceMap &map)
{
    QList<MaskedMath> found;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        const bool inlineText = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
                                || std::strcmp(cmark::typeName(node), "table") == 0;
        if (!inlineText || cmark_node_get_start_line(node) < 1)
            continue;
        const int begin = map.lineStartByte(cmark_node_get_start_line(node) - 1)
                          + cmark_node_get_start_column(node) - 1;
        int end = std::min(int(source.size()), map.lineStartByte(cmark_node_get_end_line(node) - 1)
                                                   + cmark_node_get_end_column(node));
        if (type == CMARK_NODE_HEADING) {
            // cmark-gfm ends a setext heading where the paragraph right
            // after it ends: its text ends with the line of its last inline.
            int last = cmark_node_get_start_line(node);
            for (cmark_node *child = cmark_node_first_child(node); child;
                 child = cmark_node_next(child))
                last = std::max(last, cmark_node_get_end_line(child));
            if (last < map.lineCount())
                end = std::min(end, map.lineStartByte(last));
        }
        const qsizetype before = found.size();
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            findMath(source, {begin, end}, found);
        } else {
            // A table: row by row, so that a $ in one row never pairs
            // with one in another (or masks the delimiter row).
            const int last = std::min(cmark_node_get_end_line(node), map.lineCount());
            for (int line = cmark_node_get_start_line(node); line <= last; ++line) {
                const int from = std::max(begin, map.lineStartByte(line - 1));
                const int to =
                    line < map.lineCount() ? map.lineStartByte(line) : int(source.size());
                findMath(source, {from, std::min(to, end)}, found);
            }
        }
        bool inQuote = false;
        for (cmark_node *up = cmark_node_parent(node); up; up = cmark_node_parent(up))
            inQuote = inQuote || cmark_node_get_type(up) == CMARK_NODE_BLOCK_QUOTE;
        for (qsizetype i = before; i < found.size(); ++i)
            found[i].inQuote = inQuote;
    }
    cmark_iter_free(iter);
    return found;
}

// Which code node each masked formula became: the one that starts
// where the formula's TeX starts; any left over are paired in order.
QHash<cmark_node *, int> findMathNodes(cmark_node *root, const QList<MaskedMath> &masked,
                                       const SourceMap &map)
{
    QHash<QPair<int, int>, int> byPlace;
    for (qsizetype i = 0; i < masked.size(); ++i) {
        const int byte = masked[i].content.begin;
        const int line = map.lineOfByte(byte);
        byPlace.insert({line + 1, byte - map.lineStartByte(line) + 1}, int(i));
    }
    QHash<cmark_node *, int> nodes;
    QList<cmark_node *> unplaced;
    QSet<int> used;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE
            || !isMaskedMath(node))
            continue;
        const auto found =
            byPlace.constFind({cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
        if (found != byPlace.cend() && !used.contains(*found)) {
            nodes.insert(node, *found);
            used.insert(*found);
        } else {
            unplaced.append(node);
        }
    }
    cmark_iter_free(iter);
    int next = 0;
    for (cmark_node *node : std::as_const(unplaced)) {
        while (next < masked.size() && used.contains(next))
            ++next;
        if (next < masked.size())
            nodes.insert(node, next++);
    }
    return nodes;
}

// A masked formula as the document gives it: UTF-16 positions, its TeX.
MathSpan mathSpan(const MaskedMath &math, const QString &text, const SourceMap &map)
{
    const int start = map.positionOfByte(math.whole.begin);
    const int end = map.positionOfByte(math.whole.end);
    const int texStart = map.positionOfByte(math.content.begin);
    const int texEnd = map.positionOfByte(math.content.end);
    QString tex = text.mid(texStart, texEnd - texStart);
    if (math.inQuote) {
        // Display math over several lines of a quote: the "> " of each line
        // belongs to the quote, not to the TeX.
        static const QRegularExpression quoteMarks(QStringLiteral("\n[ \t]*(?:>[ \t]?)+"));
        tex.replace(quoteMarks, QStringLiteral("\n"));
    }
    return {start, end - start, math.display, tex.trimmed()};
}

} // namespace

MaskedParse parseMasked(const QString &text, const SourceMap &map)
{
    MaskedParse parse;
    QByteArray masked = text.toUtf8();
    // cmark reads a NUL as U+FFFD, three bytes: every position after it would shift.
    masked.replace('\0', '?');
    const ByteRange front = frontMatter(masked);
    if (front.end > 0) {
        blankOut(masked, front, ' ');
        parse.frontMatterLastLine = map.lineOf(map.positionOfByte(front.end)) + 1;
    }

    const int parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;
    parse.tree = cmark::parse(masked, parseOptions);
    if (!masked.contains('$'))
        return parse;
    // Where math can be is known only from a first parse; the second one
    // reads the formulas as code spans.
    QList<MaskedMath> masks;
    for (const MaskedMath &math : collectMath(parse.tree.root.get(), masked, map)) {
        if (canMask(masked, math)) {
            maskMath(masked, math);
            masks.append(math);
        }
    }
    if (masks.isEmpty())
        return parse;
    parse.tree = cmark::parse(masked, parseOptions);
    parse.mathNodes = findMathNodes(parse.tree.root.get(), masks, map);
    for (const MaskedMath &math : std::as_const(masks))
        parse.math.append(mathSpan(math, text, map));
    return parse;
}

} // namespace waypoint::markdown
