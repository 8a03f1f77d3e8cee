#pragma once

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>
#include <functional>
#include <optional>

namespace waypoint {
class AttachmentStore;
}

namespace waypoint::preview {

// Serves attachment:<sha256> URLs from the open journal, so that images
// stored in it show in the preview without ever touching the disk or the net.
class AttachmentSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    struct Resource
    {
        QByteArray mime;
        QByteArray data;
    };
    using Lookup = std::function<std::optional<Resource>(const QString &sha256)>;
    // Looks up the store's attachments; the store must outlive the lookup.
    static Lookup lookupIn(const AttachmentStore *store);

    static constexpr const char *scheme = "attachment";
    // Must run before the QApplication is made (Qt WebEngine's rule).
    static void registerScheme();

    explicit AttachmentSchemeHandler(QObject *parent = nullptr);
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    Lookup m_lookup;
};

} // namespace waypoint::preview
