#pragma once

#include "Book.h"
#include "preview/AttachmentSchemeHandler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <atomic>
#include <memory>
#include <vector>

class QWebEngineProfile;
class QWebEnginePage;

namespace waypoint::exporting {

// Exports entries as a book (PDF or standalone HTML) in the background: the
// Markdown is converted on worker threads, the book page (book.html, the
// preview's renderer) lays it out in offscreen Qt WebEngine pages, and the
// result is written on a worker thread; the caller's event loop keeps
// running all along. Each page reports its progress through its
// QWebChannel (BookPage.h); nothing polls it. Chromium prints a long document slowly, so a PDF is
// printed in pieces of a few entries, by one page per processor core each
// with a share of the entries, and the pieces are joined (qpdf); the front
// matter is printed again once the pieces tell on which page each entry
// starts.
class BookExporter : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Preparing, Rendering, Printing, Writing };
    Q_ENUM(Stage)

    explicit BookExporter(QObject *parent = nullptr);
    ~BookExporter() override;

    // Where the book's attachment: images come from; called on this thread.
    void setAttachmentLookup(preview::AttachmentSchemeHandler::Lookup lookup);

    // Checks what can be checked at once (something to export, a folder to
    // write to, a font for every CJK script of a PDF) and starts. False with
    // *error, one line naming the problem, when it cannot.
    bool start(QList<Entry> entries, const BookOptions &options, QString *error);
    // Stops; finished(false) follows and nothing is written. Once the files
    // are being written (a moment at the end) it goes on to the end.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const BookReport &report() const { return m_report; }
    QString errorString() const { return m_error; }

signals:
    void progress(waypoint::exporting::BookExporter::Stage stage, int done, int total);
    void finished(bool ok);

private:
    struct Renderer; // one offscreen page, in a renderer process of its own

    void load(const QList<QByteArray> &dataScripts);
    void reported(Renderer *renderer, const QVariantMap &status); // by its page
    void rendered(Renderer *renderer, const QVariantMap &status);
    void printPiece(Renderer *renderer, int index);
    void printed(Renderer *renderer, int index, const QByteArray &pdf);
    void allPrinted();
    void numberPages(const QList<int> &pages);
    void saveHtml(const QString &content);
    void write(std::function<QMap<QString, QByteArray>(BookReport *)> makeFiles);
    void fail(const QString &message);
    void succeed();
    void tearDown();
    Renderer *rendererOf(QWebEnginePage *page) const;
    void reportPrinting();
    QString stallMessage() const; // why the pages stopped moving

    preview::AttachmentSchemeHandler::Lookup m_lookup;
    std::unique_ptr<Book> m_book;
    std::vector<std::unique_ptr<Renderer>> m_renderers;
    // Torn down, waiting for deleteLater(): deleted at once if this goes first.
    std::vector<std::pair<QPointer<QWebEnginePage>, QPointer<QWebEngineProfile>>> m_retired;
    QTimer m_stall; // fires when the pages have shown no progress for a while
    int m_lastDone = -1;
    bool m_numbered = false; // the contents have their page numbers
    int m_piecesPrinted = 0;
    bool m_running = false;
    bool m_writing = false; // the files are being written: too late to stop
    bool m_cancelled = false;
    std::shared_ptr<std::atomic<bool>> m_stop; // seen by the worker threads
    BookReport m_report;
    QString m_error;
};

} // namespace waypoint::exporting
