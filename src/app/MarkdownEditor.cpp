#include "MarkdownEditor.h"

#include "markdown/EditingAids.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

namespace waypoint {

namespace {

bool isImageFile(const QUrl &url)
{
    return url.isLocalFile()
           && QMimeDatabase()
                  .mimeTypeForFile(url.toLocalFile())
                  .name()
                  .startsWith(QLatin1String("image/"));
}

// Brackets in an image's alt text would end it early.
QString altText(const QString &name)
{
    QString alt = QFileInfo(name).completeBaseName();
    alt.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return alt;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("entryText"));
    setAccessibleName(tr("Editor"));
    setPlaceholderText(tr("Write in Markdown…"));
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly()) {
        // Shift+Enter would put a line separator inside a paragraph, which
        // the text (and the parse) would read as a line the editor lacks.
        if (event->matches(QKeySequence::InsertLineSeparator)) {
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            return;
        }
        const bool plainEnter =
            (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier));
        if (plainEnter && continueList())
            return;
        if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier
            && indentLines(false))
            return;
        if (event->key() == Qt::Key_Backtab && indentLines(true))
            return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // One step per notch (120); fine touchpad scrolling adds up to one.
        m_wheelSteps += event->angleDelta().y();
        while (m_wheelSteps >= 120) {
            zoomInText();
            m_wheelSteps -= 120;
        }
        while (m_wheelSteps <= -120) {
            zoomOutText();
            m_wheelSteps += 120;
        }
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

bool MarkdownEditor::continueList()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text();
    // Not before or inside the marker (Enter there just opens a line), and
    // not in code, where "- " is YAML or a diff.
    if (cursor.positionInBlock() < markdown::markerEnd(line)
        || (m_isCodeLine && m_isCodeLine(cursor.blockNumber())))
        return false;
    const markdown::Continuation next = markdown::continueAfter(line);
    switch (next.kind) {
    case markdown::Continuation::Kind::Plain:
        return false;
    case markdown::Continuation::Kind::EndList:
        // Enter on an empty item ends the list: its marker goes, the line stays.
        if (cursor.positionInBlock() != line.size())
            return false;
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(next.prefix);
        cursor.endEditBlock();
        setTextCursor(cursor);
        return true;
    case markdown::Continuation::Kind::Continue:
        cursor.beginEditBlock();
        cursor.insertText(QStringLiteral("\n") + next.prefix);
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return true;
    }
    return false;
}

bool MarkdownEditor::indentLines(bool outdent)
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(std::min(cursor.anchor(), cursor.position()));
    const QTextBlock last = document()->findBlock(std::max(cursor.anchor(), cursor.position()));
    if (!markdown::isListItem(first.text()))
        return false;
    QTextCursor edit(document());
    edit.beginEditBlock();
    // Nesting puts the item's marker under the text of the item above it.
    const QString above = first.previous().isValid() ? first.previous().text() : QString();
    // (or beside it, when the item above is nested deeper already).
    const int current = markdown::markerColumn(first.text());
    const int width = markdown::markerColumn(above) > current
                          ? markdown::markerColumn(above) - current
                          : markdown::contentColumn(above) - current;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QString changed = outdent ? markdown::outdentListItem(text)
                                        : markdown::indentListItem(text, std::max(0, width));
        // Only the white space before the marker changes: the rest of the
        // line, and the cursor in it, stay where they are.
        const int markerBefore = markdown::markerColumn(text);
        const int markerAfter = markdown::markerColumn(changed);
        if (changed != text && markerBefore >= 0 && markerAfter >= 0) {
            const int lead = std::min(markerBefore, markerAfter);
            edit.setPosition(block.position() + lead);
            edit.setPosition(block.position() + markerBefore, QTextCursor::KeepAnchor);
            edit.insertText(changed.mid(lead, markerAfter - lead));
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    return true;
}

void MarkdownEditor::toggleTask()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const int column = cursor.positionInBlock();
    const QString text = cursor.block().text();
    const QString changed = markdown::toggleTask(text);
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(changed);
    cursor.endEditBlock();
    cursor.setPosition(cursor.block().position()
                       + std::min(int(changed.size()), column + int(changed.size() - text.size())));
    setTextCursor(cursor);
}

void MarkdownEditor::zoomInText()
{
    applyZoom(m_zoom + 1);
}

void MarkdownEditor::zoomOutText()
{
    applyZoom(m_zoom - 1);
}

void MarkdownEditor::resetZoom()
{
    applyZoom(0);
}

void MarkdownEditor::applyZoom(int steps)
{
    steps = std::clamp(steps, -6, 12);
    if (m_basePointSize <= 0) // a font sized in pixels has no point size: ask what it shows as
        m_basePointSize =
            font().pointSizeF() > 0 ? font().pointSizeF() : QFontInfo(font()).pointSizeF();
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QFont zoomed = font();
    zoomed.setPointSizeF(std::max(4.0, m_basePointSize * (1.0 + 0.1 * steps)));
    setFont(zoomed);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    emit zoomChanged(steps);
}

double MarkdownEditor::topLine() const
{
    const QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return 1;
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    const double past = box.height() > 0 ? std::clamp(-box.top() / box.height(), 0.0, 1.0) : 0;
    return block.blockNumber() + 1 + past;
}

void MarkdownEditor::scrollToLine(double line)
{
    const int blockNumber = std::clamp(int(line) - 1, 0, document()->blockCount() - 1);
    // QPlainTextEdit scrolls by layout lines: count those above the block.
    int value = 0;
    for (QTextBlock block = document()->begin();
         block.isValid() && block.blockNumber() < blockNumber; block = block.next())
        value += block.isVisible() ? std::max(1, block.lineCount()) : 0;
    const QTextBlock target = document()->findBlockByNumber(blockNumber);
    value += int((line - int(line)) * std::max(1, target.lineCount()));
    verticalScrollBar()->setValue(value);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    if (source->hasImage())
        return true;
    for (const QUrl &url : source->urls()) {
        if (isImageFile(url))
            return true;
    }
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    if (source->hasText() && !source->hasImage() && !source->hasUrls()) {
        // Unicode line and paragraph separators become real line breaks, so
        // the editor's lines are the text's lines.
        QString text = source->text();
        text.replace(QChar::LineSeparator, QLatin1Char('\n'))
            .replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        textCursor().insertText(text);
        ensureCursorVisible();
        return;
    }
    QStringList files;
    for (const QUrl &url : source->urls()) {
        if (isImageFile(url))
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        insertImageFiles(files);
        return;
    }
    if (source->hasImage()) {
        // A screenshot on the clipboard: kept as PNG, losslessly.
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG")) {
            insertImage(png, QStringLiteral("image/png"), tr("pasted image"));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

bool MarkdownEditor::insertImageFiles(const QStringList &paths)
{
    bool any = false;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            emit imageFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
            continue;
        }
        const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
        any = insertImage(file.readAll(), mime, QFileInfo(path).fileName()) || any;
    }
    return any;
}

bool MarkdownEditor::insertImage(const QByteArray &data, const QString &mime, const QString &name)
{
    if (!m_storeImage) {
        emit imageFailed(tr("No journal is open to keep the image in."));
        return false;
    }
    QString error;
    const QString target = m_storeImage(data, mime, name, &error);
    if (target.isEmpty()) {
        emit imageFailed(error);
        return false;
    }
    QTextCursor cursor = textCursor();
    const bool lineStart = cursor.positionInBlock() == 0;
    cursor.insertText(QStringLiteral("%1![%2](%3)")
                          .arg(lineStart ? QString() : QStringLiteral(" "), altText(name), target));
    setTextCursor(cursor);
    return true;
}

} // namespace waypoint
