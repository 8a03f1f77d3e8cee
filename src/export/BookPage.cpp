#include "BookPage.h"

#include "preview/PageSecurity.h"
#include "preview/RequestGuard.h"
#include "preview/Schemes.h"

#include <QBuffer>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

namespace waypoint::exporting {

Q_LOGGING_CATEGORY(bookLog, "waypoint.book", QtInfoMsg)

namespace {

// Serves waypoint-book:data.js, the book's entries as a script for book.js.
// Through a scheme, not setHtml(): a year of entries is far beyond its ~2 MB.
class BookDataHandler : public QWebEngineUrlSchemeHandler
{
public:
    BookDataHandler(QByteArray script, QObject *parent)
        : QWebEngineUrlSchemeHandler(parent)
        , m_script(std::move(script))
    {
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (job->requestUrl().path() != QLatin1String("data.js")) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(m_script);
        job->reply("text/javascript", buffer);
    }

private:
    QByteArray m_script;
};

// The offscreen page: it stays on book.html and opens nothing.
class BookWebPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        return isMainFrame && type != NavigationTypeLinkClicked
               && url.adjusted(QUrl::RemoveFragment) == bookPageUrl();
    }

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        // The export says what failed in its own words; the page's are for debugging.
        if (level == ErrorMessageLevel)
            qCDebug(bookLog, "%s:%d: %s", qPrintable(source), line, qPrintable(message));
    }
};

} // namespace

const QUrl &bookPageUrl()
{
    static const QUrl url(QStringLiteral("qrc:/web/book.html"));
    return url;
}

BookPage makeBookPage(const QByteArray &dataScript, preview::AttachmentSchemeHandler::Lookup lookup,
                      bool remoteImages)
{
    BookPage opened;
    // Off the record, like the preview: nothing of the journal is cached on
    // disk. A profile of its own gives a page a renderer process of its own.
    opened.profile = new QWebEngineProfile;
    auto *attachments = new preview::AttachmentSchemeHandler(opened.profile);
    attachments->setLookup(std::move(lookup));
    opened.profile->installUrlSchemeHandler(preview::AttachmentSchemeHandler::scheme, attachments);
    opened.profile->installUrlSchemeHandler(preview::bookDataScheme,
                                            new BookDataHandler(dataScript, opened.profile));

    opened.page = new BookWebPage(opened.profile);
    preview::lockDownPage(opened.page, opened.profile, preview::bookDataScheme)
        ->setRemoteImagesAllowed(remoteImages);
    // Children of the profile, so that they outlive the page.
    auto *channel = new QWebChannel(opened.profile);
    opened.bridge = new BookBridge(channel);
    channel->registerObject(QStringLiteral("book"), opened.bridge);
    opened.page->setWebChannel(channel);
    // Shown, though in no view: a hidden page runs no frames.
    opened.page->setVisible(true);
    return opened;
}

void retireBookPage(QWebEnginePage *page, QWebEngineProfile *profile)
{
    QObject::connect(page, &QObject::destroyed, profile, &QObject::deleteLater);
    page->deleteLater();
}

} // namespace waypoint::exporting
