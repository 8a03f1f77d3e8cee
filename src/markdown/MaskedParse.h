#pragma once

// The parse behind ParsedDocument (internal to this folder): cmark-gfm reads
// a copy of the text in which front matter and math are masked, so Markdown
// never touches either and every position cmark reports is still a position
// in the real text.

#include "Cmark.h"
#include "ParsedDocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace waypoint::markdown {

class SourceMap;

struct MaskedParse
{
    cmark::Tree tree;
    // The 1-based line the front matter ends on; 0 when there is none.
    int frontMatterLastLine = 0;
    // The formulas, in the order they were found (not always the text's:
    // cmark-gfm moves footnotes to the end).
    QList<MathSpan> math;
    // The code node each formula became → its index in math.
    QHash<cmark_node *, int> mathNodes;
};

// Parses `text` (whose map is `map`) with the GFM extensions and footnotes,
// source positions on.
MaskedParse parseMasked(const QString &text, const SourceMap &map);

} // namespace waypoint::markdown
