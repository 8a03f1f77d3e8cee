#include "MarkdownHighlighter.h"

#include "CodeHighlighter.h"

#include <QFontDatabase>
#include <QTextDocument>
#include <QVarLengthArray>

namespace waypoint {

using markdown::LineSpan;
using markdown::SpanKind;

namespace {

// The spans a block was last highlighted with, to tell which blocks a new
// parse changes.
struct AppliedSpans : QTextBlockUserData
{
    QList<LineSpan> spans;
};

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_parsed(markdown::ParsedDocument::parse(QString()))
    , m_code(CodeHighlighter::create())
{
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setParsed(std::shared_ptr<const markdown::ParsedDocument> parsed,
                                    bool isCurrent, bool rehighlightChanged)
{
    m_parsed = std::move(parsed);
    if (!rehighlightChanged)
        return;
    static const QList<LineSpan> none;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const auto *applied = static_cast<AppliedSpans *>(block.userData());
        const QList<LineSpan> &wanted = m_parsed->lineSpans(block.blockNumber());
        if ((applied ? applied->spans : none) == wanted)
            continue;
        if (!isCurrent && qHash(block.text()) != m_parsed->lineHash(block.blockNumber()))
            continue; // that line is being edited: the next parse will do it
        rehighlightBlock(block);
    }
}

void MarkdownHighlighter::setBaseFont(const QFont &font, bool dark)
{
    m_font = font;
    m_dark = dark;
    m_formats.clear();
    rehighlight();
}

QString MarkdownHighlighter::codeLanguage(int line) const
{
    for (const markdown::CodeBlock &block : m_parsed->codeBlocks()) {
        if (line >= block.firstLine && line <= block.lastLine)
            return block.language;
    }
    return {};
}

bool MarkdownHighlighter::isCodeLine(int line) const
{
    for (const LineSpan &span : m_parsed->lineSpans(line)) {
        if (span.kind == SpanKind::CodeBlock || span.kind == SpanKind::CodeFence)
            return true;
    }
    return false;
}

QTextCharFormat MarkdownHighlighter::kindFormat(SpanKind kind) const
{
    const QColor accent = m_dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    const QColor muted = m_dark ? QColor(0x98, 0x98, 0x98) : QColor(0x70, 0x70, 0x70);
    const QColor codeBackground = m_dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xf3, 0xf3, 0xf3);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat f;
    auto heading = [&](double scale) {
        f.setFontWeight(QFont::Bold);
        f.setFontPointSize(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * scale : 12 * scale);
        f.setForeground(accent);
    };
    switch (kind) {
    case SpanKind::Heading1:
        heading(1.5);
        break;
    case SpanKind::Heading2:
        heading(1.3);
        break;
    case SpanKind::Heading3:
        heading(1.15);
        break;
    case SpanKind::Heading4:
    case SpanKind::Heading5:
    case SpanKind::Heading6:
        heading(1.0);
        break;
    case SpanKind::CodeBlock:
    case SpanKind::Code:
        f.setFontFamilies(mono.families());
        f.setBackground(codeBackground);
        break;
    case SpanKind::CodeFence:
    case SpanKind::FrontMatter:
        f.setFontFamilies(mono.families());
        f.setForeground(muted);
        break;
    case SpanKind::Html:
    case SpanKind::ThematicBreak:
        f.setForeground(muted);
        break;
    case SpanKind::BlockQuote:
        f.setForeground(muted);
        f.setFontItalic(true);
        break;
    case SpanKind::Table:
        f.setFontFamilies(mono.families());
        break;
    case SpanKind::TableHeader:
    case SpanKind::Strong:
        f.setFontWeight(QFont::Bold);
        break;
    case SpanKind::ListMarker:
    case SpanKind::TaskOpen:
        f.setForeground(accent);
        f.setFontWeight(QFont::Bold);
        break;
    case SpanKind::TaskDone:
        f.setForeground(m_dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x2e, 0x8b, 0x3e));
        f.setFontWeight(QFont::Bold);
        break;
    case SpanKind::Emphasis:
        f.setFontItalic(true);
        break;
    case SpanKind::Strikethrough:
        f.setFontStrikeOut(true);
        f.setForeground(muted);
        break;
    case SpanKind::Link:
        f.setForeground(accent);
        f.setFontUnderline(true);
        break;
    case SpanKind::Image:
        f.setForeground(m_dark ? QColor(0xd0, 0x9c, 0xff) : QColor(0x80, 0x3f, 0xb0));
        break;
    case SpanKind::Math:
        f.setForeground(m_dark ? QColor(0x5f, 0xd7, 0xc7) : QColor(0x00, 0x7a, 0x6c));
        break;
    }
    return f;
}

QTextCharFormat MarkdownHighlighter::formatFor(quint32 kinds)
{
    const auto found = m_formats.constFind(kinds);
    if (found != m_formats.cend())
        return *found;
    // Block kinds come first in SpanKind, so inline marks are merged over them.
    QTextCharFormat format;
    for (int kind = 0; kind < markdown::spanKindCount; ++kind) {
        if (kinds & (1u << kind))
            format.merge(kindFormat(SpanKind(kind)));
    }
    m_formats.insert(kinds, format);
    return format;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(-1);
    const int line = currentBlock().blockNumber();
    const QList<LineSpan> &spans = m_parsed->lineSpans(line);
    auto *applied = new AppliedSpans;
    applied->spans = spans;
    setCurrentBlockUserData(applied);
    // An empty line inside fenced code still carries the code's state on.
    if (text.isEmpty() && m_code && !codeLanguage(line).isEmpty()) {
        setCurrentBlockState(previousBlockState());
        return;
    }
    if (spans.isEmpty() || text.isEmpty())
        return;

    QVarLengthArray<quint32, 256> kinds(text.size());
    std::fill(kinds.begin(), kinds.end(), 0u);
    bool code = false;
    for (const LineSpan &span : spans) {
        const int end = std::min(int(text.size()), span.start + span.length);
        for (int i = std::max(0, span.start); i < end; ++i)
            kinds[i] |= 1u << int(span.kind);
        code = code || span.kind == SpanKind::CodeBlock;
    }
    for (int start = 0; start < text.size();) {
        int end = start + 1;
        while (end < text.size() && kinds[end] == kinds[start])
            ++end;
        if (kinds[start])
            setFormat(start, end - start, formatFor(kinds[start]));
        start = end;
    }
    if (code && m_code) {
        const CodeHighlighter::Sink merge = [this](int start, int length,
                                                   const QTextCharFormat &f) {
            QTextCharFormat merged = format(start);
            merged.merge(f);
            setFormat(start, length, merged);
        };
        setCurrentBlockState(
            m_code->highlightLine(text, codeLanguage(line), previousBlockState(), merge, m_dark));
    }
}

} // namespace waypoint
