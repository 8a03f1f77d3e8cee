#include "MarkdownText.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace waypoint::markdown {

namespace {

void registerExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

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

const char *const gfmExtensions[] = {"table", "tasklist", "strikethrough", "autolink"};

struct Parsed
{
    ParserPtr parser; // owns the extension list the tree refers to
    NodePtr root;
};

Parsed parse(const QString &markdown, int options)
{
    registerExtensions();
    ParserPtr parser(cmark_parser_new(options));
    for (const char *name : gfmExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    NodePtr root(cmark_parser_finish(parser.get()));
    return {std::move(parser), std::move(root)};
}

void appendText(cmark_node *node, QByteArray &out)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += cmark_node_get_literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        default:
            appendText(child, out);
        }
    }
}

} // namespace

QString firstHeading(const QString &markdown)
{
    const Parsed parsed = parse(markdown, CMARK_OPT_DEFAULT);
    for (cmark_node *node = cmark_node_first_child(parsed.root.get()); node;
         node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            QByteArray text;
            appendText(node, text);
            return QString::fromUtf8(text).simplified();
        }
    }
    return {};
}

QString toHtml(const QString &markdown)
{
    const Parsed parsed = parse(markdown, CMARK_OPT_DEFAULT);
    char *html = cmark_render_html(parsed.root.get(), CMARK_OPT_DEFAULT,
                                   cmark_parser_get_syntax_extensions(parsed.parser.get()));
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace waypoint::markdown
