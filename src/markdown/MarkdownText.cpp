#include "MarkdownText.h"

#include "Cmark.h"
#include "ParsedDocument.h"

#include <cmark-gfm-core-extensions.h>

#include <QRegularExpression>
#include <mutex>
#include <optional>

namespace waypoint::markdown {

namespace cmark {

namespace {
const char *const gfmExtensions[] = {"table", "tasklist", "strikethrough", "autolink"};
}

Tree parse(const QByteArray &utf8, int options)
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
    ParserPtr parser(cmark_parser_new(options));
    for (const char *name : gfmExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
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

QByteArray renderHtml(const Tree &tree, int options, cmark_node *node)
{
    char *html = cmark_render_html(node ? node : tree.root.get(), options,
                                   cmark_parser_get_syntax_extensions(tree.parser.get()));
    QByteArray result(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace cmark

namespace {

// The first heading of a UTF-8 text, if it ends before the text's last line
// (or anywhere, when the text is complete).
std::optional<QString> headingIn(const QByteArray &utf8, bool complete)
{
    const cmark::Tree tree = cmark::parse(utf8, CMARK_OPT_SOURCEPOS);
    const int lastLine = int(utf8.count('\n')) + 1;
    for (cmark_node *node = cmark_node_first_child(tree.root.get()); node;
         node = cmark_node_next(node)) {
        if (!complete && cmark_node_get_end_line(node) >= lastLine - 1)
            return std::nullopt; // this block may go on past the cut
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            QByteArray text;
            cmark::appendText(node, text);
            return QString::fromUtf8(text).simplified();
        }
    }
    return complete ? std::optional<QString>(QString()) : std::nullopt;
}

} // namespace

QString firstHeading(const QString &markdown)
{
    // The title is asked for at every save; a long entry's first heading is
    // near its start, so growing beginnings of the text are parsed first.
    // Blocks that end before the cut read the same in the whole text.
    const QByteArray utf8 = markdown.toUtf8();
    for (qsizetype size = 4096; size < utf8.size() / 2; size *= 8) {
        const qsizetype cut = utf8.lastIndexOf('\n', size);
        if (cut <= 0)
            continue;
        // A bracket may be a reference link defined further on: then only
        // the whole text tells.
        if (const std::optional<QString> heading = headingIn(utf8.left(cut + 1), false);
            heading && !heading->contains(QLatin1Char('[')))
            return *heading;
    }
    return *headingIn(utf8, true);
}

QString toHtml(const QString &markdown)
{
    return ParsedDocument::parse(markdown)->html();
}

References references(const QString &markdown)
{
    static const QRegularExpression imgSource(
        QStringLiteral(R"re(<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    References result;
    const cmark::Tree tree = cmark::parse(markdown.toUtf8(), CMARK_OPT_SOURCEPOS);
    auto addImage = [&](const QString &url) {
        if (!url.isEmpty() && !result.images.contains(url))
            result.images.append(url);
    };
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(tree.root.get()),
                                                                 cmark_iter_free);
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_IMAGE:
            addImage(QString::fromUtf8(cmark_node_get_url(node)));
            break;
        case CMARK_NODE_CODE_BLOCK: {
            int length = 0, offset = 0;
            char fence = 0;
            if (cmark_node_get_fenced(node, &length, &offset, &fence))
                result.fencedCode.append(
                    {cmark_node_get_start_line(node), cmark_node_get_end_line(node)});
            break;
        }
        case CMARK_NODE_HEADING:
            if (result.firstHeading.isEmpty()) {
                QByteArray text;
                cmark::appendText(node, text);
                result.firstHeading = QString::fromUtf8(text).simplified();
            }
            break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
            const QString html = QString::fromUtf8(cmark_node_get_literal(node));
            for (auto it = imgSource.globalMatch(html); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                for (int group = 1; group <= 3; ++group)
                    if (match.capturedLength(group) > 0)
                        addImage(match.captured(group));
            }
            break;
        }
        default:
            break;
        }
    }
    return result;
}

} // namespace waypoint::markdown
