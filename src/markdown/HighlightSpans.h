#pragma once

// The editor's highlighting of one parse, line by line, and the code blocks
// found on the way (internal to this folder).

#include "ParsedDocument.h"

#include <cmark-gfm.h>

#include <QHash>
#include <QList>
#include <QString>

namespace waypoint::markdown {

class NodePositions;
class SourceMap;

class HighlightSpans
{
public:
    HighlightSpans(const QString &text, const SourceMap &map, const NodePositions &positions);

    // Whole lines, 1-based inclusive as cmark counts them.
    void addLines(int first, int last, SpanKind kind);
    // A stretch of the text (UTF-16 offsets), split at line ends.
    void addRange(int start, int end, SpanKind kind);
    // The spans of every node of the tree; the formulas' code nodes are left
    // to whoever adds the math.
    void addTree(cmark_node *root, const QHash<cmark_node *, int> &mathNodes);

    // Each line's spans by start; those with the same start in the order added.
    QList<QList<LineSpan>> takeLines();
    QList<CodeBlock> takeCodeBlocks() { return std::move(m_codeBlocks); }

private:
    void visit(cmark_node *node);
    void visitCodeBlock(cmark_node *node, int first, int last);
    void visitItem(cmark_node *item);
    void visitCodeSpan(cmark_node *node);

    const QString &m_text;
    const SourceMap &m_map;
    const NodePositions &m_positions;
    QList<QList<LineSpan>> m_lines;
    QList<CodeBlock> m_codeBlocks;
};

} // namespace waypoint::markdown
