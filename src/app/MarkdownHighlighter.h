#pragma once

#include "markdown/ParsedDocument.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <memory>

namespace waypoint {

class CodeHighlighter;

// Colours the editor's Markdown from the shared parse (ParsedDocument): it
// never parses by itself. When a new parse arrives only the lines whose
// spans changed are highlighted again, so typing in a long entry stays cheap.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    ~MarkdownHighlighter() override;

    // isCurrent: the parse is of the text the editor holds now. An older one
    // is applied only to the lines that still read as it parsed them.
    // With rehighlightChanged false the parse is only taken for the lines
    // highlighted from now on (a text about to be replaced as a whole).
    void setParsed(std::shared_ptr<const markdown::ParsedDocument> parsed, bool isCurrent,
                   bool rehighlightChanged = true);
    // Base font and palette changed (zoom, theme): formats are rebuilt.
    void setBaseFont(const QFont &font, bool dark);
    // Language of the fenced code a line belongs to, or empty.
    QString codeLanguage(int line) const;
    // Whether a 0-based line is code (fenced or indented), fences included.
    bool isCodeLine(int line) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat formatFor(quint32 kinds);
    QTextCharFormat kindFormat(markdown::SpanKind kind) const;

    std::shared_ptr<const markdown::ParsedDocument> m_parsed;
    QHash<quint32, QTextCharFormat> m_formats;
    QFont m_font;
    bool m_dark = false;
    std::unique_ptr<CodeHighlighter> m_code;
};

} // namespace waypoint
