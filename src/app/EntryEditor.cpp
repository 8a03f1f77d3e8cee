#include "EntryEditor.h"

#include "FindBar.h"
#include "MarkdownEditor.h"
#include "MarkdownHighlighter.h"
#include "markdown/LiveDocument.h"
#include "models/EntrySession.h"
#include "ui_entryheader.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace waypoint {

EntryEditor::EntryEditor(QWidget *parent)
    : QWidget(parent)
    , m_header(std::make_unique<Ui::EntryHeader>())
    , m_live(std::make_unique<markdown::LiveDocument>())
{
    m_headerWidget = new QWidget(this);
    m_header->setupUi(m_headerWidget);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #5c4a00;"
                                           " padding: 6px; border-bottom: 1px solid #e0c96b; }"));
    m_notice->hide();

    m_text = new MarkdownEditor(this);
    m_text->installEventFilter(this);
    m_highlighter = new MarkdownHighlighter(m_text->document());
    m_find = new FindBar(m_text, this);
    m_text->setCodeLineTest([this](int line) { return m_highlighter->isCodeLine(line); });
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_notice);
    layout->addWidget(m_headerWidget);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_find);
    m_highlighter->setBaseFont(m_text->font(), m_dark);
    connect(m_text, &MarkdownEditor::zoomChanged, this,
            [this] { m_highlighter->setBaseFont(m_text->font(), m_dark); });

    // The text is read once per change; parsing it happens off this thread.
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString text = m_text->toPlainText();
        m_live->setText(text);
        if (m_session)
            m_session->setBody(text);
    });
    connect(m_live.get(), &markdown::LiveDocument::parsed, this, &EntryEditor::onParsed);
    connect(m_header->titleEdit, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_session)
            m_session->setTitle(title);
    });
    connect(m_header->dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_loading && m_session)
            m_session->setDate(date);
    });
    connect(m_header->tagsEdit, &QLineEdit::textEdited, this, [this] {
        if (m_session)
            m_session->setTags(tagsFromField());
    });
    updateEnabled();
}

EntryEditor::~EntryEditor() = default;

void EntryEditor::setSession(EntrySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &EntrySession::opened, this, &EntryEditor::showEntry);
        connect(m_session, &EntrySession::stateChanged, this, [this](EntrySession::State state) {
            if (state == EntrySession::State::Empty)
                showEntry();
        });
        connect(m_session, &EntrySession::titleChanged, this, [this](const QString &title) {
            // Keep the field empty while the title follows the heading; the
            // placeholder shows what it currently is.
            m_header->titleEdit->setPlaceholderText(
                title.isEmpty() ? tr("Title (the first heading when left empty)") : title);
        });
    }
    showEntry();
}

void EntryEditor::setReadOnlyNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    updateEnabled();
}

QPlainTextEdit *EntryEditor::textEdit() const
{
    return m_text;
}

void EntryEditor::onParsed(std::shared_ptr<const markdown::ParsedDocument> document)
{
    m_highlighter->setParsed(document, document->revision() == m_live->revision(), !m_loading);
    emit statsChanged(document->stats());
    emit documentParsed(document);
}

void EntryEditor::goToLine(int line)
{
    const QTextBlock block = m_text->document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_text->setFocus(Qt::OtherFocusReason);
}

void EntryEditor::markMatches(const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(m_dark ? 0x7a6400 : 0xffe58f));
    for (const auto &[start, length] : ranges) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        marks.append({cursor, format});
    }
    m_text->setExtraSelections(marks);
    if (!ranges.isEmpty()) {
        QTextCursor first(m_text->document());
        first.setPosition(int(ranges.first().first));
        m_text->setTextCursor(first);
        m_text->centerCursor();
    }
    if (marks.isEmpty())
        return;
    // The positions hold only for this text: the first edit clears them
    // (an edit adds an undo step; the highlighter's new formats do not).
    auto *once = new QObject(m_text);
    connect(m_text->document(), &QTextDocument::undoCommandAdded, once, [this, once] {
        m_text->setExtraSelections({});
        once->deleteLater();
    });
}

void EntryEditor::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_highlighter->setBaseFont(m_text->font(), m_dark);
}

void EntryEditor::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void EntryEditor::replaceText(const QString &text)
{
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

bool EntryEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the editor is a natural moment to save.
    if (watched == m_text && event->type() == QEvent::FocusOut && m_session)
        m_session->save();
    return QWidget::eventFilter(watched, event);
}

void EntryEditor::showEntry()
{
    m_loading = true;
    const bool open = m_session && m_session->isOpen();
    const Entry empty;
    const Entry &entry = open ? m_session->entry() : empty;
    const bool follows = !open || m_session->titleFollowsHeading();
    m_header->titleEdit->setText(follows ? QString() : entry.title);
    m_header->titleEdit->setPlaceholderText(follows && !entry.title.isEmpty()
                                                ? entry.title
                                                : tr("Title (the first heading when left empty)"));
    m_header->dateEdit->setDate(open ? entry.date : QDate::currentDate());
    m_header->tagsEdit->setText(entry.tags.join(QStringLiteral(", ")));
    // Parsed here, once, so the text is highlighted as it appears.
    m_live->parseNow(entry.body);
    m_text->setExtraSelections({});
    m_text->setPlainText(entry.body);
    m_loading = false;
    updateEnabled();
}

void EntryEditor::updateEnabled()
{
    const bool open = m_session && m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    m_headerWidget->setEnabled(open);
    m_header->titleEdit->setReadOnly(!writable);
    m_header->dateEdit->setReadOnly(!writable);
    m_header->tagsEdit->setReadOnly(!writable);
    m_text->setEnabled(open);
    m_text->setReadOnly(!writable);
}

QStringList EntryEditor::tagsFromField() const
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList tags;
    for (const QString &part : m_header->tagsEdit->text().split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace waypoint
