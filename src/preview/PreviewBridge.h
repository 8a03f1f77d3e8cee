#pragma once

#include <QObject>
#include <QString>

namespace waypoint::preview {

// The one object the preview page talks to through QWebChannel (as "bridge").
// C++ → page: properties and the htmlChanged/scrollRequested signals.
// Page → C++: the slots, which re-emit as the signals below them.
class PreviewBridge : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString theme READ theme NOTIFY themeChanged)
    Q_PROPERTY(bool remoteImages READ remoteImages NOTIFY remoteImagesChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    explicit PreviewBridge(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    bool remoteImages() const { return m_remoteImages; }
    QString language() const { return m_language; }
    bool isPageReady() const { return m_pageReady; }

    void setTheme(const QString &theme);
    void setRemoteImages(bool allowed);
    void setLanguage(const QString &language);
    // Sent at once when the page is ready, else when it becomes ready.
    void setHtml(const QString &html, int revision);
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
    void languageChanged(const QString &language);
    void htmlChanged(const QString &html, int revision);
    void scrollRequested(double line);

    // For the C++ side.
    void pageReady();
    void htmlRendered(int revision);
    void userScrolled(double line);
    void userClicked(int line);

private:
    QString m_theme = QStringLiteral("light");
    bool m_remoteImages = false;
    QString m_language = QStringLiteral("zh-CN");
    QString m_html;
    int m_revision = 0;
    bool m_pageReady = false;
};

} // namespace waypoint::preview
