#pragma once

#include "AttachmentSchemeHandler.h"
#include "Book.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>

class QWebEngineProfile;
class QWebEnginePage;

namespace waypoint::preview {

class RequestGuard;

// Exports entries as a book (PDF or standalone HTML) in the background: the
// Markdown is converted on a worker thread, the book page (book.html, the
// preview's renderer) lays it out in an offscreen Qt WebEngine page, and the
// result is written on a worker thread; the caller's event loop keeps
// running all along. A PDF with a table of contents is printed twice: the
// first print tells on which page each entry starts.
class BookExporter : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Preparing, Rendering, Printing, Writing };
    Q_ENUM(Stage)

    static const QUrl pageUrl;
    static constexpr const char *dataScheme = "waypoint-book";
    // Must run before the QApplication is made (Qt WebEngine's rule).
    static void registerScheme();

    explicit BookExporter(QObject *parent = nullptr);
    ~BookExporter() override;

    // Where the book's attachment: images come from; called on this thread.
    void setAttachmentLookup(AttachmentSchemeHandler::Lookup lookup);

    // Checks what can be checked at once (something to export, a folder to
    // write to, a font for every CJK script of a PDF) and starts. False with
    // *error, one line naming the problem, when it cannot.
    bool start(QList<Entry> entries, const BookOptions &options, QString *error);
    // Stops; finished(false) follows and nothing is written.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const BookReport &report() const { return m_report; }
    QString errorString() const { return m_error; }

signals:
    void progress(waypoint::preview::BookExporter::Stage stage, int done, int total);
    void finished(bool ok);

private:
    void loadPage(const QByteArray &dataScript);
    void poll();
    void printPiece(int index);
    void print(int index);
    void printed(int index, const QByteArray &pdf);
    void numberPages(const QList<int> &pages);
    void saveHtml(const QString &content);
    void write(std::function<QMap<QString, QByteArray>(BookReport *)> makeFiles);
    void fail(const QString &message);
    void succeed();
    void tearDown();

    AttachmentSchemeHandler::Lookup m_lookup;
    std::unique_ptr<Book> m_book;
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    // Torn down, waiting for deleteLater(): deleted at once if this goes first.
    QPointer<QWebEnginePage> m_retiredPage;
    QPointer<QWebEngineProfile> m_retiredProfile;
    RequestGuard *m_guard = nullptr;
    QTimer m_poll;
    QByteArray m_data;
    int m_lastDone = -1;
    qint64 m_lastChange = 0;
    bool m_numbered = false; // the contents have their page numbers
    int m_pieceCount = 0;    // book.js prints the book in pieces
    bool m_hasFront = false; // piece 0 is the title page and contents
    QList<QByteArray> m_pieces;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_polling = false;
    bool m_printing = false;                   // a printToPdf() has not called back yet
    std::shared_ptr<std::atomic<bool>> m_stop; // seen by the worker threads
    BookReport m_report;
    QString m_error;
};

} // namespace waypoint::preview
