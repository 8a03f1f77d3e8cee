#include "PreviewPage.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace waypoint::preview {

namespace {
Q_LOGGING_CATEGORY(pageLog, "waypoint.preview.page")
}

const QUrl PreviewPage::pageUrl(QStringLiteral("qrc:/web/preview.html"));

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Loading the page itself, or a jump inside it (a footnote's #fn-1).
    if (isMainFrame && url.adjusted(QUrl::RemoveFragment) == pageUrl
        && (type != NavigationTypeLinkClicked || url.hasFragment()))
        return true;
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto")))
        m_openLink(url);
    return false;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int line, const QString &source)
{
    if (level == ErrorMessageLevel)
        qCWarning(pageLog, "%s:%d: %s", qPrintable(source), line, qPrintable(message));
    else
        qCDebug(pageLog, "%s:%d: %s", qPrintable(source), line, qPrintable(message));
}

} // namespace waypoint::preview
