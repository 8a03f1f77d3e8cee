#pragma once

#include <QRegularExpressionMatch>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace waypoint {

// Find and replace in the editor: plain text or regular expressions (with
// \1 back-references in the replacement), match case, whole words. Replace
// All is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *caseBox() const { return m_case; }

public slots:
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    QRegularExpressionMatch selectedMatch() const;
    QRegularExpression expression() const;
    QTextDocument::FindFlags flags(bool backward) const;
    void setStatus(const QString &text, bool problem);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_words = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace waypoint
