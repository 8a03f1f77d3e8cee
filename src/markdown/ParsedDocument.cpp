#include "ParsedDocument.h"

#include "Cmark.h"
#include "SourceMap.h"

#include <cmark-gfm-core-extensions.h>

#include <QHash>
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

// What the editor shows these nodes as: whole lines for the blocks, the
// marks with their delimiters for the inlines.
SpanKind spanKindOf(cmark_node_type type)
{
    switch (type) {
    case CMARK_NODE_THEMATIC_BREAK:
        return SpanKind::ThematicBreak;
    case CMARK_NODE_BLOCK_QUOTE:
        return SpanKind::BlockQuote;
    case CMARK_NODE_EMPH:
        return SpanKind::Emphasis;
    case CMARK_NODE_STRONG:
        return SpanKind::Strong;
    case CMARK_NODE_LINK:
        return SpanKind::Link;
    case CMARK_NODE_IMAGE:
        return SpanKind::Image;
    default: // HTML blocks and inline HTML
        return SpanKind::Html;
    }
}

const char *typeName(cmark_node *node)
{
    const char *name = cmark_node_get_type_string(node);
    return name ? name : "";
}

// Characters around which a line break means nothing: CJK and full-width
// punctuation (。，、「」…).
bool joinsWithoutSpace(char32_t c)
{
    return isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x2014
           || c == 0x2026 || c == 0x201C || c == 0x201D;
}

char32_t lastCharacter(cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return 0;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node));
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.last();
}

char32_t firstCharacter(cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return 0;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node));
    const QList<uint> ucs4 = text.left(2).toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.first();
}

} // namespace

// Fills a ParsedDocument from one text.
class DocumentBuilder
{
public:
    DocumentBuilder(ParsedDocument &document, const QString &text)
        : m_doc(document)
        , m_text(text)
        , m_map(text)
    {
    }

    void build()
    {
        const QByteArray utf8 = m_text.toUtf8();
        QByteArray masked = utf8;
        // cmark reads a NUL as U+FFFD, three bytes: every position after it would shift.
        masked.replace('\0', '?');
        const ByteRange front = frontMatter(masked);
        if (front.end > 0)
            blankOut(masked, front, ' ');

        const int parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES;
        cmark::Tree tree = cmark::parse(masked, parseOptions);
        if (masked.contains('$')) {
            collectMath(tree.root.get(), masked);
            QList<MaskedMath> masks;
            for (const MaskedMath &math : std::as_const(m_maskedMath)) {
                if (canMask(masked, math)) {
                    maskMath(masked, math);
                    masks.append(math);
                }
            }
            m_maskedMath = masks;
            if (!m_maskedMath.isEmpty()) {
                tree = cmark::parse(masked, parseOptions);
                findMathNodes(tree.root.get());
            }
        }

        m_doc.m_lines.resize(m_map.lineCount());
        m_doc.m_lineHashes.resize(m_map.lineCount());
        for (int line = 0; line < m_map.lineCount(); ++line)
            m_doc.m_lineHashes[line] =
                qHash(QStringView(m_text).mid(m_map.lineStart(line), m_map.lineLength(line)));
        if (front.end > 0)
            addLines(1, m_map.lineOf(m_map.positionOfByte(front.end)) + 1, SpanKind::FrontMatter);
        for (const MaskedMath &math : std::as_const(m_maskedMath)) {
            const int start = m_map.positionOfByte(math.whole.begin);
            const int end = m_map.positionOfByte(math.whole.end);
            const int texStart = m_map.positionOfByte(math.content.begin);
            const int texEnd = m_map.positionOfByte(math.content.end);
            QString tex = m_text.mid(texStart, texEnd - texStart);
            if (math.inQuote) {
                // Display math over several lines of a quote: the "> " of
                // each line belongs to the quote, not to the TeX.
                static const QRegularExpression quoteMarks(QStringLiteral("\n[ \t]*(?:>[ \t]?)+"));
                tex.replace(quoteMarks, QStringLiteral("\n"));
            }
            m_doc.m_math.append({start, end - start, math.display, tex.trimmed()});
            addRange(start, end, SpanKind::Math);
        }

        fixTableAfterParagraph(tree.root.get());
        walk(tree.root.get());
        rewriteForHtml(tree.root.get());
        renderBlocks(tree);
        m_doc.m_stats = countText(m_text);
        for (QList<LineSpan> &spans : m_doc.m_lines)
            std::stable_sort(spans.begin(), spans.end(), [](const LineSpan &a, const LineSpan &b) {
                return a.start < b.start;
            });
    }

private:
    // Inline text where $ may open math: paragraphs, headings and tables.
    void collectMath(cmark_node *root, const QByteArray &source)
    {
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER)
                continue;
            const cmark_node_type type = cmark_node_get_type(node);
            const bool inlineText = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
                                    || std::strcmp(typeName(node), "table") == 0;
            if (!inlineText || cmark_node_get_start_line(node) < 1)
                continue;
            const int begin = m_map.lineStartByte(cmark_node_get_start_line(node) - 1)
                              + cmark_node_get_start_column(node) - 1;
            int end =
                std::min(int(source.size()), m_map.lineStartByte(cmark_node_get_end_line(node) - 1)
                                                 + cmark_node_get_end_column(node));
            if (type == CMARK_NODE_HEADING) {
                // cmark-gfm ends a setext heading where the paragraph right
                // after it ends: its text ends with the line of its last inline.
                int last = cmark_node_get_start_line(node);
                for (cmark_node *child = cmark_node_first_child(node); child;
                     child = cmark_node_next(child))
                    last = std::max(last, cmark_node_get_end_line(child));
                if (last < m_map.lineCount())
                    end = std::min(end, m_map.lineStartByte(last));
            }
            const qsizetype before = m_maskedMath.size();
            if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
                findMath(source, {begin, end}, m_maskedMath);
            } else {
                // A table: row by row, so that a $ in one row never pairs
                // with one in another (or masks the delimiter row).
                const int last = std::min(cmark_node_get_end_line(node), m_map.lineCount());
                for (int line = cmark_node_get_start_line(node); line <= last; ++line) {
                    const int from = std::max(begin, m_map.lineStartByte(line - 1));
                    const int to =
                        line < m_map.lineCount() ? m_map.lineStartByte(line) : int(source.size());
                    findMath(source, {from, std::min(to, end)}, m_maskedMath);
                }
            }
            bool inQuote = false;
            for (cmark_node *up = cmark_node_parent(node); up; up = cmark_node_parent(up))
                inQuote = inQuote || cmark_node_get_type(up) == CMARK_NODE_BLOCK_QUOTE;
            for (qsizetype i = before; i < m_maskedMath.size(); ++i)
                m_maskedMath[i].inQuote = inQuote;
        }
        cmark_iter_free(iter);
    }

    // Which code node each masked formula became: the one that starts
    // where the formula's TeX starts; any left over are paired in order.
    void findMathNodes(cmark_node *root)
    {
        QHash<QPair<int, int>, int> byPlace;
        for (qsizetype i = 0; i < m_maskedMath.size(); ++i) {
            const int byte = m_maskedMath[i].content.begin;
            const int line = m_map.lineOfByte(byte);
            byPlace.insert({line + 1, byte - m_map.lineStartByte(line) + 1}, int(i));
        }
        QList<cmark_node *> unplaced;
        QSet<int> used;
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE
                || !isMaskedMath(node))
                continue;
            const auto found = byPlace.constFind(
                {cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
            if (found != byPlace.cend() && !used.contains(*found)) {
                m_mathNodes.insert(node, *found);
                used.insert(*found);
            } else {
                unplaced.append(node);
            }
        }
        cmark_iter_free(iter);
        int next = 0;
        for (cmark_node *node : std::as_const(unplaced)) {
            while (next < m_maskedMath.size() && used.contains(next))
                ++next;
            if (next < m_maskedMath.size())
                m_mathNodes.insert(node, next++);
        }
    }

    // A heading's text for the outline, with formulas as their TeX.
    void appendHeadingText(cmark_node *node, QByteArray &out) const
    {
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child)) {
            const cmark_node_type type = cmark_node_get_type(child);
            const auto math = m_mathNodes.constFind(child);
            if (math != m_mathNodes.cend())
                out += m_doc.m_math.value(*math).tex.toUtf8();
            else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
                out += ' ';
            else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
                out += cmark_node_get_literal(child);
            else
                appendHeadingText(child, out);
        }
    }

    // cmark-gfm misplaces a paragraph that runs straight into a table (its
    // issue #222): the paragraph gets line 0, its inlines one line and one
    // column short, and the table starts on the paragraph's first line. The
    // real lines are read off the source: the paragraph goes from after the
    // block before it to the table's header, which is the line above the
    // delimiter row.
    void fixTableAfterParagraph(cmark_node *root)
    {
        static const QRegularExpression delimiterRow(QStringLiteral(
            "^[ \\t>]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$"));
        int previousEnd = 0;
        for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
            cmark_node *next = cmark_node_next(node);
            if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
                && cmark_node_get_start_line(node) == 0 && next
                && std::strcmp(typeName(next), "table") == 0) {
                int start = previousEnd + 1;
                while (start < m_map.lineCount() && lineText(start).trimmed().isEmpty())
                    ++start;
                int header = std::max(start + 1, cmark_node_get_start_line(next));
                while (header < m_map.lineCount()
                       && !delimiterRow.match(lineText(header + 1)).hasMatch())
                    ++header;
                m_realStart.insert(node, start);
                m_realStart.insert(next, header);
                m_paragraphBase.insert(node, start);
                previousEnd = header - 1;
                continue;
            }
            if (cmark_node_get_end_line(node) > 0)
                previousEnd = cmark_node_get_end_line(node);
        }
    }

    QString lineText(int line) const // 1-based
    {
        return m_text.mid(m_map.lineStart(line - 1), m_map.lineLength(line - 1));
    }

    // The top-level block a node is in, if cmark placed it wrongly.
    cmark_node *misplacedAncestor(cmark_node *node) const
    {
        if (m_realStart.isEmpty())
            return nullptr;
        for (cmark_node *up = node; up; up = cmark_node_parent(up)) {
            if (m_realStart.contains(up))
                return up;
        }
        return nullptr;
    }

    int lineOf(cmark_node *node, bool end) const
    {
        const int line = end ? cmark_node_get_end_line(node) : cmark_node_get_start_line(node);
        if (cmark_node *top = misplacedAncestor(node); top && m_paragraphBase.contains(top))
            return node == top ? m_realStart.value(top) : m_paragraphBase.value(top) + line;
        return line;
    }

    int columnOf(cmark_node *node, bool end) const
    {
        const int column =
            end ? cmark_node_get_end_column(node) : cmark_node_get_start_column(node);
        if (cmark_node *top = misplacedAncestor(node);
            top && top != node && m_paragraphBase.contains(top))
            return column + 1;
        return column;
    }

    int startOf(cmark_node *node) const
    {
        return m_map.position(lineOf(node, false), columnOf(node, false));
    }
    // cmark's end column is inclusive: the position after that byte.
    int endOf(cmark_node *node) const
    {
        return m_map.position(lineOf(node, true), columnOf(node, true) + 1);
    }

    // Whole lines, 1-based inclusive as cmark counts them.
    void addLines(int first, int last, SpanKind kind)
    {
        for (int line = std::max(first, 1); line <= std::min(last, m_map.lineCount()); ++line) {
            const int length = m_map.lineLength(line - 1);
            if (length > 0)
                m_doc.m_lines[line - 1].append({0, length, kind});
        }
    }

    // A stretch of the text, split at line ends.
    void addRange(int start, int end, SpanKind kind)
    {
        if (end <= start)
            return;
        for (int line = m_map.lineOf(start); line < m_map.lineCount(); ++line) {
            const int lineStart = m_map.lineStart(line);
            if (lineStart >= end)
                break;
            const int from = std::max(start, lineStart) - lineStart;
            const int to = std::min(end, lineStart + m_map.lineLength(line)) - lineStart;
            if (to > from)
                m_doc.m_lines[line].append({from, to - from, kind});
        }
    }

    void walk(cmark_node *root)
    {
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER || lineOf(node, false) <= 0)
                continue;
            // Inside a misplaced table's header cells the columns are wrong too.
            cmark_node *top = misplacedAncestor(node);
            if (top && !m_paragraphBase.contains(top) && top != node
                && std::strcmp(typeName(node), "table_header") != 0
                && std::strcmp(typeName(node), "table_row") != 0
                && std::strcmp(typeName(node), "table_cell") != 0
                && cmark_node_get_start_line(node) == cmark_node_get_start_line(top))
                continue;
            visit(node);
        }
        cmark_iter_free(iter);
    }

    void visit(cmark_node *node)
    {
        const int first = cmark_node_get_start_line(node);
        const int last = cmark_node_get_end_line(node);
        const char *name = typeName(node);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            const int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
            addLines(first, last, SpanKind(int(SpanKind::Heading1) + level - 1));
            QByteArray text;
            appendHeadingText(node, text);
            m_doc.m_outline.append(
                {level, QString::fromUtf8(text).simplified(), first - 1, startOf(node)});
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            visitCodeBlock(node, first, last);
            break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_BLOCK_QUOTE:
            addLines(first, last, spanKindOf(cmark_node_get_type(node)));
            break;
        case CMARK_NODE_ITEM:
            visitItem(node);
            break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_HTML_INLINE:
            addRange(startOf(node), endOf(node), spanKindOf(cmark_node_get_type(node)));
            break;
        case CMARK_NODE_CODE:
            if (!m_mathNodes.contains(node))
                visitCodeSpan(node);
            break;
        default:
            if (std::strcmp(name, "strikethrough") == 0) {
                addRange(startOf(node), endOf(node), SpanKind::Strikethrough);
            } else if (std::strcmp(name, "table") == 0) {
                addLines(m_realStart.value(node, first), last, SpanKind::Table);
            } else if (std::strcmp(name, "table_header") == 0
                       || (std::strcmp(name, "table_row") == 0
                           && cmark_gfm_extensions_get_table_row_is_header(node))) {
                const cmark_node *table = cmark_node_parent(node);
                const int header = m_realStart.value(const_cast<cmark_node *>(table), first);
                addLines(header, header + (last - first), SpanKind::TableHeader);
            }
        }
    }

    void visitCodeBlock(cmark_node *node, int first, int last)
    {
        int fenceLength = 0, fenceOffset = 0;
        char fenceChar = 0;
        QString language = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
        language = language.section(QLatin1Char(' '), 0, 0);
        if (!cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar)) {
            addLines(first, last, SpanKind::CodeBlock);
            m_doc.m_codeBlocks.append({first - 1, last - 1, language});
            return;
        }
        addLines(first, first, SpanKind::CodeFence);
        // The block runs to the end of the text when its fence is never closed.
        // (In a quote or a list the fence comes after the container's marks.)
        static const QRegularExpression containerMarks(
            QStringLiteral("^[ \\t]*(?:>[ \\t]?)*[ \\t]*"));
        const QString lastLine = m_text.mid(m_map.lineStart(last - 1), m_map.lineLength(last - 1))
                                     .remove(containerMarks)
                                     .trimmed();
        const bool closed =
            last > first && lastLine.startsWith(QString(fenceLength, QLatin1Char(fenceChar)));
        if (closed)
            addLines(last, last, SpanKind::CodeFence);
        const int contentLast = closed ? last - 1 : last;
        addLines(first + 1, contentLast, SpanKind::CodeBlock);
        m_doc.m_codeBlocks.append({first, contentLast - 1, language});
    }

    // The list marker ("- ", "1. ") and the task box ("[ ]", "[x]").
    void visitItem(cmark_node *item)
    {
        const int start = startOf(item);
        const int line = m_map.lineOf(start);
        int end = m_map.lineStart(line) + m_map.lineLength(line);
        cmark_node *child = cmark_node_first_child(item);
        if (child && cmark_node_get_start_line(child) == cmark_node_get_start_line(item))
            end = std::min(end, startOf(child));
        const bool task = std::strcmp(typeName(item), "tasklist") == 0;
        const int box = task ? int(m_text.indexOf(QLatin1Char('['), start)) : -1;
        if (box >= start && box + 3 <= end) {
            addRange(start, box, SpanKind::ListMarker);
            addRange(box, box + 3,
                     cmark_gfm_extensions_get_tasklist_item_checked(item) ? SpanKind::TaskDone
                                                                          : SpanKind::TaskOpen);
        } else {
            addRange(start, end, SpanKind::ListMarker);
        }
    }

    // cmark places a code span at its content; the backticks belong to it too.
    void visitCodeSpan(cmark_node *node)
    {
        int start = startOf(node);
        int end = endOf(node);
        while (start > 0 && m_text[start - 1] == QLatin1Char('`'))
            --start;
        while (end < m_text.size() && m_text[end] == QLatin1Char('`'))
            ++end;
        addRange(start, end, SpanKind::Code);
    }

    // The HTML, block by block. Footnotes are gathered from the whole
    // document, so a document with footnotes is one block.
    void renderBlocks(const cmark::Tree &tree)
    {
        cmark_node *root = tree.root.get();
        bool footnotes = false;
        for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node))
            footnotes = footnotes || cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION;
        QHash<QString, int> seen;
        auto addBlock = [&](const QByteArray &html, int firstLine) {
            const QByteArray relative = relativeLines(html, firstLine - 1);
            QString key = QString::number(qHash(relative, 0x5eed), 16);
            if (const int n = seen[key]++; n > 0)
                key += QLatin1Char('.') + QString::number(n);
            m_doc.m_blocks.append({key, firstLine, QString::fromUtf8(relative)});
        };
        if (footnotes) {
            const QByteArray html = withMath(cmark::renderHtml(tree, CMARK_OPT_SOURCEPOS));
            m_doc.m_html = QString::fromUtf8(html);
            addBlock(html, 1);
            return;
        }
        QByteArray all;
        for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
            const QByteArray html = withMath(cmark::renderHtml(tree, CMARK_OPT_SOURCEPOS, node));
            all += html;
            addBlock(html, std::max(1, m_realStart.value(node, cmark_node_get_start_line(node))));
        }
        m_doc.m_html = QString::fromUtf8(all);
    }

    // The KaTeX placeholders in for the formulas' code spans.
    QByteArray withMath(const QByteArray &html) const
    {
        static const QByteArray open = QByteArrayLiteral("<code>") + kFiller + 'M';
        if (!html.contains(open))
            return html;
        QByteArray out;
        qsizetype from = 0;
        for (qsizetype at = html.indexOf(open); at >= 0; at = html.indexOf(open, from)) {
            const qsizetype digits = at + open.size();
            const qsizetype close = html.indexOf(kFiller + QByteArrayLiteral("</code>"), digits);
            if (close < 0)
                break;
            const int index = QByteArrayView(html).sliced(digits, close - digits).toInt();
            const MathSpan &math = m_doc.m_math.value(index);
            out += QByteArrayView(html).sliced(from, at - from);
            out += QByteArrayLiteral("<span class=\"math-") + (math.display ? "display" : "inline")
                   + "\">" + math.tex.toHtmlEscaped().toUtf8() + "</span>";
            from = close + 8; // the filler and </code>
        }
        out += QByteArrayView(html).sliced(from);
        return out;
    }

    // data-sourcepos="L1:C1-L2:C2" with `offset` taken off both lines.
    static QByteArray relativeLines(const QByteArray &html, int offset)
    {
        if (offset == 0)
            return html;
        static const QByteArray marker = QByteArrayLiteral("data-sourcepos=\"");
        QByteArray out;
        out.reserve(html.size());
        qsizetype from = 0;
        for (qsizetype at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, from)) {
            qsizetype i = at + marker.size();
            out += QByteArrayView(html).sliced(from, i - from);
            for (int field = 0; field < 4; ++field) {
                qsizetype end = i;
                while (end < html.size() && html[end] >= '0' && html[end] <= '9')
                    ++end;
                const QByteArrayView digits = QByteArrayView(html).sliced(i, end - i);
                if (field % 2 == 0)
                    out += QByteArray::number(std::max(1, digits.toInt() - offset));
                else
                    out += digits;
                if (end < html.size() && field < 3)
                    out += html[end++]; // ':' or '-'
                i = end;
            }
            from = i;
        }
        out += QByteArrayView(html).sliced(from);
        return out;
    }

    // What the preview needs that plain cmark HTML lacks: math placeholders
    // for KaTeX, and no space for a line break between Chinese characters.
    void rewriteForHtml(cmark_node *root)
    {
        QList<cmark_node *> maths, breaks;
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER)
                continue;
            if (m_mathNodes.contains(node))
                maths.append(node);
            else if (cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK
                     && joinsWithoutSpace(lastCharacter(cmark_node_previous(node)))
                     && joinsWithoutSpace(firstCharacter(cmark_node_next(node))))
                breaks.append(node);
        }
        cmark_iter_free(iter);

        // A formula's code node renders as <code>␟M<n>␟</code>, which
        // withMath() swaps for the KaTeX placeholder. (Table cells take no
        // custom nodes, so the swap is done on the HTML.)
        for (cmark_node *node : std::as_const(maths)) {
            const QByteArray token = kFiller + QByteArrayLiteral("M")
                                     + QByteArray::number(m_mathNodes.value(node)) + kFiller;
            cmark_node_set_literal(node, token.constData());
        }
        for (cmark_node *node : std::as_const(breaks))
            cmark_node_free(node);
    }

    ParsedDocument &m_doc;
    const QString &m_text;
    SourceMap m_map;
    QList<MaskedMath> m_maskedMath;
    QHash<cmark_node *, int> m_realStart;     // blocks cmark placed wrongly → first line
    QHash<cmark_node *, int> m_paragraphBase; // such paragraphs → line their inlines count from
    QHash<cmark_node *, int> m_mathNodes;     // masked code node → its formula's index
};

std::shared_ptr<const ParsedDocument> ParsedDocument::parse(const QString &text, quint64 revision)
{
    auto document = std::make_shared<ParsedDocument>();
    document->m_revision = revision;
    DocumentBuilder(*document, text).build();
    return document;
}

const QList<LineSpan> &ParsedDocument::lineSpans(int line) const
{
    static const QList<LineSpan> none;
    return line >= 0 && line < m_lines.size() ? m_lines[line] : none;
}

} // namespace waypoint::markdown
