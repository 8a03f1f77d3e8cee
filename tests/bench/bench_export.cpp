// Export speed: a year of the journal as one PDF and one HTML file.
//
//   build/tests/bench/bench_export [--entries 365] [--keep DIR]
//
// Generates a journal of N daily entries (default 365) of about 2.5 KB each
// like the seeds' (mostly Chinese, with code, tables, inline and display
// math), each with one of twelve photo-sized images, a Mermaid diagram in
// every thirtieth. Times the whole-journal export to PDF (title page,
// contents with page numbers) and to one HTML file, each from start to the
// file on disk, and says when each stage began. Baseline, same run:
// exporting one entry to PDF (the median of five), times N — what exporting
// the entries one at a time would cost. Last line: one JSON object.

#include "BenchText.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "export/BookExporter.h"
#include "preview/Schemes.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace waypoint;

namespace {

QByteArray photo(int index)
{
    QImage image(800, 500, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 800, 500);
    gradient.setColorAt(0, QColor::fromHsv((index * 30) % 360, 120, 230));
    gradient.setColorAt(1, QColor::fromHsv((index * 30 + 90) % 360, 200, 90));
    painter.fillRect(image.rect(), gradient);
    QRandomGenerator random{quint32(index)};
    for (int i = 0; i < 400; ++i) {
        painter.setPen(QColor::fromRgb(random.generate()));
        painter.drawEllipse(QPoint(int(random.bounded(800)), int(random.bounded(500))),
                            int(random.bounded(40)), int(random.bounded(40)));
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

struct Timed
{
    bool ok = false;
    double seconds = 0;
    QString stages; // when each stage began, in seconds from the start
    exporting::BookReport report;
    QString error;
};

Timed runExport(AttachmentStore &attachments, const QList<Entry> &entries,
                const exporting::BookOptions &options)
{
    exporting::BookExporter exporter;
    exporter.setAttachmentLookup(preview::AttachmentSchemeHandler::lookupIn(&attachments));
    QEventLoop loop;
    QObject::connect(&exporter, &exporting::BookExporter::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    Timed timed;
    int lastStage = -1;
    QObject::connect(
        &exporter, &exporting::BookExporter::progress,
        [&](exporting::BookExporter::Stage stage, int, int) {
            if (int(stage) == lastStage)
                return;
            lastStage = int(stage);
            static const char *const names[] = {"preparing", "laying out", "printing", "writing"};
            timed.stages += QStringLiteral("%1 %2 s, ")
                                .arg(QLatin1String(names[lastStage]))
                                .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2);
        });
    if (!exporter.start(entries, options, &timed.error))
        return timed;
    loop.exec();
    timed.seconds = timer.nsecsElapsed() / 1e9;
    timed.ok = exporter.errorString().isEmpty();
    timed.error = exporter.errorString();
    timed.report = exporter.report();
    return timed;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    preview::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries (default 365)."),
                      QStringLiteral("N"), QStringLiteral("365")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Write the journal and the exports here."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("entries")).toInt());
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("keep"))
                               ? parser.value(QStringLiteral("keep"))
                               : temporary.path();
    QDir().mkpath(folder);
    const QDir dir(folder);
    QFile::remove(dir.filePath(QStringLiteral("year.waypoint")));
    QString error;
    std::unique_ptr<Journal> journal =
        Journal::open(dir.filePath(QStringLiteral("year.waypoint")), {}, &error);
    if (!journal) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    AttachmentStore attachments(*journal);
    QStringList photos;
    for (int i = 0; i < 12; ++i)
        photos.append(attachments.add(photo(i), QStringLiteral("image/jpeg"),
                                      QStringLiteral("photo-%1.jpg").arg(i)));
    EntryStore store(*journal);
    bench::TextGenerator text;
    QList<Entry> entries;
    qint64 markdownBytes = 0;
    for (int day = 0; day < count; ++day) {
        Entry entry;
        entry.date = QDate(2025, 1, 1).addDays(day);
        entry.title =
            QStringLiteral("%1 的日志").arg(entry.date.toString(QStringLiteral("M月d日")));
        entry.body = QStringLiteral("# %1\n\n").arg(entry.title) + text.document(2200)
                     + QStringLiteral("\n$$\\sum_{i=1}^{%1} i = \\frac{%1(%1+1)}{2}$$\n\n"
                                      "![今天的照片](attachment:%2)\n")
                           .arg(day + 1)
                           .arg(photos.at(day % photos.size()));
        if (day % 30 == 0)
            entry.body += QStringLiteral(
                "\n```mermaid\ngraph LR; 计划-->执行; 执行-->复盘; 复盘-->计划;\n```\n");
        entry.tags = {QStringLiteral("日志"), QStringLiteral("第%1月").arg(entry.date.month())};
        markdownBytes += entry.body.toUtf8().size();
        entries.append(store.create(entry));
    }
    out << "journal: " << count << " entries, " << QString::number(markdownBytes / 1e6, 'f', 2)
        << " MB of Markdown, 12 images of "
        << QString::number(attachments.find(photos.first())->data.size() / 1024) << " KB\n";
    out.flush();

    exporting::BookOptions pdf;
    pdf.format = exporting::BookFormat::Pdf;
    // Baseline: one entry at a time (median of five single exports).
    QList<double> singles;
    for (int i = 0; i < 5; ++i) {
        pdf.output = dir.filePath(QStringLiteral("single-%1.pdf").arg(i));
        const Timed one = runExport(attachments, {entries.at((i * 37) % entries.size())}, pdf);
        if (!one.ok) {
            QTextStream(stderr) << "single export failed: " << one.error << '\n';
            return 1;
        }
        singles.append(one.seconds);
    }
    std::sort(singles.begin(), singles.end());
    const double single = singles.at(singles.size() / 2);
    out << "one entry to PDF: " << QString::number(single, 'f', 3) << " s (median of 5), x "
        << count << " = " << QString::number(single * count, 'f', 1) << " s\n";
    out.flush();

    pdf.output = dir.filePath(QStringLiteral("year.pdf"));
    const Timed whole = runExport(attachments, entries, pdf);
    if (!whole.ok) {
        QTextStream(stderr) << "PDF export failed: " << whole.error << '\n';
        return 1;
    }
    out << "all to PDF: " << QString::number(whole.seconds, 'f', 2) << " s, " << whole.report.pages
        << " pages, " << QString::number(whole.report.bytes / 1e6, 'f', 1) << " MB ("
        << whole.stages << "done)\n";
    out.flush();

    exporting::BookOptions html;
    html.format = exporting::BookFormat::Html;
    html.output = dir.filePath(QStringLiteral("year.html"));
    const Timed page = runExport(attachments, entries, html);
    if (!page.ok) {
        QTextStream(stderr) << "HTML export failed: " << page.error << '\n';
        return 1;
    }
    out << "all to HTML: " << QString::number(page.seconds, 'f', 2) << " s, "
        << QString::number(page.report.bytes / 1e6, 'f', 1) << " MB (" << page.stages << "done)\n";

    const QJsonObject figures{
        {QStringLiteral("entries"), count},
        {QStringLiteral("pdf_seconds"), qRound(whole.seconds * 100) / 100.0},
        {QStringLiteral("pages"), whole.report.pages},
        {QStringLiteral("html_seconds"), qRound(page.seconds * 100) / 100.0},
        {QStringLiteral("baseline_single_x365_seconds"), qRound(single * count * 100) / 100.0},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
