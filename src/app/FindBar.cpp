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
    // ^ and $ are the start and end of each line, as in find.
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption
                                       | QRegularExpression::MultilineOption);
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

namespace {

// The replacement for one match: \0…\9 stand for what the expression
// captured (with a regular expression), the text is taken as it is otherwise.
QString expand(const QString &replacement, const QRegularExpressionMatch &match, bool regex)
{
    if (!regex)
        return replacement;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c == QLatin1Char('\\') && i + 1 < replacement.size()) {
            const QChar next = replacement[i + 1];
            if (next.isDigit()) {
                out += match.captured(next.digitValue());
                ++i;
                continue;
            }
            if (next == QLatin1Char('n') || next == QLatin1Char('t') || next == QLatin1Char('\\')) {
                out += next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                       : next == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                  : next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

// The match that the selection is, found in the whole text so that anchors
// and look-arounds see what surrounds it.
QRegularExpressionMatch FindBar::selectedMatch() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return {};
    const QRegularExpression re = expression();
    const QRegularExpressionMatch match =
        re.match(m_editor->toPlainText(), cursor.selectionStart(), QRegularExpression::NormalMatch,
                 QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch() || match.capturedEnd() != cursor.selectionEnd())
        return {};
    return match;
}

void FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return;
    const QRegularExpressionMatch match = selectedMatch();
    if (match.hasMatch()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(expand(m_replace->text(), match, m_regex->isChecked()));
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
    // All matches of the text as it is now, replaced from the end so that the
    // positions of the others stay right; what is inserted is never searched.
    // Positions in toPlainText() are the document's positions.
    struct Replacement
    {
        int start;
        int end;
        QString text;
    };
    QList<Replacement> replacements;
    const QString text = m_editor->toPlainText();
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        replacements.append({int(match.capturedStart()), int(match.capturedEnd()),
                             expand(m_replace->text(), match, m_regex->isChecked())});
    }
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    for (auto r = replacements.crbegin(); r != replacements.crend(); ++r) {
        edit.setPosition(r->start);
        edit.setPosition(r->end, QTextCursor::KeepAnchor);
        edit.insertText(r->text);
    }
    edit.endEditBlock();
    const int count = int(replacements.size());
    setStatus(tr("%n replaced", nullptr, count), count == 0);
    return count;
}

} // namespace waypoint
