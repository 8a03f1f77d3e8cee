#include "PreviewHtml.h"

#include "NodePositions.h"
#include "text/Cjk.h"

#include <algorithm>

namespace waypoint::markdown {

namespace {

// A formula's code node renders as <code>␟M<n>␟</code>, which withMath()
// swaps for the KaTeX placeholder. (Table cells take no custom nodes, so the
// swap is done on the HTML.)
constexpr char kToken = '\x1f';

// Characters around which a line break means nothing: CJK and full-width
// punctuation (。，、「」…).
bool joinsWithoutSpace(char32_t c)
{
    return text::isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x2014
           || c == 0x2026 || c == 0x201C || c == 0x201D;
}

char32_t lastCharacter(cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return 0;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node));
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.last();
}

char32_t firstCharacter(cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return 0;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node));
    const QList<uint> ucs4 = text.left(2).toUcs4();
    return ucs4.isEmpty() ? 0 : ucs4.first();
}

// What the preview needs that plain cmark HTML lacks: math tokens in the
// formulas' code nodes, and no soft break between Chinese characters.
void rewriteForHtml(cmark_node *root, const QHash<cmark_node *, int> &mathNodes)
{
    QList<cmark_node *> maths, breaks;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        if (mathNodes.contains(node))
            maths.append(node);
        else if (cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK
                 && joinsWithoutSpace(lastCharacter(cmark_node_previous(node)))
                 && joinsWithoutSpace(firstCharacter(cmark_node_next(node))))
            breaks.append(node);
    }
    cmark_iter_free(iter);

    for (cmark_node *node : std::as_const(maths)) {
        const QByteArray token =
            kToken + QByteArrayLiteral("M") + QByteArray::number(mathNodes.value(node)) + kToken;
        cmark_node_set_literal(node, token.constData());
    }
    for (cmark_node *node : std::as_const(breaks))
        cmark_node_free(node);
}

// The KaTeX placeholders in for the formulas' tokens.
QByteArray withMath(const QByteArray &html, const QList<MathSpan> &math)
{
    static const QByteArray open = QByteArrayLiteral("<code>") + kToken + 'M';
    if (!html.contains(open))
        return html;
    QByteArray out;
    qsizetype from = 0;
    for (qsizetype at = html.indexOf(open); at >= 0; at = html.indexOf(open, from)) {
        const qsizetype digits = at + open.size();
        const qsizetype close = html.indexOf(kToken + QByteArrayLiteral("</code>"), digits);
        if (close < 0)
            break;
        const int index = QByteArrayView(html).sliced(digits, close - digits).toInt();
        const MathSpan &formula = math.value(index);
        out += QByteArrayView(html).sliced(from, at - from);
        out += QByteArrayLiteral("<span class=\"math-") + (formula.display ? "display" : "inline")
               + "\">" + formula.tex.toHtmlEscaped().toUtf8() + "</span>";
        from = close + 8; // the token's end and </code>
    }
    out += QByteArrayView(html).sliced(from);
    return out;
}

// data-sourcepos="L1:C1-L2:C2" with `offset` taken off both lines.
QByteArray relativeLines(const QByteArray &html, int offset)
{
    if (offset == 0)
        return html;
    static const QByteArray marker = QByteArrayLiteral("data-sourcepos=\"");
    QByteArray out;
    out.reserve(html.size());
    qsizetype from = 0;
    for (qsizetype at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, from)) {
        qsizetype i = at + marker.size();
        out += QByteArrayView(html).sliced(from, i - from);
        for (int field = 0; field < 4; ++field) {
            qsizetype end = i;
            while (end < html.size() && html[end] >= '0' && html[end] <= '9')
                ++end;
            const QByteArrayView digits = QByteArrayView(html).sliced(i, end - i);
            if (field % 2 == 0)
                out += QByteArray::number(std::max(1, digits.toInt() - offset));
            else
                out += digits;
            if (end < html.size() && field < 3)
                out += html[end++]; // ':' or '-'
            i = end;
        }
        from = i;
    }
    out += QByteArrayView(html).sliced(from);
    return out;
}

} // namespace

// Block by block. Footnotes are gathered from the whole document, so a
// document with footnotes is one block.
PreviewHtml renderPreviewHtml(cmark::Tree &tree, const NodePositions &positions,
                              const QList<MathSpan> &math,
                              const QHash<cmark_node *, int> &mathNodes)
{
    cmark_node *root = tree.root.get();
    rewriteForHtml(root, mathNodes);
    PreviewHtml preview;
    bool footnotes = false;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node))
        footnotes = footnotes || cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION;
    QHash<QString, int> seen;
    auto addBlock = [&](const QByteArray &html, int firstLine) {
        const QByteArray relative = relativeLines(html, firstLine - 1);
        QString key = QString::number(qHash(relative, 0x5eed), 16);
        if (const int n = seen[key]++; n > 0)
            key += QLatin1Char('.') + QString::number(n);
        preview.blocks.append({key, firstLine, QString::fromUtf8(relative)});
    };
    if (footnotes) {
        const QByteArray html = withMath(cmark::renderHtml(tree, CMARK_OPT_SOURCEPOS), math);
        preview.html = QString::fromUtf8(html);
        addBlock(html, 1);
        return preview;
    }
    QByteArray all;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        const QByteArray html = withMath(cmark::renderHtml(tree, CMARK_OPT_SOURCEPOS, node), math);
        all += html;
        addBlock(html, std::max(1, positions.blockStart(node, cmark_node_get_start_line(node))));
    }
    preview.html = QString::fromUtf8(all);
    return preview;
}

} // namespace waypoint::markdown
