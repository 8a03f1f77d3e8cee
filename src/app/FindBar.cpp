#include "FindBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

namespace waypoint {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    m_case = new QCheckBox(tr("Match &case"), this);
    m_words = new QCheckBox(tr("&Whole words"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *replace = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    m_status = new QLabel(this);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    auto *options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_case);
    options->addWidget(m_words);
    options->addWidget(m_status, 1);
    layout->addLayout(options, 0, 3);
    layout->addWidget(close, 0, 4);
    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textChanged, this, [this] { setStatus(QString(), false); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    if (m_editor->textCursor().hasSelection()
        && !m_editor->textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_find->setText(m_editor->textCursor().selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

QRegularExpression FindBar::expression() const
{
    QString pattern =
        m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_words->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!m_case->isChecked())
        re.setPatternOptions(re.patternOptions() | QRegularExpression::CaseInsensitiveOption);
    return re;
}

QTextDocument::FindFlags FindBar::flags(bool backward) const
{
    QTextDocument::FindFlags f;
    if (backward)
        f |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    return f;
}

void FindBar::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_find->setStyleSheet(problem && !m_find->text().isEmpty()
                              ? QStringLiteral("QLineEdit { background: #fde2e1; }")
                              : QString());
}

bool FindBar::find(bool backward)
{
    if (m_find->text().isEmpty())
        return false;
    const QRegularExpression re = expression();
    if (!re.isValid()) {
        setStatus(tr("Invalid expression: %1").arg(re.errorString()), true);
        return false;
    }
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(re, m_editor->textCursor(), flags(backward));
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(document);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = document->find(re, start, flags(backward));
        if (!found.isNull())
            setStatus(tr("Wrapped around"), false);
    } else {
        setStatus(QString(), false);
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::selectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const QRegularExpression re = expression();
    const QRegularExpressionMatch match = re.match(cursor.selectedText());
    return match.hasMatch() && match.capturedStart() == 0
           && match.capturedLength() == cursor.selectedText().size();
}

void FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return;
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        QString text = cursor.selectedText();
        const QString replacement = m_regex->isChecked()
                                        ? text.replace(expression(), m_replace->text())
                                        : m_replace->text();
        cursor.insertText(replacement);
        m_editor->setTextCursor(cursor);
    }
    findNext();
}

int FindBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    const QRegularExpression re = expression();
    if (!re.isValid()) {
        setStatus(tr("Invalid expression: %1").arg(re.errorString()), true);
        return 0;
    }
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(re, 0, flags(false));
    while (!found.isNull()) {
        QString text = found.selectedText();
        const QString replacement =
            m_regex->isChecked() ? text.replace(re, m_replace->text()) : m_replace->text();
        found.insertText(replacement);
        ++count;
        // An empty match would never move on by itself.
        const int from =
            found.position() + (found.hasSelection() || !replacement.isEmpty() ? 0 : 1);
        if (from > document->characterCount())
            break;
        found = document->find(re, from, flags(false));
    }
    edit.endEditBlock();
    setStatus(tr("%n replaced", nullptr, count), count == 0);
    return count;
}

} // namespace waypoint
