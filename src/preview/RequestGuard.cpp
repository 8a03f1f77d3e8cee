#include "RequestGuard.h"

#include "AttachmentSchemeHandler.h"

namespace waypoint::preview {

RequestGuard::RequestGuard(QObject *parent, QByteArray ownScheme)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_ownScheme(std::move(ownScheme))
{
}

void RequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("data")
        || scheme == QLatin1String("about")
        || scheme == QLatin1String(AttachmentSchemeHandler::scheme)
        || (!m_ownScheme.isEmpty() && scheme == QLatin1String(m_ownScheme)))
        return;
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (remote && m_remoteImages
        && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage)
        return;
    info.block(true);
}

} // namespace waypoint::preview
