// Export to HTML: what a reader of the files gets, opened offline in a
// browser page that may fetch nothing; the export's errors; and the export
// dialog and the window's Export action.

#include "ExportTestSupport.h"
#include "WebTestSupport.h"
#include "app/ExportDialog.h"
#include "app/MainWindow.h"
#include "export/Book.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

using namespace waypoint;
using namespace waypoint::test;

namespace {

// Records every request a page makes that is not for the file itself or data:.
class RequestRecorder : public QWebEngineUrlRequestInterceptor
{
public:
    QStringList requests;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != QLatin1String("data") && scheme != QLatin1String("file"))
            requests.append(info.requestUrl().toString());
        if (scheme != QLatin1String("data") && scheme != QLatin1String("file"))
            info.block(true);
    }
};

} // namespace

class ExportHtmlTest : public ExportTestCase
{
    Q_OBJECT

    // Opens an exported HTML file in a page that may load nothing from
    // outside its own folder, and runs a script once it has loaded.
    QVariant openOffline(const QString &file, const QString &script, QStringList *requests)
    {
        QWebEngineProfile profile;
        RequestRecorder recorder;
        profile.setUrlRequestInterceptor(&recorder);
        QVariant result;
        {
            QWebEnginePage page(&profile);
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.load(QUrl::fromLocalFile(file));
            if (!loaded.wait(30000) || !loaded.first().first().toBool())
                return {};
            // Fonts and images in data: URLs decode asynchronously.
            test::evaluate(&page, QStringLiteral("document.fonts.ready.then(() => true)"));
            result = test::evaluate(&page, script);
        }
        *requests = recorder.requests;
        return result;
    }

private slots:
    void htmlIsOneFileThatNeedsNothingElse()
    {
        test::Run run;
        const QString file = exportTo(QStringLiteral("year.html"),
                                      {QStringLiteral("--format"), QStringLiteral("html")}, &run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("今天读完了《编译原理》第三章")));
        QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("attachment:")));
        QVERIFY(text.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        QVERIFY(text.contains(QLatin1String("class=\"katex\"")));
        QVERIFY(text.contains(QLatin1String("url(data:font/woff2;base64,")));
        QVERIFY(text.contains(QLatin1String("<svg")));                   // mermaid, drawn
        QVERIFY(text.contains(QLatin1String("class=\"hljs-keyword\""))); // code, highlighted
        QVERIFY(text.contains(QLatin1String("<html lang=\"zh-CN\"")));
        QVERIFY(text.contains(QLatin1String("Noto Sans CJK SC")));
        // The remote image is not fetched: a placeholder names its host.
        QVERIFY(text.contains(QLatin1String("remote-image-blocked")));
        QVERIFY(!text.contains(QLatin1String("<img src=\"https://")));
        QVERIFY(text.contains(QLatin1String("data-remote-src=\"https://example.org/cat.png\"")));

        QStringList requests;
        const QVariant shown = openOffline(
            file,
            QStringLiteral("({images: Array.from(document.images).map(i => i.naturalWidth),"
                           " katexLoaded: Array.from(document.fonts).some(f => f.family === "
                           "'KaTeX_Main' && f.status === 'loaded'),"
                           " entries: document.querySelectorAll('article.entry').length})"),
            &requests);
        const QVariantMap map = shown.toMap();
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(QLatin1Char(' '))));
        QCOMPARE(map.value(QStringLiteral("entries")).toInt(), 3);
        QCOMPARE(map.value(QStringLiteral("images")).toList(), QVariantList{40});
        QVERIFY(map.value(QStringLiteral("katexLoaded")).toBool());
    }

    void htmlFolderHasIndexAndAssets()
    {
        test::Run run;
        const QString folder = exportTo(QStringLiteral("site"),
                                        {QStringLiteral("--format"), QStringLiteral("html"),
                                         QStringLiteral("--folder"), QStringLiteral("--json")},
                                        &run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QDir dir(folder);
        QVERIFY(dir.exists(QStringLiteral("index.html")));
        QVERIFY(dir.exists(QStringLiteral("assets/book.css")));
        const QStringList images =
            QDir(dir.filePath(QStringLiteral("assets/images"))).entryList(QDir::Files);
        QCOMPARE(images, QStringList{m_imageKey.left(16) + QStringLiteral(".png")});
        QVERIFY(!QDir(dir.filePath(QStringLiteral("assets/fonts")))
                     .entryList({QStringLiteral("KaTeX_Main-*")})
                     .isEmpty());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report[QStringLiteral("files")].toArray().contains(QStringLiteral("index.html")));
        QCOMPARE(report[QStringLiteral("images")].toInt(), 1);

        QStringList requests;
        const QVariantMap map =
            openOffline(
                dir.filePath(QStringLiteral("index.html")),
                QStringLiteral("({images: Array.from(document.images).map(i => i.naturalWidth),"
                               " katexLoaded: Array.from(document.fonts).some(f => f.family === "
                               "'KaTeX_Main' && f.status === 'loaded')})"),
                &requests)
                .toMap();
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(QLatin1Char(' '))));
        QCOMPARE(map.value(QStringLiteral("images")).toList(), QVariantList{40});
        QVERIFY(map.value(QStringLiteral("katexLoaded")).toBool());
    }

    void aBookBeyondTwoMegabytesLoads()
    {
        // setHtml() gives up at about 2 MB; the book comes through a scheme.
        QString error;
        const QString big = path(QStringLiteral("big.waypoint"));
        std::unique_ptr<Journal> journal = Journal::open(big, {}, &error);
        QVERIFY(journal);
        EntryStore store(*journal);
        const QString paragraph = QStringLiteral("长文本，用来把书撑到两兆字节以上。").repeated(20)
                                  + QStringLiteral("\n\n");
        for (int i = 0; i < 60; ++i)
            test::addEntry(store, QDate(2024, 1, 1).addDays(i), QStringLiteral("第%1篇").arg(i + 1),
                           paragraph.repeated(50) + QStringLiteral("结尾标记%1\n").arg(i + 1));
        journal.reset();
        const QString file = path(QStringLiteral("big.html"));
        const test::Run run = test::runWaypoint(
            {QStringLiteral("--journal"), big, QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("html"), QStringLiteral("--output"), file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo(file).size() > 5 * 512 * 1024);
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("结尾标记1\n"))
                || text.contains(QStringLiteral("结尾标记1<")));
        QVERIFY(text.contains(QStringLiteral("结尾标记60")));
    }

    void errorsExitOneAndLeaveNoFile()
    {
        struct Case
        {
            QStringList arguments;
            QString output;
            QString message;
        };
        const QList<Case> cases = {
            {{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--tag"),
              QStringLiteral("no-such-tag")},
             path(QStringLiteral("empty.pdf")),
             QStringLiteral("No entries match")},
            {{QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--from"),
              QStringLiteral("2030-01-01")},
             path(QStringLiteral("empty.html")),
             QStringLiteral("No entries match")},
            {{QStringLiteral("--format"), QStringLiteral("pdf")},
             path(QStringLiteral("missing-folder/year.pdf")),
             QStringLiteral("the folder does not exist")},
            {{QStringLiteral("--format"), QStringLiteral("pdf")},
             m_dir.path(),
             QStringLiteral("is a folder")},
            {{QStringLiteral("--format"), QStringLiteral("pdf")},
             QStringLiteral("/proc/waypoint-year.pdf"),
             QStringLiteral("/proc/waypoint-year.pdf")},
        };
        for (const Case &c : cases) {
            const test::Run run =
                wp(QStringList{QStringLiteral("export"), QStringLiteral("--output"), c.output}
                   + c.arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(c.message.toUtf8()), run.err.constData());
            QCOMPARE(run.err.count('\n'), 1);
            if (c.output != m_dir.path())
                QVERIFY(!QFileInfo::exists(c.output));
        }
        // No temporary file was left beside the outputs either.
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*.pdf.*"), QStringLiteral("*.html.*")})
                    .isEmpty());
    }

    void theDialogExportsInTheBackgroundAndStops()
    {
        QString error;
        std::unique_ptr<Journal> journal = Journal::open(m_journal, {}, &error);
        QVERIFY(journal);
        AttachmentStore attachments(*journal);
        ExportDialog::Scopes scopes;
        scopes.entryId = m_ids.first();
        scopes.entryTitle = QStringLiteral("读书的一天");
        scopes.tags = {QStringLiteral("读书"), QStringLiteral("总结")};
        ExportDialog dialog(*journal, attachments, scopes);
        dialog.show();
        QVERIFY(dialog.outputEdit()->text().endsWith(QStringLiteral("读书的一天.pdf")));

        // The whole journal as one HTML file; the event loop keeps running.
        dialog.setScope(ExportDialog::Scope::All);
        dialog.setFormat(exporting::BookFormat::Html);
        const QString out = path(QStringLiteral("dialog.html"));
        dialog.outputEdit()->setText(out);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(10);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY(dialog.stopButton()->isVisible());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(test::waitUntil([&] { return !dialog.isExporting(); }, 60000));
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("Exported 3 entries to")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(!dialog.progressBar()->isVisible());

        // One tag, as PDF, stopped at once: no file, and it says so.
        dialog.setScope(ExportDialog::Scope::Tag);
        dialog.tagBox()->setCurrentIndex(1); // 总结
        dialog.setFormat(exporting::BookFormat::Pdf);
        const QString stopped = path(QStringLiteral("stopped.pdf"));
        dialog.outputEdit()->setText(stopped);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("cancelled")));
        QTest::qWait(300);
        QVERIFY(!QFileInfo::exists(stopped));

        // Then the same tag to the end: one entry, one page.
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(test::waitUntil([&] { return !dialog.isExporting(); }, 60000));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("Exported"))
                     && dialog.statusLabel()->text().contains(stopped),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(pdfPages(stopped), 1);
        QVERIFY(withoutSpaces(pdfText(stopped)).contains(QStringLiteral("这个月写了很多代码")));

        // A folder that does not exist: said at once, nothing starts.
        dialog.outputEdit()->setText(path(QStringLiteral("nowhere/x.pdf")));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(!dialog.isExporting());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("does not exist")));
    }

    void theWindowOffersItsOpenEntry()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(m_journal, &error), qPrintable(error));
        QVERIFY(window.showEntry(m_ids.last()));
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        action->trigger();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *scope = dialog->findChild<QComboBox *>();
        QVERIFY(scope->itemText(0).contains(QStringLiteral("三月总结")));
        // Opened again: the same dialog comes forward.
        action->trigger();
        QCOMPARE(window.exportDialog(), dialog);
        dialog->close();
        QVERIFY(test::waitUntil([&] { return window.exportDialog() == nullptr; }, 5000));
    }
};

WAYPOINT_WEB_TEST_MAIN(ExportHtmlTest)

#include "tst_exporthtml.moc"
