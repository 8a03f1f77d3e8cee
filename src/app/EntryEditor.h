#pragma once

#include "markdown/TextStats.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
namespace Ui {
class EntryHeader;
}

namespace waypoint {

class EntrySession;

// The entry pane: title, date and tags above a Markdown text editor. It shows
// and edits what the EntrySession holds; saving is the session's job.
class EntryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntryEditor(QWidget *parent = nullptr);
    ~EntryEditor() override;

    void setSession(EntrySession *session);
    void setReadOnlyNotice(const QString &notice); // empty hides the banner
    QPlainTextEdit *textEdit() const { return m_text; }
    void focusText();
    // Replaces the whole text as one step the editor's Ctrl+Z can undo.
    void replaceText(const QString &text);

signals:
    void statsChanged(const waypoint::markdown::TextStats &stats);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntry();
    void updateEnabled();
    QStringList tagsFromField() const;

    std::unique_ptr<Ui::EntryHeader> m_header;
    QWidget *m_headerWidget = nullptr;
    QLabel *m_notice = nullptr;
    QPlainTextEdit *m_text = nullptr;
    EntrySession *m_session = nullptr;
    QTimer m_statsTimer;
    bool m_loading = false;
};

} // namespace waypoint
