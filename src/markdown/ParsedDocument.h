#pragma once

#include "TextStats.h"

#include <QList>
#include <QString>
#include <memory>

namespace waypoint::markdown {

// What a stretch of source text is, for the editor's highlighting.
enum class SpanKind : quint8 {
    FrontMatter,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    CodeBlock,
    CodeFence,
    Html,
    BlockQuote,
    ThematicBreak,
    Table,
    TableHeader,
    ListMarker,
    TaskOpen,
    TaskDone,
    Emphasis,
    Strong,
    Strikethrough,
    Code,
    Link,
    Image,
    Math,
};
constexpr int spanKindCount = int(SpanKind::Math) + 1;

// A highlighted stretch of one line: start and length in UTF-16 units from
// the start of that line.
struct LineSpan
{
    int start = 0;
    int length = 0;
    SpanKind kind = SpanKind::Emphasis;
    friend bool operator==(const LineSpan &, const LineSpan &) = default;
};

struct Heading
{
    int level = 1;
    QString text;
    int line = 0;     // 0-based
    int position = 0; // UTF-16 offset of the heading's first character
    friend bool operator==(const Heading &, const Heading &) = default;
};

struct CodeBlock
{
    int firstLine = 0; // 0-based, inclusive: the code itself, not the fences
    int lastLine = -1;
    QString language;
};

struct MathSpan
{
    int position = 0; // UTF-16 offset of the opening $
    int length = 0;   // up to and with the closing $
    bool display = false;
    QString tex;
};

// One top-level block of the preview's HTML (a paragraph, a list, a table…).
// Its data-sourcepos lines count from the block's first line, so a block
// keeps its HTML, and its key, when lines are added above it.
struct HtmlBlock
{
    QString key;       // from its HTML; unique within one document
    int firstLine = 1; // 1-based source line of the block's start
    QString html;
};

// One parse of one version of a Markdown text, made off the GUI thread and
// then only read: the highlighter, the outline, the word count and the
// preview all take what they need from the same snapshot.
class ParsedDocument
{
public:
    static std::shared_ptr<const ParsedDocument> parse(const QString &text, quint64 revision = 0);

    quint64 revision() const { return m_revision; }
    // The preview's body HTML: GitHub-flavoured, raw HTML left out, block
    // elements carrying data-sourcepos="line:col-line:col" for scroll sync.
    const QString &html() const { return m_html; }
    // The same HTML cut into top-level blocks, for updating the preview a
    // block at a time.
    const QList<HtmlBlock> &htmlBlocks() const { return m_blocks; }
    const QList<Heading> &outline() const { return m_outline; }
    const TextStats &stats() const { return m_stats; }
    const QList<CodeBlock> &codeBlocks() const { return m_codeBlocks; }
    const QList<MathSpan> &math() const { return m_math; }

    int lineCount() const { return int(m_lines.size()); }
    // Sorted by start; spans may nest (a link inside a heading).
    const QList<LineSpan> &lineSpans(int line) const;
    // qHash of the line's text, to tell whether a line of the editor still
    // holds what this snapshot parsed.
    size_t lineHash(int line) const { return m_lineHashes.value(line); }

private:
    friend class DocumentBuilder;
    quint64 m_revision = 0;
    QString m_html;
    QList<HtmlBlock> m_blocks;
    QList<Heading> m_outline;
    TextStats m_stats;
    QList<CodeBlock> m_codeBlocks;
    QList<MathSpan> m_math;
    QList<QList<LineSpan>> m_lines;
    QList<size_t> m_lineHashes;
};

} // namespace waypoint::markdown
