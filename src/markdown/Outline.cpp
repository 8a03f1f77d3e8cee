#include "Outline.h"

#include "NodePositions.h"

#include <QByteArray>
#include <algorithm>

namespace waypoint::markdown {

namespace {

// A heading's text, with formulas as their TeX.
void appendHeadingText(cmark_node *node, const QList<MathSpan> &math,
                       const QHash<cmark_node *, int> &mathNodes, QByteArray &out)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        const auto formula = mathNodes.constFind(child);
        if (formula != mathNodes.cend())
            out += math.value(*formula).tex.toUtf8();
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            out += ' ';
        else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            out += cmark_node_get_literal(child);
        else
            appendHeadingText(child, math, mathNodes, out);
    }
}

} // namespace

QList<Heading> outlineOf(cmark_node *root, const NodePositions &positions,
                         const QList<MathSpan> &math, const QHash<cmark_node *, int> &mathNodes)
{
    QList<Heading> outline;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING
            || positions.startLine(node) <= 0)
            continue;
        const int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
        QByteArray text;
        appendHeadingText(node, math, mathNodes, text);
        outline.append({level, QString::fromUtf8(text).simplified(),
                        cmark_node_get_start_line(node) - 1, positions.start(node)});
    }
    cmark_iter_free(iter);
    return outline;
}

} // namespace waypoint::markdown
