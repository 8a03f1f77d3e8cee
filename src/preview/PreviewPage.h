#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace waypoint::preview {

// The page that shows the preview: it stays on preview.html. A clicked link
// goes to the system browser (http, https, mailto) instead of replacing it.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    static const QUrl pageUrl;

    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // How a clicked link is opened; QDesktopServices::openUrl by default.
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_openLink = std::move(opener); }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    std::function<void(const QUrl &)> m_openLink;
};

} // namespace waypoint::preview
