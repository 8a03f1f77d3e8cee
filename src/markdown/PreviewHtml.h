#pragma once

// The preview's HTML of one parse (internal to this folder).

#include "Cmark.h"
#include "ParsedDocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace waypoint::markdown {

class NodePositions;

struct PreviewHtml
{
    QString html;
    QList<HtmlBlock> blocks;
};

// The HTML of the whole tree and of each top-level block: math as KaTeX
// placeholders, no space for a line break between Chinese characters. It
// changes the tree to get there, so it runs after everything else read it.
PreviewHtml renderPreviewHtml(cmark::Tree &tree, const NodePositions &positions,
                              const QList<MathSpan> &math,
                              const QHash<cmark_node *, int> &mathNodes);

} // namespace waypoint::markdown
