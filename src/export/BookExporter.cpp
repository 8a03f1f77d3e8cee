#include "BookExporter.h"

#include "BookPage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QRegularExpression>
#include <QThread>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QtConcurrent>
#include <algorithm>

namespace waypoint::exporting {

namespace {

// How long the pages may show no progress before the export gives up.
constexpr int stallLimitMs = 60 * 1000;
// A PDF gets one more page laying it out per this many entries (up to the cores).
constexpr qsizetype entriesPerRenderer = 48;

struct Written
{
    bool ok = false;
    QString error;
    BookReport report;
};

} // namespace

struct BookExporter::Renderer
{
    QWebEngineProfile *profile = nullptr;
    QWebEnginePage *page = nullptr;
    bool rendered = false;
    bool printing = false; // a printToPdf() has not called back yet
    bool printedAll = false;
    int done = 0; // entries laid out
    int total = 0;
    QVariantMap status;    // what book.js last reported of its work
    int pieceCount = 0;    // book.js prints its share in pieces
    bool hasFront = false; // piece 0 is the title page and contents
    QList<QByteArray> pieces;
    QList<QFuture<PdfLayout>> layouts; // of the pieces, read while the next ones print
};

BookExporter::BookExporter(QObject *parent)
    : QObject(parent)
{
    // Not a poll: the pages report, and this fires only when they stop.
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallLimitMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        if (m_running)
            fail(stallMessage());
    });
}

BookExporter::~BookExporter()
{
    // Deleting a page runs its pending callbacks at once: they must find
    // nothing to go on with.
    m_running = false;
    if (m_stop)
        *m_stop = true;
    const std::vector<std::unique_ptr<Renderer>> renderers = std::move(m_renderers);
    m_renderers.clear();
    // A page goes before the profile it was made with. Chromium does not
    // survive a page deleted while it prints: that print's callback retires
    // the page instead.
    for (const std::unique_ptr<Renderer> &renderer : renderers)
        if (!renderer->printing) {
            delete renderer->page;
            delete renderer->profile;
        }
    for (auto &[page, profile] : m_retired) {
        delete page.data();
        delete profile.data();
    }
}

void BookExporter::setAttachmentLookup(preview::AttachmentSchemeHandler::Lookup lookup)
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
    m_piecesPrinted = 0;
    m_lastDone = -1;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    emit progress(Stage::Preparing, 0, 0);

    // A PDF of many entries is laid out and printed by one page per core,
    // each with a share of the entries (an HTML file is one document).
    const qsizetype count = m_book->entries().size();
    int renderers = 1;
    if (options.format == BookFormat::Pdf)
        renderers = int(std::clamp<qsizetype>((count + entriesPerRenderer - 1) / entriesPerRenderer,
                                              1, std::clamp(QThread::idealThreadCount(), 1, 4)));
    QtConcurrent::run([book = *m_book, renderers, count] {
        QList<QByteArray> scripts;
        for (int i = 0; i < renderers; ++i) {
            const qsizetype first = count * i / renderers;
            const qsizetype last = count * (i + 1) / renderers;
            scripts.append(book.dataScript(first, last - first, i == 0));
        }
        return scripts;
    }).then(this, [this, stop = m_stop](const QList<QByteArray> &scripts) {
        if (!*stop)
            load(scripts);
    });
    return true;
}

void BookExporter::cancel()
{
    // Writing is quick and goes to the end: stopping it half-way could leave
    // part of a folder behind.
    if (!m_running || m_writing)
        return;
    m_cancelled = true;
    fail(tr("The export was cancelled; nothing was written."));
}

void BookExporter::load(const QList<QByteArray> &dataScripts)
{
    for (const QByteArray &script : dataScripts) {
        auto renderer = std::make_unique<Renderer>();
        const BookPage opened = makeBookPage(script, m_lookup, m_book->options().remoteImages);
        renderer->profile = opened.profile;
        QWebEnginePage *page = renderer->page = opened.page;
        connect(opened.bridge, &BookBridge::reported, this,
                [this, page](const QVariantMap &status) {
                    if (Renderer *renderer = rendererOf(page); renderer && m_running)
                        reported(renderer, status);
                });
        connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool ok) {
            if (!ok && m_running && rendererOf(page))
                fail(tr("The page that lays out the book did not load."));
        });
        connect(page, &QWebEnginePage::renderProcessTerminated, this,
                [this, page](QWebEnginePage::RenderProcessTerminationStatus status) {
                    if (status != QWebEnginePage::NormalTerminationStatus && m_running
                        && rendererOf(page))
                        fail(tr("The page that lays out the book stopped (out of memory?)."));
                });
        page->load(bookPageUrl());
        m_renderers.push_back(std::move(renderer));
    }
    // A page that stops answering (a script that never ends, an image that
    // never loads) must not hold the export for ever.
    m_stall.start();
}

BookExporter::Renderer *BookExporter::rendererOf(QWebEnginePage *page) const
{
    for (const std::unique_ptr<Renderer> &renderer : m_renderers)
        if (renderer->page == page)
            return renderer.get();
    return nullptr;
}

void BookExporter::reported(Renderer *renderer, const QVariantMap &status)
{
    if (renderer->rendered)
        return;
    renderer->status = status;
    renderer->done = status.value(QStringLiteral("done")).toInt();
    renderer->total = status.value(QStringLiteral("total")).toInt();
    renderer->rendered = status.value(QStringLiteral("finished")).toBool();
    int done = 0;
    int total = 0;
    for (const std::unique_ptr<Renderer> &each : m_renderers) {
        done += each->rendered ? each->total : each->done;
        total += each->total;
    }
    if (done != m_lastDone) {
        m_lastDone = done;
        m_stall.start();
        if (total > 0)
            emit progress(Stage::Rendering, done, m_report.entries);
        if (!m_running) // stopped by a listener: the renderers are gone
            return;
    }
    if (renderer->rendered)
        rendered(renderer, status);
}

QString BookExporter::stallMessage() const
{
    // What the first page still laying out last said it waited for.
    for (const std::unique_ptr<Renderer> &renderer : m_renderers) {
        if (renderer->rendered)
            continue;
        const QVariantMap &status = renderer->status;
        const QString waiting = status.value(QStringLiteral("waiting")).toString();
        if (waiting == QLatin1String("images"))
            return tr("Laying out the book stopped: %n images never finished loading.", nullptr,
                      status.value(QStringLiteral("pendingImages")).toInt());
        if (waiting == QLatin1String("fonts"))
            return tr("Laying out the book stopped: these fonts never finished loading: %1")
                .arg(status.value(QStringLiteral("loadingFonts"))
                         .toStringList()
                         .join(QStringLiteral(", ")));
        return tr("Laying out the book stopped after %1 of %2 entries.")
            .arg(m_lastDone)
            .arg(m_report.entries);
    }
    return tr("Printing the book stopped answering.");
}

void BookExporter::rendered(Renderer *renderer, const QVariantMap &status)
{
    qCDebug(bookLog) << "page timings (ms):" << status.value(QStringLiteral("timings"));
    const QString error = status.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        fail(tr("The book could not be laid out: %1").arg(error));
        return;
    }
    if (m_book->options().format == BookFormat::Pdf) {
        renderer->pieceCount = status.value(QStringLiteral("pieces")).toInt();
        renderer->hasFront = status.value(QStringLiteral("hasFront")).toBool();
        printPiece(renderer, 0);
        return;
    }
    renderer->page->runJavaScript(
        QStringLiteral(
            "window.waypointBook.showAll(), document.getElementById('content').outerHTML"),
        [self = QPointer<BookExporter>(this), page = renderer->page](const QVariant &html) {
            if (self && self->rendererOf(page) && self->m_running)
                self->saveHtml(html.toString());
        });
}

void BookExporter::reportPrinting()
{
    int total = 0;
    for (const std::unique_ptr<Renderer> &renderer : m_renderers)
        total += renderer->pieceCount + (renderer->hasFront ? 1 : 0);
    emit progress(Stage::Printing, std::min(m_piecesPrinted, total), total);
}

void BookExporter::printPiece(Renderer *renderer, int index)
{
    reportPrinting();
    QWebEnginePage *page = renderer->page;
    page->runJavaScript(
        QStringLiteral("window.waypointBook.show(%1)").arg(index),
        [self = QPointer<BookExporter>(this), page, index](const QVariant &) {
            Renderer *renderer = self ? self->rendererOf(page) : nullptr;
            if (!renderer || !self->m_running)
                return;
            const BookOptions &options = self->m_book->options();
            const QPageLayout layout(
                QPageSize(options.pageSize), QPageLayout::Portrait,
                QMarginsF(options.marginMm, options.marginMm, options.marginMm, options.marginMm),
                QPageLayout::Millimeter);
            renderer->printing = true;
            page->printToPdf(
                [self, page, profile = renderer->profile, index](const QByteArray &pdf) {
                    Renderer *renderer = self ? self->rendererOf(page) : nullptr;
                    if (!renderer) {
                        retireBookPage(page, profile); // cancelled or failed while printing
                        return;
                    }
                    renderer->printing = false;
                    if (self->m_running)
                        self->printed(renderer, index, pdf);
                },
                layout);
        });
}

void BookExporter::printed(Renderer *renderer, int index, const QByteArray &pdf)
{
    if (pdf.isEmpty()) {
        fail(tr("Printing the PDF failed."));
        return;
    }
    ++m_piecesPrinted;
    m_stall.start();
    if (m_numbered) { // the front matter, now with page numbers
        renderer->pieces[0] = pdf;
        allPrinted();
        return;
    }
    renderer->pieces.append(pdf);
    renderer->layouts.append(QtConcurrent::run([pdf] { return pdfLayout(pdf); }));
    if (index + 1 < renderer->pieceCount) {
        printPiece(renderer, index + 1);
        return;
    }
    renderer->printedAll = true;
    if (std::all_of(m_renderers.cbegin(), m_renderers.cend(),
                    [](const std::unique_ptr<Renderer> &r) { return r->printedAll; }))
        allPrinted();
}

void BookExporter::allPrinted()
{
    QList<QByteArray> pieces;
    QList<QFuture<PdfLayout>> layouts;
    for (const std::unique_ptr<Renderer> &renderer : m_renderers) {
        pieces += renderer->pieces;
        layouts += renderer->layouts;
    }
    if (m_renderers.front()->hasFront && !m_numbered) {
        // The page each entry starts on: the pages before its piece, and
        // its place in that piece.
        QStringList anchors;
        for (const Entry &entry : m_book->entries())
            anchors.append(entryAnchor(entry));
        QtConcurrent::run([layouts, anchors] {
            QHash<QString, int> pages;
            int before = 0;
            for (qsizetype i = 0; i < layouts.size(); ++i) {
                const PdfLayout layout = layouts.at(i).result();
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
    write([pieces, title = m_book->title()](BookReport *report) {
        QString error;
        const QByteArray pdf = joinPdfs(pieces, title, &report->pages, &error);
        if (pdf.isEmpty()) {
            report->warnings.append(error);
            return QMap<QString, QByteArray>{};
        }
        return QMap<QString, QByteArray>{{QString(), pdf}};
    });
}

void BookExporter::numberPages(const QList<int> &pages)
{
    m_numbered = true;
    QJsonArray numbers;
    for (int page : pages)
        numbers.append(page);
    QWebEnginePage *page = m_renderers.front()->page;
    page->runJavaScript(
        QStringLiteral("window.waypointBook.setPageNumbers(%1)")
            .arg(QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact))),
        [self = QPointer<BookExporter>(this), page](const QVariant &) {
            Renderer *renderer = self ? self->rendererOf(page) : nullptr;
            if (renderer && self->m_running)
                self->printPiece(renderer, 0);
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
    auto resources = std::make_shared<QHash<QString, preview::AttachmentSchemeHandler::Resource>>();
    QRegularExpressionMatchIterator it = attachmentKey.globalMatch(content);
    while (it.hasNext()) {
        const QString key = it.next().captured(1).toLower();
        if (resources->contains(key) || !m_lookup)
            continue;
        if (const std::optional<preview::AttachmentSchemeHandler::Resource> found = m_lookup(key))
            resources->insert(key, *found);
    }
    write([book = *m_book, content, resources](BookReport *report) {
        const StandaloneHtml html(book,
                                  [resources](const QString &key)
                                      -> std::optional<preview::AttachmentSchemeHandler::Resource> {
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
    // The pages have done their part.
    m_stall.stop();
    m_writing = true;
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
    m_writing = false;
    if (m_stop)
        *m_stop = true;
    tearDown();
    emit finished(false);
}

void BookExporter::succeed()
{
    m_running = false;
    m_writing = false;
    tearDown();
    emit finished(true);
}

void BookExporter::tearDown()
{
    m_stall.stop();
    // Perhaps called from inside one of a page's own callbacks: deleted later,
    // each page first and its profile after it. One that is printing is
    // retired by its print's callback.
    for (const std::unique_ptr<Renderer> &renderer : m_renderers)
        if (!renderer->printing) {
            retireBookPage(renderer->page, renderer->profile);
            m_retired.emplace_back(renderer->page, renderer->profile);
        }
    m_renderers.clear();
}

} // namespace waypoint::exporting
