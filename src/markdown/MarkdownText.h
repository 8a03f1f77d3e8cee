#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace waypoint::markdown {

// The plain text of the first heading (ATX or setext) of a Markdown document,
// empty when it has none. Inline marks are dropped: "# Learning *Go*" → "Learning Go".
QString firstHeading(const QString &markdown);

// What a Markdown document points at and where its code is, as cmark-gfm
// reads it: for the blog importer, which must rewrite image links and leave
// code alone.
struct References
{
    // Image destinations as cmark resolved them (escapes and entities
    // undone), in order of first use, each once; also the src of <img> tags
    // in raw HTML.
    QStringList images;
    // Fenced code blocks: their lines (1-based, inclusive), fences included.
    QList<std::pair<int, int>> fencedCode;
    QString firstHeading;
};
References references(const QString &markdown);

// The HTML body the preview shows (see ParsedDocument::html): GitHub-flavoured
// (tables, task lists, strikethrough, autolinks), math as KaTeX placeholders,
// raw HTML left out.
QString toHtml(const QString &markdown);

} // namespace waypoint::markdown
