#include "AttachmentSchemeHandler.h"

#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace waypoint::preview {

void AttachmentSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme attachment(scheme);
    attachment.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure like qrc:, so the preview page may show its images; not "local",
    // which Chromium keeps from qrc: pages.
    attachment.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(attachment);
}

AttachmentSchemeHandler::Lookup AttachmentSchemeHandler::lookupIn(const AttachmentStore *store)
{
    return [store](const QString &sha256) -> std::optional<Resource> {
        try {
            if (const std::optional<Attachment> found = store->find(sha256))
                return Resource{found->mime.toUtf8(), found->data};
        } catch (const DatabaseError &) {
            // A journal that cannot be read shows no image.
        }
        return std::nullopt;
    };
}

AttachmentSchemeHandler::AttachmentSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void AttachmentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    // attachment:<64 hex digits>, perhaps followed by a file name or suffix.
    static const QRegularExpression key(QStringLiteral("^([0-9a-fA-F]{64})"));
    const QRegularExpressionMatch match = key.match(job->requestUrl().path());
    std::optional<Resource> resource;
    if (match.hasMatch() && m_lookup)
        resource = m_lookup(match.captured(1).toLower());
    if (!resource) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(resource->data);
    job->reply(resource->mime, buffer);
}

} // namespace waypoint::preview
