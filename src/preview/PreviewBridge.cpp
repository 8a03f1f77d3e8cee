#include "PreviewBridge.h"

#include <QJsonArray>
#include <utility>

namespace waypoint::preview {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
{
}

void PreviewBridge::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged(theme);
}

void PreviewBridge::setRemoteImages(bool allowed)
{
    if (allowed == m_remoteImages)
        return;
    m_remoteImages = allowed;
    emit remoteImagesChanged(allowed);
    // The page shows images it had blocked by rendering again by itself.
}

void PreviewBridge::setBlocks(const QList<markdown::HtmlBlock> &blocks, int lineCount, int revision)
{
    m_blocks = blocks;
    m_lineCount = lineCount;
    m_revision = revision;
    if (m_pageReady)
        emit blocksChanged(makeUpdate(blocks, lineCount, revision));
}

void PreviewBridge::setHtml(const QString &html, int revision)
{
    setBlocks({{QString::number(qHash(html), 16), 1, html}}, 1, revision);
}

QJsonObject PreviewBridge::makeUpdate(const QList<markdown::HtmlBlock> &blocks, int lineCount,
                                      int revision)
{
    const qsizetype oldSize = m_sentKeys.size();
    const qsizetype newSize = blocks.size();
    const int delta = lineCount - m_sentLineCount;
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && m_sentKeys[prefix] == blocks[prefix].key
           && m_sentLines[prefix] == blocks[prefix].firstLine)
        ++prefix;
    // Blocks after the edit keep their HTML; their lines all move by delta.
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix) {
        const qsizetype o = oldSize - 1 - suffix, n = newSize - 1 - suffix;
        if (m_sentKeys[o] != blocks[n].key || m_sentLines[o] + delta != blocks[n].firstLine)
            break;
        ++suffix;
    }
    QJsonArray middle;
    for (qsizetype i = prefix; i < newSize - suffix; ++i) {
        QJsonObject block{{QStringLiteral("k"), blocks[i].key},
                          {QStringLiteral("b"), blocks[i].firstLine}};
        if (!m_sentKeySet.contains(blocks[i].key))
            block.insert(QStringLiteral("h"), blocks[i].html);
        middle.append(block);
    }
    // Remember what was sent: only the middle changed, the end moved by delta.
    const qsizetype oldMiddle = oldSize - prefix - suffix;
    for (qsizetype i = prefix; i < prefix + oldMiddle; ++i)
        m_sentKeySet.remove(m_sentKeys[i]);
    m_sentKeys.remove(prefix, oldMiddle);
    m_sentLines.remove(prefix, oldMiddle);
    for (qsizetype i = prefix; i < newSize - suffix; ++i) {
        m_sentKeys.insert(i, blocks[i].key);
        m_sentLines.insert(i, blocks[i].firstLine);
        m_sentKeySet.insert(blocks[i].key);
    }
    if (delta != 0) {
        for (qsizetype i = newSize - suffix; i < newSize; ++i)
            m_sentLines[i] += delta;
    }
    m_sentLineCount = lineCount;
    const bool reset = std::exchange(m_resetNext, false);
    return {{QStringLiteral("revision"), revision},  {QStringLiteral("reset"), reset},
            {QStringLiteral("prefix"), int(prefix)}, {QStringLiteral("suffix"), int(suffix)},
            {QStringLiteral("delta"), delta},        {QStringLiteral("middle"), middle}};
}

void PreviewBridge::requestScroll(double line)
{
    if (m_pageReady)
        emit scrollRequested(line);
}

void PreviewBridge::ready()
{
    // A (re)loaded page has nothing yet: it is sent everything.
    m_sentKeys.clear();
    m_sentLines.clear();
    m_sentKeySet.clear();
    m_sentLineCount = 0;
    m_resetNext = true;
    m_pageReady = true;
    emit pageReady();
    emit blocksChanged(makeUpdate(m_blocks, m_lineCount, m_revision));
}

void PreviewBridge::rendered(int revision)
{
    emit htmlRendered(revision);
}

void PreviewBridge::previewScrolled(double line)
{
    emit userScrolled(line);
}

void PreviewBridge::previewClicked(int line)
{
    emit userClicked(line);
}

} // namespace waypoint::preview
