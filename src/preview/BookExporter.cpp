#include "BookExporter.h"

#include "RequestGuard.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QRegularExpression>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QtConcurrent>

namespace waypoint::preview {

namespace {

Q_LOGGING_CATEGORY(bookLog, "waypoint.book", QtInfoMsg)

// How long the page may show no progress before the export gives up.
constexpr qint64 stallLimitMs = 15 * 1000;

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
               && url.adjusted(QUrl::RemoveFragment) == BookExporter::pageUrl;
    }

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        if (level == ErrorMessageLevel)
            qCWarning(bookLog, "%s:%d: %s", qPrintable(source), line, qPrintable(message));
    }
};

// Deletes a page the exporter is done with, and its profile after it; later,
// as this may run inside one of the page's own callbacks.
void retire(QWebEnginePage *page, QWebEngineProfile *profile)
{
    QObject::connect(page, &QObject::destroyed, profile, &QObject::deleteLater);
    page->deleteLater();
}

struct Written
{
    bool ok = false;
    QString error;
    BookReport report;
};

} // namespace

const QUrl BookExporter::pageUrl(QStringLiteral("qrc:/web/book.html"));

void BookExporter::registerScheme()
{
    QWebEngineUrlScheme scheme(dataScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure like qrc:, so book.html may load its script.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

BookExporter::BookExporter(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &BookExporter::poll);
}

BookExporter::~BookExporter()
{
    if (m_stop)
        *m_stop = true;
    // Chromium does not survive a page deleted while it prints: the print's
    // callback retires the page instead.
    if (m_printing)
        return;
    // The page goes before the profile it was made with.
    delete m_page;
    delete m_profile;
    delete m_retiredPage.data();
    delete m_retiredProfile.data();
}

void BookExporter::setAttachmentLookup(AttachmentSchemeHandler::Lookup lookup)
{
    m_lookup = std::move(lookup);
}

bool BookExporter::start(QList<Entry> entries, const BookOptions &options, QString *error)
{
    if (m_running) {
        *error = tr("An export is already running.");
        return false;
    }
    if (entries.isEmpty()) {
        *error = tr("No entries match: nothing was exported.");
        return false;
    }
    const QFileInfo output(options.output);
    if (options.output.isEmpty()) {
        *error = tr("No file to export to was given.");
        return false;
    }
    const QFileInfo parent(output.absolutePath());
    if (!parent.isDir()) {
        *error =
            tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(parent.filePath()));
        return false;
    }
    if (!parent.isWritable()) {
        *error = tr("%1: no permission to write in this folder")
                     .arg(QDir::toNativeSeparators(parent.filePath()));
        return false;
    }
    if (options.format == BookFormat::HtmlFolder ? output.exists() && !output.isDir()
                                                 : output.isDir()) {
        *error = options.format == BookFormat::HtmlFolder
                     ? tr("%1 is a file; a folder was expected")
                           .arg(QDir::toNativeSeparators(output.absoluteFilePath()))
                     : tr("%1 is a folder; give the name of a file")
                           .arg(QDir::toNativeSeparators(output.absoluteFilePath()));
        return false;
    }
    if (options.format == BookFormat::Pdf) {
        QString text;
        for (const Entry &entry : std::as_const(entries))
            text += entry.title + entry.body;
        const QStringList missing = languagesWithoutFont(text);
        if (!missing.isEmpty()) {
            *error = tr("No font for %1 is installed, so the PDF would lose every such character. "
                        "Install one (Debian and Ubuntu: apt install fonts-noto-cjk) and export "
                        "again.")
                         .arg(QLocale().createSeparatedList(missing));
            return false;
        }
    }

    m_book = std::make_unique<Book>(std::move(entries), options);
    m_report = {};
    m_report.entries = int(m_book->entries().size());
    m_error.clear();
    m_running = true;
    m_cancelled = false;
    m_numbered = false;
    m_pieces.clear();
    m_lastDone = -1;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    emit progress(Stage::Preparing, 0, 0);
    QtConcurrent::run([book = *m_book] {
        return book.dataScript();
    }).then(this, [this, stop = m_stop](const QByteArray &script) {
        if (!*stop)
            loadPage(script);
    });
    return true;
}

void BookExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    fail(tr("The export was cancelled; nothing was written."));
}

void BookExporter::loadPage(const QByteArray &dataScript)
{
    // Off the record, like the preview: nothing of the journal is cached on disk.
    // Neither is a child of this: a page must go before its profile, and
    // tearDown() may have to delete them after this exporter is gone.
    m_profile = new QWebEngineProfile;
    auto *attachments = new AttachmentSchemeHandler(m_profile);
    attachments->setLookup(m_lookup);
    m_profile->installUrlSchemeHandler(AttachmentSchemeHandler::scheme, attachments);
    m_profile->installUrlSchemeHandler(dataScheme, new BookDataHandler(dataScript, m_profile));
    m_guard = new RequestGuard(m_profile);
    m_guard->setRemoteImagesAllowed(m_book->options().remoteImages);

    m_page = new BookWebPage(m_profile);
    m_page->setUrlRequestInterceptor(m_guard);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok && m_running)
            fail(tr("The page that lays out the book did not load."));
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (status != QWebEnginePage::NormalTerminationStatus && m_running)
                    fail(tr("The page that lays out the book stopped (out of memory?)."));
            });
    // Shown, though in no view: a hidden page runs no frames, and web fonts
    // that load in one never tell document.fonts.ready.
    m_page->setVisible(true);
    m_lastChange = QDateTime::currentMSecsSinceEpoch();
    m_page->load(pageUrl);
    m_poll.start();
}

void BookExporter::poll()
{
    if (!m_page || m_polling)
        return;
    m_polling = true;
    m_page->runJavaScript(
        QStringLiteral("window.waypointBook ? window.waypointBook.status() : null"),
        [this, page = m_page](const QVariant &value) {
            m_polling = false;
            if (page != m_page || !m_running)
                return;
            const QVariantMap status = value.toMap();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const int done = status.value(QStringLiteral("done")).toInt();
            if (done != m_lastDone) {
                m_lastDone = done;
                m_lastChange = now;
                emit progress(Stage::Rendering, done,
                              status.value(QStringLiteral("total")).toInt());
            } else if (now - m_lastChange > stallLimitMs) {
                const QString waiting = status.value(QStringLiteral("waiting")).toString();
                if (waiting == QLatin1String("images"))
                    fail(tr("Laying out the book stopped: %n images never finished loading.",
                            nullptr, status.value(QStringLiteral("pendingImages")).toInt()));
                else if (waiting == QLatin1String("fonts"))
                    fail(tr("Laying out the book stopped: these fonts never finished loading: %1")
                             .arg(status.value(QStringLiteral("loadingFonts"))
                                      .toStringList()
                                      .join(QStringLiteral(", "))));
                else
                    fail(tr("Laying out the book stopped at entry %1 of %2.")
                             .arg(done + 1)
                             .arg(m_book->entries().size()));
                return;
            }
            if (!status.value(QStringLiteral("finished")).toBool())
                return;
            m_poll.stop();
            qCDebug(bookLog) << "page timings (ms):" << status.value(QStringLiteral("timings"));
            const QString error = status.value(QStringLiteral("error")).toString();
            if (!error.isEmpty()) {
                fail(tr("The book could not be laid out: %1").arg(error));
                return;
            }
            if (m_book->options().format == BookFormat::Pdf) {
                m_pieceCount = status.value(QStringLiteral("pieces")).toInt();
                m_hasFront = status.value(QStringLiteral("hasFront")).toBool();
                m_pieces.clear();
                printPiece(0);
                return;
            }
            m_page->runJavaScript(QStringLiteral("window.waypointBook.showAll(), "
                                                 "document.getElementById('content').outerHTML"),
                                  [this, page](const QVariant &html) {
                                      if (page == m_page && m_running)
                                          saveHtml(html.toString());
                                  });
        });
}

void BookExporter::printPiece(int index)
{
    m_page->runJavaScript(QStringLiteral("window.waypointBook.show(%1)").arg(index),
                          [this, page = m_page, index](const QVariant &) {
                              if (page == m_page && m_running)
                                  print(index);
                          });
}

void BookExporter::print(int index)
{
    // Every piece, then the front matter again with its page numbers.
    emit progress(Stage::Printing, m_numbered ? m_pieceCount : index,
                  m_pieceCount + (m_hasFront ? 1 : 0));
    const BookOptions &options = m_book->options();
    const QPageLayout layout(
        QPageSize(options.pageSize), QPageLayout::Portrait,
        QMarginsF(options.marginMm, options.marginMm, options.marginMm, options.marginMm),
        QPageLayout::Millimeter);
    m_printing = true;
    m_page->printToPdf(
        [self = QPointer<BookExporter>(this), page = m_page, profile = m_profile,
         index](const QByteArray &pdf) {
            if (!self) {
                retire(page, profile);
                return;
            }
            self->m_printing = false;
            if (page != self->m_page)
                retire(page, profile); // cancelled or failed while printing
            else if (self->m_running)
                self->printed(index, pdf);
        },
        layout);
}

void BookExporter::printed(int index, const QByteArray &pdf)
{
    if (pdf.isEmpty()) {
        fail(tr("Printing the PDF failed."));
        return;
    }
    if (index < m_pieces.size())
        m_pieces[index] = pdf;
    else
        m_pieces.append(pdf);
    if (!m_numbered && index + 1 < m_pieceCount) {
        printPiece(index + 1);
        return;
    }
    if (m_hasFront && !m_numbered) {
        // The page each entry starts on: the pages before its piece, and
        // its place in that piece.
        QStringList anchors;
        for (const Entry &entry : m_book->entries())
            anchors.append(entryAnchor(entry));
        QtConcurrent::run([pieces = m_pieces, anchors] {
            QHash<QString, int> pages;
            int before = 0;
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                const PdfLayout layout = pdfLayout(pieces.at(i));
                if (i > 0)
                    for (auto it = layout.destinations.cbegin(); it != layout.destinations.cend();
                         ++it)
                        pages.insert(it.key(), before + it.value());
                before += layout.pages;
            }
            QList<int> numbers;
            for (const QString &anchor : anchors)
                numbers.append(pages.value(anchor));
            return numbers;
        }).then(this, [this, stop = m_stop](const QList<int> &numbers) {
            if (!*stop)
                numberPages(numbers);
        });
        return;
    }
    write([pieces = m_pieces, title = m_book->title()](BookReport *report) {
        QString error;
        const QByteArray pdf = joinPdfs(pieces, title, &error);
        if (pdf.isEmpty()) {
            report->warnings.append(error);
            return QMap<QString, QByteArray>{};
        }
        report->pages = pdfLayout(pdf).pages;
        return QMap<QString, QByteArray>{{QString(), pdf}};
    });
}

void BookExporter::numberPages(const QList<int> &pages)
{
    m_numbered = true;
    QJsonArray numbers;
    for (int page : pages)
        numbers.append(page);
    m_page->runJavaScript(
        QStringLiteral("window.waypointBook.setPageNumbers(%1)")
            .arg(QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact))),
        [this, page = m_page](const QVariant &) {
            if (page == m_page && m_running)
                printPiece(0);
        });
}

void BookExporter::saveHtml(const QString &content)
{
    if (content.isEmpty()) {
        fail(tr("The laid-out book could not be read from the page."));
        return;
    }
    // The journal is read here, on its own thread; the rest runs on a worker.
    static const QRegularExpression attachmentKey(QStringLiteral("attachment:([0-9a-fA-F]{64})"));
    auto resources = std::make_shared<QHash<QString, AttachmentSchemeHandler::Resource>>();
    QRegularExpressionMatchIterator it = attachmentKey.globalMatch(content);
    while (it.hasNext()) {
        const QString key = it.next().captured(1).toLower();
        if (resources->contains(key) || !m_lookup)
            continue;
        if (const std::optional<AttachmentSchemeHandler::Resource> found = m_lookup(key))
            resources->insert(key, *found);
    }
    write([book = *m_book, content, resources](BookReport *report) {
        const StandaloneHtml html(
            book,
            [resources](const QString &key) -> std::optional<AttachmentSchemeHandler::Resource> {
                const auto found = resources->constFind(key);
                if (found == resources->cend())
                    return std::nullopt;
                return *found;
            });
        return html.files(content, report);
    });
}

void BookExporter::write(std::function<QMap<QString, QByteArray>(BookReport *)> makeFiles)
{
    emit progress(Stage::Writing, 0, 0);
    // The page has done its part.
    m_poll.stop();
    QtConcurrent::run([output = m_book->options().output, makeFiles, stop = m_stop] {
        Written written;
        const QMap<QString, QByteArray> files = makeFiles(&written.report);
        if (files.isEmpty()) {
            written.error = written.report.warnings.value(0);
            return written;
        }
        written.ok = !*stop
                     && writeBookFiles(output, files, &written.report, &written.error,
                                       [stop] { return stop->load(); });
        return written;
    }).then(this, [this, stop = m_stop](const Written &written) {
        if (*stop || !m_running)
            return;
        if (!written.ok) {
            fail(written.error);
            return;
        }
        const int entries = m_report.entries;
        m_report = written.report;
        m_report.entries = entries;
        succeed();
    });
}

void BookExporter::fail(const QString &message)
{
    m_error = message;
    m_running = false;
    if (m_stop)
        *m_stop = true;
    tearDown();
    emit finished(false);
}

void BookExporter::succeed()
{
    m_running = false;
    tearDown();
    emit finished(true);
}

void BookExporter::tearDown()
{
    m_poll.stop();
    m_polling = false;
    if (!m_page)
        return;
    m_retiredPage = std::exchange(m_page, nullptr);
    m_retiredProfile = std::exchange(m_profile, nullptr);
    m_guard = nullptr;
    if (!m_printing)
        retire(m_retiredPage, m_retiredProfile);
}

} // namespace waypoint::preview
