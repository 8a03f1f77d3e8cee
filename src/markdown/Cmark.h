#pragma once

// cmark-gfm plumbing shared by this folder's sources (not used elsewhere).

#include <cmark-gfm.h>

#include <QByteArray>
#include <memory>

namespace waypoint::markdown::cmark {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;

struct Tree
{
    ParserPtr parser; // owns the extension list the tree refers to
    NodePtr root;
};

// Parses UTF-8 Markdown with the GFM extensions: table, tasklist,
// strikethrough, autolink.
Tree parse(const QByteArray &utf8, int options);

// The text of a node's inline content, marks dropped, line breaks as spaces.
void appendText(cmark_node *node, QByteArray &out);

// Renders a tree, or one node of it, to HTML and frees cmark's buffer.
QByteArray renderHtml(const Tree &tree, int options, cmark_node *node = nullptr);

// A node's type as cmark names it ("table", "tasklist"…); extensions' nodes
// have no cmark_node_type of their own.
inline const char *typeName(cmark_node *node)
{
    const char *name = cmark_node_get_type_string(node);
    return name ? name : "";
}

} // namespace waypoint::markdown::cmark
