// The Markdown layer: one parse for highlighting, outline, math and HTML;
// the first heading; what a post refers to. Inputs starting with a UTF-16LE
// byte order mark are read as UTF-16, lone surrogates and all.

#include "FuzzSupport.h"
#include "markdown/Cmark.h"
#include "markdown/MarkdownText.h"
#include "markdown/ParsedDocument.h"
#include "markdown/SourceMap.h"

#include <QSet>
#include <algorithm>

using namespace waypoint;
using namespace waypoint::markdown;

namespace {

// The contract of firstHeading(), without its shortcut through beginnings
// of the text: the first top-level heading of the whole text.
QString firstHeadingOfWhole(const QString &text)
{
    const cmark::Tree tree = cmark::parse(text.toUtf8(), CMARK_OPT_SOURCEPOS);
    for (cmark_node *node = cmark_node_first_child(tree.root.get()); node;
         node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            QByteArray out;
            cmark::appendText(node, out);
            return QString::fromUtf8(out).simplified();
        }
    }
    return {};
}

void check(const QString &text)
{
    const std::shared_ptr<const ParsedDocument> doc = ParsedDocument::parse(text, 7);
    const SourceMap map(text);
    FUZZ_CHECK(doc->revision() == 7);
    FUZZ_CHECK(doc->lineCount() == map.lineCount());

    for (int line = 0; line < doc->lineCount(); ++line) {
        const int length = map.lineLength(line);
        int previous = 0;
        for (const LineSpan &span : doc->lineSpans(line)) {
            FUZZ_CHECK(span.start >= 0 && span.length > 0 && span.start + span.length <= length);
            FUZZ_CHECK(span.start >= previous);
            FUZZ_CHECK(int(span.kind) >= 0 && int(span.kind) < spanKindCount);
            previous = span.start;
        }
        FUZZ_CHECK(doc->lineHash(line)
                   == qHash(QStringView(text).mid(map.lineStart(line), length)));
    }
    FUZZ_CHECK(doc->lineSpans(-1).isEmpty() && doc->lineSpans(doc->lineCount()).isEmpty());

    // Math: $…$ or $$…$$ of the text itself, never overlapping. (In source
    // order but for footnotes, which cmark-gfm moves to the end.)
    QList<MathSpan> maths = doc->math();
    std::sort(maths.begin(), maths.end(),
              [](const MathSpan &a, const MathSpan &b) { return a.position < b.position; });
    int mathEnd = 0;
    for (const MathSpan &math : std::as_const(maths)) {
        FUZZ_CHECK(math.position >= mathEnd);
        FUZZ_CHECK(math.length >= (math.display ? 4 : 2));
        FUZZ_CHECK(math.position + math.length <= text.size());
        const QStringView whole = QStringView(text).mid(math.position, math.length);
        const QLatin1StringView dollars(math.display ? "$$" : "$");
        FUZZ_CHECK(whole.startsWith(dollars) && whole.endsWith(dollars));
        FUZZ_CHECK(!math.tex.isEmpty() || whole.size() > 2 * dollars.size());
        mathEnd = math.position + math.length;
    }

    for (const Heading &heading : doc->outline()) {
        FUZZ_CHECK(heading.level >= 1 && heading.level <= 6);
        FUZZ_CHECK(heading.line >= 0 && heading.line < doc->lineCount());
        FUZZ_CHECK(heading.position >= 0 && heading.position <= text.size());
    }
    for (const CodeBlock &block : doc->codeBlocks())
        FUZZ_CHECK(block.firstLine >= 0 && block.lastLine >= block.firstLine - 1
                   && block.lastLine < doc->lineCount());

    QSet<QString> keys;
    for (const HtmlBlock &block : doc->htmlBlocks()) {
        FUZZ_CHECK(block.firstLine >= 1);
        FUZZ_CHECK(!keys.contains(block.key));
        keys.insert(block.key);
    }
    // Raw HTML is left out of what the preview shows.
    FUZZ_CHECK(!doc->html().contains(QLatin1String("<script"), Qt::CaseInsensitive));
    FUZZ_CHECK(toHtml(text) == doc->html()); // one parse gives one HTML

    const TextStats &stats = doc->stats();
    FUZZ_CHECK(stats.cjkCharacters >= 0 && stats.latinWords >= 0);
    FUZZ_CHECK(stats.cjkCharacters <= stats.characters && stats.latinWords <= stats.characters);

    const References references = markdown::references(text);
    for (const auto &[first, last] : references.fencedCode)
        FUZZ_CHECK(first >= 1 && first <= last && last <= map.lineCount());
    for (const QString &image : references.images)
        FUZZ_CHECK(!image.isEmpty() && references.images.count(image) == 1);

    FUZZ_CHECK(firstHeading(text) == firstHeadingOfWhole(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe)
        check(fuzz::utf16Of(data + 2, size - 2));
    else
        check(fuzz::textOf(data, size));
    return 0;
}
