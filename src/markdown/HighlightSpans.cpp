#include "HighlightSpans.h"

#include "Cmark.h"
#include "NodePositions.h"
#include "SourceMap.h"

#include <cmark-gfm-core-extensions.h>

#include <QRegularExpression>
#include <algorithm>
#include <cstring>

namespace waypoint::markdown {

namespace {

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

} // namespace

HighlightSpans::HighlightSpans(const QString &text, const SourceMap &map,
                               const NodePositions &positions)
    : m_text(text)
    , m_map(map)
    , m_positions(positions)
    , m_lines(map.lineCount())
{
}

void HighlightSpans::addLines(int first, int last, SpanKind kind)
{
    for (int line = std::max(first, 1); line <= std::min(last, m_map.lineCount()); ++line) {
        const int length = m_map.lineLength(line - 1);
        if (length > 0)
            m_lines[line - 1].append({0, length, kind});
    }
}

void HighlightSpans::addRange(int start, int end, SpanKind kind)
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
            m_lines[line].append({from, to - from, kind});
    }
}

void HighlightSpans::addTree(cmark_node *root, const QHash<cmark_node *, int> &mathNodes)
{
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || m_positions.startLine(node) <= 0
            || m_positions.inMisplacedHeader(node) || mathNodes.contains(node))
            continue;
        visit(node);
    }
    cmark_iter_free(iter);
}

QList<QList<LineSpan>> HighlightSpans::takeLines()
{
    for (QList<LineSpan> &spans : m_lines)
        std::stable_sort(spans.begin(), spans.end(),
                         [](const LineSpan &a, const LineSpan &b) { return a.start < b.start; });
    return std::move(m_lines);
}

void HighlightSpans::visit(cmark_node *node)
{
    const int first = cmark_node_get_start_line(node);
    const int last = cmark_node_get_end_line(node);
    const char *name = cmark::typeName(node);
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING: {
        const int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
        addLines(first, last, SpanKind(int(SpanKind::Heading1) + level - 1));
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
        addRange(m_positions.start(node), m_positions.end(node),
                 spanKindOf(cmark_node_get_type(node)));
        break;
    case CMARK_NODE_CODE:
        visitCodeSpan(node);
        break;
    default:
        if (std::strcmp(name, "strikethrough") == 0) {
            addRange(m_positions.start(node), m_positions.end(node), SpanKind::Strikethrough);
        } else if (std::strcmp(name, "table") == 0) {
            addLines(m_positions.blockStart(node, first), last, SpanKind::Table);
        } else if (std::strcmp(name, "table_header") == 0
                   || (std::strcmp(name, "table_row") == 0
                       && cmark_gfm_extensions_get_table_row_is_header(node))) {
            const int header = m_positions.blockStart(cmark_node_parent(node), first);
            addLines(header, header + (last - first), SpanKind::TableHeader);
        }
    }
}

void HighlightSpans::visitCodeBlock(cmark_node *node, int first, int last)
{
    int fenceLength = 0, fenceOffset = 0;
    char fenceChar = 0;
    QString language = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
    language = language.section(QLatin1Char(' '), 0, 0);
    if (!cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar)) {
        addLines(first, last, SpanKind::CodeBlock);
        m_codeBlocks.append({first - 1, last - 1, language});
        return;
    }
    addLines(first, first, SpanKind::CodeFence);
    // The block runs to the end of the text when its fence is never closed.
    // (In a quote or a list the fence comes after the container's marks.)
    static const QRegularExpression containerMarks(QStringLiteral("^[ \\t]*(?:>[ \\t]?)*[ \\t]*"));
    const QString lastLine = m_text.mid(m_map.lineStart(last - 1), m_map.lineLength(last - 1))
                                 .remove(containerMarks)
                                 .trimmed();
    const bool closed =
        last > first && lastLine.startsWith(QString(fenceLength, QLatin1Char(fenceChar)));
    if (closed)
        addLines(last, last, SpanKind::CodeFence);
    const int contentLast = closed ? last - 1 : last;
    addLines(first + 1, contentLast, SpanKind::CodeBlock);
    m_codeBlocks.append({first, contentLast - 1, language});
}

// The list marker ("- ", "1. ") and the task box ("[ ]", "[x]").
void HighlightSpans::visitItem(cmark_node *item)
{
    const int start = m_positions.start(item);
    const int line = m_map.lineOf(start);
    int end = m_map.lineStart(line) + m_map.lineLength(line);
    cmark_node *child = cmark_node_first_child(item);
    if (child && cmark_node_get_start_line(child) == cmark_node_get_start_line(item))
        end = std::min(end, m_positions.start(child));
    const bool task = std::strcmp(cmark::typeName(item), "tasklist") == 0;
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
void HighlightSpans::visitCodeSpan(cmark_node *node)
{
    int start = m_positions.start(node);
    int end = m_positions.end(node);
    while (start > 0 && m_text[start - 1] == QLatin1Char('`'))
        --start;
    while (end < m_text.size() && m_text[end] == QLatin1Char('`'))
        ++end;
    addRange(start, end, SpanKind::Code);
}

} // namespace waypoint::markdown
