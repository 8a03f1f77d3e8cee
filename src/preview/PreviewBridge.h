#pragma once

#include "markdown/ParsedDocument.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace waypoint::preview {

// The one object the preview page talks to through QWebChannel (as "bridge").
// C++ → page: properties and the htmlChanged/scrollRequested signals.
// Page → C++: the slots, which re-emit as the signals below them.
class PreviewBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString theme READ theme NOTIFY themeChanged)
    Q_PROPERTY(bool remoteImages READ remoteImages NOTIFY remoteImagesChanged)
    Q_PROPERTY(QString language READ language CONSTANT)

public:
    explicit PreviewBridge(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    bool remoteImages() const { return m_remoteImages; }
    QString language() const { return m_language; }
    bool isPageReady() const { return m_pageReady; }

    void setTheme(const QString &theme);
    void setRemoteImages(bool allowed);
    // A new version of the document. The page is sent only what changed:
    // how many blocks stay at the start and at the end, how far the lines of
    // those at the end moved, and the blocks in between (with their HTML
    // when the page has not had it). Sent when the page is ready.
    void setBlocks(const QList<markdown::HtmlBlock> &blocks, int lineCount, int revision);
    // A whole HTML body as one block (tests, and HTML not from Markdown).
    void setHtml(const QString &html, int revision);
    // What setBlocks() sends for a change, built and remembered as sent.
    QJsonObject makeUpdate(const QList<markdown::HtmlBlock> &blocks, int lineCount, int revision);
    void requestScroll(double line);

public slots:
    // Called by the page.
    void ready();
    void rendered(int revision);
    void previewScrolled(double line);
    void previewClicked(int line);

signals:
    void themeChanged(const QString &theme);
    void remoteImagesChanged(bool allowed);
    void blocksChanged(const QJsonObject &update);
    void scrollRequested(double line);

    // For the C++ side.
    void pageReady();
    void htmlRendered(int revision);
    void userScrolled(double line);
    void userClicked(int line);

private:
    QString m_theme = QStringLiteral("light");
    bool m_remoteImages = false;
    // The journal's text is mostly Chinese: Han characters get Chinese glyphs.
    QString m_language = QStringLiteral("zh-CN");
    // The document last given, and what the page was last sent of it.
    QList<markdown::HtmlBlock> m_blocks;
    int m_lineCount = 0;
    int m_revision = 0;
    QList<QString> m_sentKeys;
    QList<int> m_sentLines;
    QSet<QString> m_sentKeySet;
    int m_sentLineCount = 0;
    bool m_resetNext = false; // the next update replaces all the page holds
    bool m_pageReady = false;
};

} // namespace waypoint::preview
