#include "PageSecurity.h"

#include "RequestGuard.h"

#include <QWebEnginePage>
#include <QWebEngineSettings>

namespace waypoint::preview {

RequestGuard *lockDownPage(QWebEnginePage *page, QObject *guardParent, const QByteArray &ownScheme)
{
    auto *guard = new RequestGuard(guardParent, ownScheme);
    page->setUrlRequestInterceptor(guard);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    // No drop reaches the export's pages, which are in no view: set for them
    // too, so that how safe a page is never depends on where it is shown.
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    return guard;
}

} // namespace waypoint::preview
