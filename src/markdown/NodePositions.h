#pragma once

// Where the nodes of one cmark-gfm tree are in the text (internal to this
// folder): cmark's lines and byte columns as QString positions, through the
// SourceMap, with what cmark-gfm places wrongly put right.

#include <cmark-gfm.h>

#include <QHash>
#include <QString>

namespace waypoint::markdown {

class SourceMap;

class NodePositions
{
public:
    // Reads the tree once, to find the blocks cmark-gfm placed wrongly.
    NodePositions(const QString &text, const SourceMap &map, cmark_node *root);

    // The node's first line (1-based, 0 when cmark gave it none).
    int startLine(cmark_node *node) const { return lineOf(node, false); }
    // The first line (1-based) of a block cmark placed wrongly; otherwise `fallback`.
    int blockStart(cmark_node *block, int fallback) const
    {
        return m_realStart.value(block, fallback);
    }
    // UTF-16 offsets of where the node starts and of just after it ends.
    int start(cmark_node *node) const;
    int end(cmark_node *node) const;
    // Whether the node is content of a header cell of a table cmark placed
    // wrongly: there the columns are wrong too, so it is best left alone.
    bool inMisplacedHeader(cmark_node *node) const;

private:
    void fixTableAfterParagraph(cmark_node *root);
    QString lineText(int line) const; // 1-based
    cmark_node *misplacedAncestor(cmark_node *node) const;
    int lineOf(cmark_node *node, bool end) const;
    int columnOf(cmark_node *node, bool end) const;

    const QString &m_text;
    const SourceMap &m_map;
    QHash<cmark_node *, int> m_realStart;     // blocks cmark placed wrongly → first line
    QHash<cmark_node *, int> m_paragraphBase; // such paragraphs → line their inlines count from
};

} // namespace waypoint::markdown
