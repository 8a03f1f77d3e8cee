#pragma once

#include "core/Entry.h"
#include "preview/AttachmentSchemeHandler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <functional>

namespace waypoint::exporting {

// A book is entries exported as one document: a PDF, one HTML file, or a
// folder with index.html and assets/. It is rendered by the preview's own
// pipeline (book.html), so it reads like the preview.
enum class BookFormat { Pdf, Html, HtmlFolder };

struct BookOptions
{
    BookFormat format = BookFormat::Pdf;
    QString output; // the file (Pdf, Html) or the folder (HtmlFolder)
    QString title;  // of the title page; empty: made from the dates
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    double marginMm = 18;
    bool tableOfContents = true; // with a title page, when there are several entries
    bool darkTheme = false;
    bool remoteImages = false; // show http(s) images (PDF fetches them, HTML links them)
};

struct BookReport
{
    int entries = 0;
    int pages = 0;  // PDF only
    int images = 0; // images embedded or written
    qint64 bytes = 0;
    QString output;       // absolute path written
    QStringList files;    // written, relative to the output's folder
    QStringList warnings; // e.g. images missing from the journal
};

// "ja" when the text has kana, "ko" with Hangul, "zh-CN" with other Han
// characters, else "en": what <html lang> and the CJK glyphs follow.
QString languageOf(const QString &text);

// The languages whose script the text uses but no installed font covers
// ("Chinese", "Japanese", "Korean", in the UI language). A PDF made without
// them would silently lose every such character.
QStringList languagesWithoutFont(const QString &text);

class Book
{
    Q_DECLARE_TR_FUNCTIONS(Book)

public:
    Book(QList<Entry> entries, BookOptions options);

    const QList<Entry> &entries() const { return m_entries; }
    const BookOptions &options() const { return m_options; }
    bool hasFrontMatter() const; // title page and contents
    QString title() const;
    QString language() const; // the most common of the entries'

    // The date line of an entry's header: the date and its weekday.
    QString headerText(const Entry &entry) const;

    // window.waypointBookData for book.js, as a script: the entries from
    // first on (count of them; -1: all), and the front matter (which lists
    // them all) when withFront. The entries' Markdown becomes HTML here: the
    // slow part, safe off the GUI thread.
    QByteArray dataScript(qsizetype first = 0, qsizetype count = -1, bool withFront = true) const;

private:
    QList<Entry> m_entries;
    BookOptions m_options;
};

// What a printed piece of a book holds: its page count, and the page
// (1-based) of each named destination (an element id a link points to).
struct PdfLayout
{
    int pages = 0;
    QHash<QString, int> destinations;
};
PdfLayout pdfLayout(const QByteArray &pdf); // empty when it cannot be read

// Joins the pieces of a book printed one by one (qpdf): their pages in order,
// their named destinations, those of later pieces winning (the front
// matter's stand-ins give way to the entries), and the title in the
// document's information.
QByteArray joinPdfs(const QList<QByteArray> &pieces, const QString &title, int *pageCount,
                    QString *error);
// The id of an entry's element in the book: the target of its contents line.
QString entryAnchor(const Entry &entry);

// Turns the rendered book (the outerHTML of book.html's #content) into the
// files of a standalone HTML export, by path relative to the output: "" for
// the one file, or "index.html" and "assets/…" for a folder. Styles are
// inlined, images and KaTeX fonts embedded as data: URLs (or written to
// assets/), data-sourcepos dropped; nothing in it runs script or fetches
// anything but the remote images the options allow.
class StandaloneHtml
{
    Q_DECLARE_TR_FUNCTIONS(StandaloneHtml)

public:
    StandaloneHtml(const Book &book, preview::AttachmentSchemeHandler::Lookup lookup);
    QMap<QString, QByteArray> files(const QString &content, BookReport *report) const;

private:
    QString styles(const QString &content, QMap<QString, QByteArray> *assets) const;
    QString embedImages(QString content, QMap<QString, QByteArray> *assets,
                        BookReport *report) const;

    const Book &m_book;
    preview::AttachmentSchemeHandler::Lookup m_lookup;
};

// Writes the files of an export: each to a temporary file renamed into place,
// index.html last, so an interrupted export leaves no half-written file.
// Stops before the next file when stopped() says so.
bool writeBookFiles(const QString &output, const QMap<QString, QByteArray> &files,
                    BookReport *report, QString *error, const std::function<bool()> &stopped = {});

} // namespace waypoint::exporting
