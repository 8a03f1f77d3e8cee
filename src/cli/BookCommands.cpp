// The command line's export to PDF and HTML: a book of entries laid out by
// the preview's renderer (exporting::BookExporter), in an offscreen page.

#include "Commands.h"

#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "export/BookExporter.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace waypoint::cli {

int Commands::exportBook(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write entries as one PDF or HTML document that reads like the preview: a title "
           "page and contents when there are several, each entry on a page of its own."));
    parser.addOption({QStringLiteral("format"), tr("pdf or html."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("output"),
                      tr("The file to write (with --folder, the folder)."),
                      QStringLiteral("PATH")});
    addFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("id"), tr("Only this entry; may be repeated."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("page-size"), tr("PDF page size: A4 (default) or Letter."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("margin"), tr("PDF page margins in millimetres (default 18)."),
                      QStringLiteral("MM")});
    parser.addOption({QStringLiteral("no-toc"), tr("No title page and table of contents.")});
    parser.addOption({QStringLiteral("title"),
                      tr("The title page's title (default: from the dates)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("dark"), tr("The dark theme instead of the light one.")});
    parser.addOption({QStringLiteral("folder"),
                      tr("HTML: a folder with index.html and assets/ instead of one file.")});
    parser.addOption({QStringLiteral("remote-images"),
                      tr("Show images from the web (PDF: fetched now; HTML: linked).")});
    parser.addOption({QStringLiteral("json"), tr("Print what was written as one JSON object.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;

    exporting::BookOptions options;
    const QString format = parser.value(QStringLiteral("format"));
    options.format = format == QLatin1String("pdf")           ? exporting::BookFormat::Pdf
                     : parser.isSet(QStringLiteral("folder")) ? exporting::BookFormat::HtmlFolder
                                                              : exporting::BookFormat::Html;
    if (parser.isSet(QStringLiteral("folder")) && options.format == exporting::BookFormat::Pdf)
        return usageError(tr("--folder goes with --format html"));
    options.output = parser.value(QStringLiteral("output"));
    if (options.output.isEmpty())
        return usageError(tr("export needs --output PATH"));
    const QString pageSize = parser.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QLatin1String("letter"))
        options.pageSize = QPageSize::Letter;
    else if (!pageSize.isEmpty() && pageSize != QLatin1String("a4"))
        return usageError(tr("unknown page size '%1': use A4 or Letter")
                              .arg(parser.value(QStringLiteral("page-size"))));
    if (parser.isSet(QStringLiteral("margin"))) {
        bool ok = false;
        options.marginMm = parser.value(QStringLiteral("margin")).toDouble(&ok);
        if (!ok || !std::isfinite(options.marginMm) || options.marginMm < 0
            || options.marginMm > 60)
            return usageError(tr("--margin takes millimetres from 0 to 60"));
    }
    options.tableOfContents = !parser.isSet(QStringLiteral("no-toc"));
    options.title = parser.value(QStringLiteral("title"));
    options.darkTheme = parser.isSet(QStringLiteral("dark"));
    options.remoteImages = parser.isSet(QStringLiteral("remote-images"));
    EntryFilter filter;
    if (!readFilter(parser, &filter, &exitCode)
        || !checkIds(parser.values(QStringLiteral("id")), &exitCode))
        return exitCode;

    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    QList<Entry> entries;
    try {
        QString error;
        entries = journal->entries().select(parser.values(QStringLiteral("id")), filter, &error);
        if (!error.isEmpty())
            return failure(error);
    } catch (const DatabaseError &e) {
        return failure(e.message());
    }

    exporting::BookExporter exporter;
    exporter.setAttachmentLookup(preview::AttachmentSchemeHandler::lookupIn(&journal->attachments()));
    const bool terminal = isTerminal(stderr);
    bool lineOpen = false; // a progress line waits for its end
    QObject::connect(&exporter, &exporting::BookExporter::progress,
                     [&](exporting::BookExporter::Stage stage, int done, int total) {
                         if (!terminal)
                             return;
                         if (stage == exporting::BookExporter::Stage::Rendering) {
                             m_err << '\r'
                                   << tr("Laying out: %1 of %2 entries").arg(done).arg(total);
                             lineOpen = true;
                         } else if (stage == exporting::BookExporter::Stage::Printing) {
                             m_err << '\r' << tr("Printing: part %1 of %2").arg(done).arg(total)
                                   << QStringLiteral("          ");
                             lineOpen = true;
                         }
                         m_err.flush();
                     });
    QEventLoop loop;
    QObject::connect(&exporter, &exporting::BookExporter::finished, &loop, &QEventLoop::quit);
    QString error;
    if (!exporter.start(entries, options, &error))
        return failure(error);
    loop.exec();
    if (lineOpen) {
        m_err << '\n';
        m_err.flush();
    }
    if (!exporter.errorString().isEmpty())
        return failure(exporter.errorString());

    const exporting::BookReport &report = exporter.report();
    for (const QString &warning : report.warnings)
        m_err << "waypoint: " << warning << '\n';
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("entries"), report.entries},
                         {QStringLiteral("images"), report.images},
                         {QStringLiteral("bytes"), report.bytes},
                         {QStringLiteral("output"), report.output},
                         {QStringLiteral("files"), QJsonArray::fromStringList(report.files)},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
        if (options.format == exporting::BookFormat::Pdf)
            json.insert(QStringLiteral("pages"), report.pages);
        printJson(json);
        return Success;
    }
    if (options.format == exporting::BookFormat::Pdf)
        print(tr("Exported %n entries to %1 (%2 pages).", nullptr, report.entries)
                  .arg(report.output)
                  .arg(report.pages)
              + QLatin1Char('\n'));
    else
        print(tr("Exported %n entries to %1.", nullptr, report.entries).arg(report.output)
              + QLatin1Char('\n'));
    return Success;
}

} // namespace waypoint::cli
