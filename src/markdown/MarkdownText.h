#pragma once

#include <QString>

namespace waypoint::markdown {

// The plain text of the first heading (ATX or setext) of a Markdown document,
// empty when it has none. Inline marks are dropped: "# Learning *Go*" → "Learning Go".
QString firstHeading(const QString &markdown);

// GitHub-flavoured HTML (tables, task lists, strikethrough, autolinks). Raw
// HTML in the source is not passed through.
QString toHtml(const QString &markdown);

} // namespace waypoint::markdown
