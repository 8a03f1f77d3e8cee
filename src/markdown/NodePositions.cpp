#include "NodePositions.h"

#include "Cmark.h"
#include "SourceMap.h"

#include <QRegularExpression>
#include <algorithm>
#include <cstring>

namespace waypoint::markdown {

NodePositions::NodePositions(const QString &text, const SourceMap &map, cmark_node *root)
    : m_text(text)
    , m_map(map)
{
    fixTableAfterParagraph(root);
}

int NodePositions::start(cmark_node *node) const
{
    return m_map.position(lineOf(node, false), columnOf(node, false));
}

// cmark's end column is inclusive: the position after that byte.
int NodePositions::end(cmark_node *node) const
{
    return m_map.position(lineOf(node, true), columnOf(node, true) + 1);
}

bool NodePositions::inMisplacedHeader(cmark_node *node) const
{
    // The misplaced block with no base line for its inlines is the table; its
    // header cells' content is on the line cmark gave it, the paragraph's.
    cmark_node *top = misplacedAncestor(node);
    const char *name = cmark::typeName(node);
    return top && !m_paragraphBase.contains(top) && top != node
           && std::strcmp(name, "table_header") != 0 && std::strcmp(name, "table_row") != 0
           && std::strcmp(name, "table_cell") != 0
           && cmark_node_get_start_line(node) == cmark_node_get_start_line(top);
}

// cmark-gfm misplaces a paragraph that runs straight into a table (its
// issue #222): the paragraph gets line 0, its inlines one line and one
// column short, and the table starts on the paragraph's first line. The
// real lines are read off the source: the paragraph goes from after the
// block before it to the table's header, which is the line above the
// delimiter row.
void NodePositions::fixTableAfterParagraph(cmark_node *root)
{
    static const QRegularExpression delimiterRow(
        QStringLiteral("^[ \\t>]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$"));
    int previousEnd = 0;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        cmark_node *next = cmark_node_next(node);
        if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
            && cmark_node_get_start_line(node) == 0 && next
            && std::strcmp(cmark::typeName(next), "table") == 0) {
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

QString NodePositions::lineText(int line) const
{
    return m_text.mid(m_map.lineStart(line - 1), m_map.lineLength(line - 1));
}

// The top-level block a node is in, if cmark placed it wrongly.
cmark_node *NodePositions::misplacedAncestor(cmark_node *node) const
{
    if (m_realStart.isEmpty())
        return nullptr;
    for (cmark_node *up = node; up; up = cmark_node_parent(up)) {
        if (m_realStart.contains(up))
            return up;
    }
    return nullptr;
}

int NodePositions::lineOf(cmark_node *node, bool end) const
{
    const int line = end ? cmark_node_get_end_line(node) : cmark_node_get_start_line(node);
    if (cmark_node *top = misplacedAncestor(node); top && m_paragraphBase.contains(top))
        return node == top ? m_realStart.value(top) : m_paragraphBase.value(top) + line;
    return line;
}

int NodePositions::columnOf(cmark_node *node, bool end) const
{
    const int column = end ? cmark_node_get_end_column(node) : cmark_node_get_start_column(node);
    if (cmark_node *top = misplacedAncestor(node);
        top && top != node && m_paragraphBase.contains(top))
        return column + 1;
    return column;
}

} // namespace waypoint::markdown
