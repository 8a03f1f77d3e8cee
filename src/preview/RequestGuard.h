#pragma once

#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace waypoint::preview {

// Lets the preview and the book page load only what is inside the app (qrc:,
// data:, attachment:, waypoint-book:), and remote images only when the user
// allows them. Nothing else leaves the machine.
class RequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestGuard(QObject *parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    std::atomic<bool> m_remoteImages = false;
};

} // namespace waypoint::preview
