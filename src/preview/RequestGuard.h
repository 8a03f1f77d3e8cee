#pragma once

#include <QByteArray>
#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace waypoint::preview {

// Lets a page load only what is inside the app (qrc:, data:, attachment:,
// and the page's own scheme if it has one: waypoint-book: for the book), and
// remote images only when the user allows them. Nothing else leaves the
// machine. Made by lockDownPage() (PageSecurity.h).
class RequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestGuard(QObject *parent = nullptr, QByteArray ownScheme = {});

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    const QByteArray m_ownScheme;
    std::atomic<bool> m_remoteImages = false;
};

} // namespace waypoint::preview
