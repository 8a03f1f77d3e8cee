#pragma once

#include "markdown/ParsedDocument.h"
#include "markdown/TextStats.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
namespace Ui {
class EntryHeader;
}

namespace waypoint {

class EntrySession;
class FindBar;
class MarkdownEditor;
class MarkdownHighlighter;
namespace markdown {
class LiveDocument;
}

// The entry pane: title, date and tags above the Markdown editor and its find
// bar. It shows and edits what the EntrySession holds (saving is the
// session's job) and keeps the text parsed off the GUI thread; each parse
// feeds the highlighting here and, through documentParsed, the preview and
// the outline.
class EntryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntryEditor(QWidget *parent = nullptr);
    ~EntryEditor() override;

    void setSession(EntrySession *session);
    void setReadOnlyNotice(const QString &notice); // empty hides the banner
    QPlainTextEdit *textEdit() const;
    MarkdownEditor *markdownEditor() const { return m_text; }
    FindBar *findBar() const { return m_find; }
    markdown::LiveDocument *liveDocument() const { return m_live.get(); }
    void focusText();
    // Replaces the whole text as one step the editor's Ctrl+Z can undo.
    void replaceText(const QString &text);
    // Puts the cursor at the start of a 0-based line and shows it.
    void goToLine(int line);
    // Marks these [start, start + length) ranges of the text (search
    // matches) and shows the first; editing the text clears the marks.
    void markMatches(const QList<std::pair<qsizetype, qsizetype>> &ranges);
    void setDarkTheme(bool dark);

signals:
    void statsChanged(const waypoint::markdown::TextStats &stats);
    void documentParsed(std::shared_ptr<const waypoint::markdown::ParsedDocument> document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntry();
    void updateEnabled();
    void onParsed(std::shared_ptr<const markdown::ParsedDocument> document);
    QStringList tagsFromField() const;

    std::unique_ptr<Ui::EntryHeader> m_header;
    std::unique_ptr<markdown::LiveDocument> m_live;
    QWidget *m_headerWidget = nullptr;
    QLabel *m_notice = nullptr;
    MarkdownEditor *m_text = nullptr;
    FindBar *m_find = nullptr;
    MarkdownHighlighter *m_highlighter = nullptr;
    EntrySession *m_session = nullptr;
    bool m_loading = false;
    bool m_dark = false;
};

} // namespace waypoint
