#pragma once

// The outline of one parse (internal to this folder).

#include "ParsedDocument.h"

#include <cmark-gfm.h>

#include <QHash>
#include <QList>

namespace waypoint::markdown {

class NodePositions;

// The headings of the tree in order, with their formulas as TeX. Reads the
// tree as parsed, so it runs before the HTML is rendered from it.
QList<Heading> outlineOf(cmark_node *root, const NodePositions &positions,
                         const QList<MathSpan> &math, const QHash<cmark_node *, int> &mathNodes);

} // namespace waypoint::markdown
