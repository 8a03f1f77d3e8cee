// Export to PDF: what a reader of the file gets, read back with poppler-utils
// (pdftotext, pdfinfo, pdffonts): every character, in embedded fonts, a
// contents that names the right pages, the page size asked for, a clear
// refusal without a CJK font, and the exporter running in the background.

#include "ExportTestSupport.h"
#include "WebTestSupport.h"
#include "export/Book.h"
#include "export/BookExporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace waypoint;
using namespace waypoint::test;

namespace {

QString pdfInfo(const QString &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf}).out;
}

// pdffonts' rows after its two header lines.
QStringList pdfFonts(const QString &pdf)
{
    QStringList rows =
        runTool(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

} // namespace

class ExportPdfTest : public ExportTestCase
{
    Q_OBJECT

private slots:
    void languagesFollowTheScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("chinese") << QStringLiteral("今天读完了一本书") << QStringLiteral("zh-CN");
        QTest::newRow("japanese") << QStringLiteral("今日は本を読みました") << QStringLiteral("ja");
        QTest::newRow("korean") << QStringLiteral("오늘은 책을 읽었다") << QStringLiteral("ko");
        QTest::newRow("english") << QStringLiteral("Read a book today") << QStringLiteral("en");
        QTest::newRow("chinese quoting one kana") << QStringLiteral(
            "这本书叫《ノルウェイの森》，讲的是青春、记忆、孤独和失去的故事，很好看")
                                                  << QStringLiteral("zh-CN");
        QTest::newRow("mostly english with a word of chinese")
            << QStringLiteral("Learning 汉字 slowly") << QStringLiteral("zh-CN");
    }

    void languagesFollowTheScript()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(exporting::languageOf(text), language);
    }

    void pdfHasEveryChineseCharacterContentsAndPages()
    {
        test::Run run;
        const QString pdf = exportTo(
            QStringLiteral("year.pdf"),
            {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--json")}, &run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("entries")].toInt(), 3);
        const int pages = pdfPages(pdf);
        QCOMPARE(report[QStringLiteral("pages")].toInt(), pages);
        // A title page, the contents, and a page at least for each entry.
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));

        const QString text = withoutSpaces(pdfText(pdf));
        for (const QString &expected :
             {QStringLiteral("今天读完了《编译原理》第三章，进度120/560。"),
              QStringLiteral("这个月写了很多代码。"), QStringLiteral("intanswer(){return42;}"),
              QStringLiteral("Diagramsandlinks"), QStringLiteral("Plan"), QStringLiteral("Review"),
              QStringLiteral("Contents"), QStringLiteral("Journal2025")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The entry's own heading repeats its title: shown once.
        QCOMPARE(text.count(QStringLiteral("读书的一天")), 2); // contents + the entry

        // Each line of the contents names the page its entry starts on.
        const QString contents = pdfText(pdf, 2);
        for (const QString &title :
             {QStringLiteral("读书的一天"), QStringLiteral("Diagrams and links"),
              QStringLiteral("三月总结")}) {
            const QRegularExpression line(QRegularExpression::escape(title)
                                          + QStringLiteral("\\s+(\\d+)"));
            const QRegularExpressionMatch match = line.match(contents);
            QVERIFY2(match.hasMatch(), qPrintable(contents));
            const int page = match.captured(1).toInt();
            QVERIFY2(pdfText(pdf, page).contains(title), qPrintable(title));
            QVERIFY(!pdfText(pdf, page - 1).contains(title) || page - 1 == 2);
        }

        // Fonts: all embedded; the Chinese glyphs come with one (Noto CJK's
        // outlines are embedded by Chromium as a Type 3 font).
        const QStringList fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const QString &row : fonts)
            QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row));
        // Clickable: the contents jump to the entries, the link goes to the web.
        const QString dests =
            runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-dests"), pdf}).out;
        for (const QString &id : std::as_const(m_ids))
            QVERIFY2(dests.contains(QStringLiteral("entry-") + id), qPrintable(dests));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("https://example.org/docs"));
        QVERIFY(!bytes.contains("javascript:"));
    }

    void chineseGlyphsComeFromAnEmbeddedFont()
    {
        // An entry of Latin only against the same with Chinese: the Chinese
        // one carries one more embedded font, with a Unicode map.
        QString error;
        std::unique_ptr<Journal> journal =
            Journal::open(path(QStringLiteral("fonts.waypoint")), {}, &error);
        QVERIFY(journal);
        EntryStore store(*journal);
        const Entry latin = test::addEntry(store, QDate(2025, 5, 1), QStringLiteral("Latin"),
                                           QStringLiteral("plain words"));
        const Entry chinese = test::addEntry(store, QDate(2025, 5, 2), QStringLiteral("Latin"),
                                             QStringLiteral("plain words 中文字"));
        journal.reset();
        auto exportOne = [&](const QString &id, const QString &name) {
            test::runWaypoint({QStringLiteral("--journal"), path(QStringLiteral("fonts.waypoint")),
                               QStringLiteral("export"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--id"), id,
                               QStringLiteral("--output"), path(name)});
            return pdfFonts(path(name));
        };
        const QStringList latinFonts = exportOne(latin.uuid, QStringLiteral("latin.pdf"));
        const QStringList chineseFonts = exportOne(chinese.uuid, QStringLiteral("chinese.pdf"));
        QVERIFY2(chineseFonts.size() > latinFonts.size(),
                 qPrintable(chineseFonts.join(QLatin1Char('\n'))));
        QVERIFY(withoutSpaces(pdfText(path(QStringLiteral("chinese.pdf"))))
                    .contains(QStringLiteral("中文字")));
        for (const QString &row : chineseFonts) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 5, qPrintable(row));
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes")); // emb
            QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes")); // uni
        }
    }

    void pageCountGrowsWithEntriesAndFollowsThePageSize()
    {
        const QString one =
            exportTo(QStringLiteral("one.pdf"), {QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("--id"), m_ids.first()});
        const QString two = exportTo(QStringLiteral("two.pdf"),
                                     {QStringLiteral("--format"), QStringLiteral("pdf"),
                                      QStringLiteral("--id"), m_ids.first(), QStringLiteral("--id"),
                                      m_ids.last(), QStringLiteral("--no-toc")});
        const QString all = exportTo(QStringLiteral("all.pdf"),
                                     {QStringLiteral("--format"), QStringLiteral("pdf"),
                                      QStringLiteral("--page-size"), QStringLiteral("Letter"),
                                      QStringLiteral("--no-toc")});
        QCOMPARE(pdfPages(one), 1); // one entry: no title page, no contents
        QCOMPARE(pdfPages(two), 2);
        QCOMPARE(pdfPages(all), 3);
        QVERIFY(!pdfText(one).contains(QLatin1String("Contents")));
        QVERIFY2(pdfInfo(one).contains(QLatin1String("(A4)")), qPrintable(pdfInfo(one)));
        QVERIFY2(pdfInfo(all).contains(QLatin1String("(letter)")), qPrintable(pdfInfo(all)));
    }

    void aLongBookNumbersItsContentsAcrossPiecesAndPages()
    {
        // Enough entries for two pages laying it out, each printing several
        // pieces: every line of the contents must still name the right page.
        QString error;
        const QString longJournal = path(QStringLiteral("long.waypoint"));
        std::unique_ptr<Journal> journal = Journal::open(longJournal, {}, &error);
        QVERIFY(journal);
        EntryStore store(*journal);
        const int count = 100;
        for (int i = 1; i <= count; ++i) {
            QString body = QStringLiteral("短短一段，第%1天。\n").arg(i);
            if (i % 7 == 0) // now and then an entry longer than a page
                body += QStringLiteral("\n很长的一段话，写满一页又一页。").repeated(160);
            if (i % 10 == 0)
                body += QStringLiteral("\n脚注在这里[^1]。\n\n[^1]: 第%1天的脚注。\n").arg(i);
            test::addEntry(store, QDate(2023, 1, 1).addDays(i),
                           QStringLiteral("条目%1").arg(i, 3, 10, QLatin1Char('0')), body);
        }
        journal.reset();
        const QString pdf = path(QStringLiteral("long.pdf"));
        test::Run run = test::runWaypoint({QStringLiteral("--journal"), longJournal,
                                           QStringLiteral("export"), QStringLiteral("--format"),
                                           QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList pages = runTool(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                      .out.split(QLatin1Char('\f'));
        static const QRegularExpression line(
            QStringLiteral("^\\s*\\d{4}-\\d\\d-\\d\\d\\s+(条目\\d{3})\\s+(\\d+)\\s*$"),
            QRegularExpression::MultilineOption);
        QHash<QString, int> listed;
        for (int p = 0; p < pages.size(); ++p) {
            QRegularExpressionMatchIterator it = line.globalMatch(pages.at(p));
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                listed.insert(match.captured(1), match.captured(2).toInt());
            }
        }
        QCOMPARE(listed.size(), count);
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            const int page = it.value();
            QVERIFY2(page >= 1 && page <= pages.size(), qPrintable(it.key()));
            // The page named starts that entry: its title is there, and not
            // on the page before (the contents aside).
            QVERIFY2(pages.at(page - 1).contains(it.key()),
                     qPrintable(it.key() + QString::number(page)));
            QVERIFY2(!pages.at(page - 2).contains(it.key())
                         || listed.value(QStringLiteral("条目001")) > page - 1,
                     qPrintable(it.key()));
        }
        QCOMPARE(pdfPages(pdf), pages.size() - 1); // pdftotext ends each page with a form feed

        // Footnotes stay in their own entry: ids and links carry the entry's.
        const QString html = path(QStringLiteral("long.html"));
        run = test::runWaypoint({QStringLiteral("--journal"), longJournal, QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("--output"), html});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression footnoteIds(
            QStringLiteral("id=\"(entry-[0-9a-f-]{36}-fn-1)\""));
        QSet<QString> ids;
        QRegularExpressionMatchIterator it = footnoteIds.globalMatch(text);
        while (it.hasNext()) {
            const QString id = it.next().captured(1);
            ids.insert(id);
            QVERIFY2(text.contains(QStringLiteral("href=\"#") + id + QLatin1Char('"')),
                     qPrintable(id));
        }
        QCOMPARE(ids.size(), count / 10);
    }

    void withoutACjkFontAPdfIsRefusedClearly()
    {
        // A font configuration that knows only the Latin fonts.
        const QString conf = path(QStringLiteral("latin-fonts.conf"));
        QVERIFY(test::writeFile(
            conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                  "<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
                  "<cachedir>"
                      + path(QStringLiteral("fc-cache")).toUtf8() + "</cachedir></fontconfig>\n"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
        const QString out = path(QStringLiteral("no-font.pdf"));
        test::Run run = test::runWaypoint({QStringLiteral("--journal"), m_journal,
                                           QStringLiteral("export"), QStringLiteral("--format"),
                                           QStringLiteral("pdf"), QStringLiteral("--output"), out},
                                          {}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No font for Chinese") && run.err.contains("fonts-noto-cjk"),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        // HTML is read with the reader's fonts: it is written all the same.
        run = test::runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("--output"), path(QStringLiteral("no-font.html"))},
                                {}, environment);
        QCOMPARE(run.exitCode, 0);
    }

    void runsInTheBackgroundAndCanBeCancelled()
    {
        QString error;
        std::unique_ptr<Journal> journal = Journal::open(m_journal, {}, &error);
        QVERIFY(journal);
        const QList<Entry> entries = EntryStore(*journal).select({}, {}, &error);
        QCOMPARE(entries.size(), 3);
        AttachmentStore attachments(*journal);

        // Progress comes while the event loop runs, entry by entry.
        exporting::BookExporter exporter;
        exporter.setAttachmentLookup(preview::AttachmentSchemeHandler::lookupIn(&attachments));
        QSignalSpy progress(&exporter, &exporting::BookExporter::progress);
        QSignalSpy finished(&exporter, &exporting::BookExporter::finished);
        exporting::BookOptions options;
        options.format = exporting::BookFormat::Pdf;
        options.output = path(QStringLiteral("background.pdf"));
        QVERIFY2(exporter.start(entries, options, &error), qPrintable(error));
        QVERIFY(exporter.isRunning());
        QVERIFY(!QFileInfo::exists(options.output));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QFileInfo::exists(options.output));
        QCOMPARE(exporter.report().pages, pdfPages(options.output));
        bool renderedAll = false;
        QList<exporting::BookExporter::Stage> stages;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto stage = signal.at(0).value<exporting::BookExporter::Stage>();
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
            if (stage == exporting::BookExporter::Stage::Rendering && signal.at(1).toInt() == 3
                && signal.at(2).toInt() == 3)
                renderedAll = true;
        }
        QVERIFY(renderedAll);
        QCOMPARE(stages.first(), exporting::BookExporter::Stage::Preparing);
        QCOMPARE(stages.last(), exporting::BookExporter::Stage::Writing);
        QVERIFY(stages.contains(exporting::BookExporter::Stage::Printing));

        // Cancelled at any stage: finished(false) and no file.
        for (const auto stopAt :
             {exporting::BookExporter::Stage::Preparing, exporting::BookExporter::Stage::Rendering,
              exporting::BookExporter::Stage::Printing}) {
            exporting::BookExporter cancelled;
            cancelled.setAttachmentLookup(preview::AttachmentSchemeHandler::lookupIn(&attachments));
            QSignalSpy done(&cancelled, &exporting::BookExporter::finished);
            connect(&cancelled, &exporting::BookExporter::progress, &cancelled,
                    [&cancelled, stopAt](exporting::BookExporter::Stage stage) {
                        if (stage == stopAt)
                            QMetaObject::invokeMethod(&cancelled, &exporting::BookExporter::cancel,
                                                      Qt::QueuedConnection);
                    });
            options.output = path(QStringLiteral("cancelled.pdf"));
            QVERIFY(cancelled.start(entries, options, &error));
            QVERIFY(done.wait(60000));
            QCOMPARE(done.first().first().toBool(), false);
            QVERIFY(cancelled.wasCancelled());
            // Whatever was under way finishes in the background and writes nothing.
            QTest::qWait(500);
            QVERIFY(!QFileInfo::exists(options.output));
        }
    }
};

WAYPOINT_WEB_TEST_MAIN(ExportPdfTest)

#include "tst_exportpdf.moc"
