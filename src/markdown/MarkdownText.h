#pragma once

#include <QString>

namespace waypoint::markdown {

// The plain text of the first heading (ATX or setext) of a Markdown document,
// empty when it has none. Inline marks are dropped: "# Learning *Go*" → "Learning Go".
QString firstHeading(const QString &markdown);

// The HTML body the preview shows (see ParsedDocument::html): GitHub-flavoured
// (tables, task lists, strikethrough, autolinks), math as KaTeX placeholders,
// raw HTML left out.
QString toHtml(const QString &markdown);

} // namespace waypoint::markdown
