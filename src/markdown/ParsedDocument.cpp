#include "ParsedDocument.h"

#include "HighlightSpans.h"
#include "MaskedParse.h"
#include "NodePositions.h"
#include "Outline.h"
#include "PreviewHtml.h"
#include "SourceMap.h"

namespace waypoint::markdown {

// Fills a ParsedDocument from one text: one parse, then each reading of the
// tree in its own unit.
class DocumentBuilder
{
public:
    static void build(ParsedDocument &doc, const QString &text)
    {
        const SourceMap map(text);
        MaskedParse parse = parseMasked(text, map);
        cmark_node *root = parse.tree.root.get();

        doc.m_lineHashes.resize(map.lineCount());
        for (int line = 0; line < map.lineCount(); ++line)
            doc.m_lineHashes[line] =
                qHash(QStringView(text).mid(map.lineStart(line), map.lineLength(line)));

        const NodePositions positions(text, map, root);
        HighlightSpans spans(text, map, positions);
        if (parse.frontMatterLastLine > 0)
            spans.addLines(1, parse.frontMatterLastLine, SpanKind::FrontMatter);
        for (const MathSpan &math : std::as_const(parse.math))
            spans.addRange(math.position, math.position + math.length, SpanKind::Math);
        spans.addTree(root, parse.mathNodes);
        doc.m_lines = spans.takeLines();
        doc.m_codeBlocks = spans.takeCodeBlocks();
        doc.m_outline = outlineOf(root, positions, parse.math, parse.mathNodes);

        PreviewHtml preview = renderPreviewHtml(parse.tree, positions, parse.math, parse.mathNodes);
        doc.m_html = std::move(preview.html);
        doc.m_blocks = std::move(preview.blocks);
        doc.m_math = std::move(parse.math);
        doc.m_stats = countText(text);
    }
};

std::shared_ptr<const ParsedDocument> ParsedDocument::parse(const QString &text, quint64 revision)
{
    auto document = std::make_shared<ParsedDocument>();
    document->m_revision = revision;
    DocumentBuilder::build(*document, text);
    return document;
}

const QList<LineSpan> &ParsedDocument::lineSpans(int line) const
{
    static const QList<LineSpan> none;
    return line >= 0 && line < m_lines.size() ? m_lines[line] : none;
}

} // namespace waypoint::markdown
