// Export to PDF and HTML: what a reader of the files gets. PDFs are read
// back with poppler-utils (pdftotext, pdfinfo, pdffonts), HTML files are
// opened offline in a browser page that may fetch nothing.

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/ExportDialog.h"
#include "app/MainWindow.h"
#include "core/AttachmentStore.h"
#include "core/Journal.h"
#include "export/Book.h"
#include "export/BookExporter.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

using namespace waypoint;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).out;
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

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

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QByteArray pngOf(QColor color, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

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

class ExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QStringList m_ids; // oldest first
    QString m_imageKey;

    test::Run wp(QStringList arguments)
    {
        return test::runWaypoint(QStringList{QStringLiteral("--journal"), m_journal} + arguments);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString exportTo(const QString &name, QStringList arguments, test::Run *run = nullptr)
    {
        const QString out = path(name);
        const test::Run result =
            wp(QStringList{QStringLiteral("export"), QStringLiteral("--output"), out} + arguments);
        if (run)
            *run = result;
        return out;
    }

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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = path(QStringLiteral("book.waypoint"));
        QString error;
        std::unique_ptr<Journal> journal = Journal::open(m_journal, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        AttachmentStore attachments(*journal);
        m_imageKey = attachments.add(pngOf(QColor(200, 30, 30), 40), QStringLiteral("image/png"),
                                     QStringLiteral("red.png"));
        EntryStore store(*journal);
        const QList<Entry> entries = {
            test::addEntry(
                store, QDate(2025, 1, 5), QStringLiteral("读书的一天"),
                QStringLiteral("# 读书的一天\n\n今天读完了《编译原理》第三章，进度 120/560。\n\n"
                               "![红色方块](attachment:%1)\n\n"
                               "```cpp\nint answer() { return 42; }\n```\n\n"
                               "质能方程 $E=mc^2$，以及\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n")
                    .arg(m_imageKey),
                {QStringLiteral("读书")}),
            test::addEntry(store, QDate(2025, 2, 14), QStringLiteral("Diagrams and links"),
                           QStringLiteral("A flow:\n\n```mermaid\ngraph LR; Plan-->Review;\n```\n\n"
                                          "See [the docs](https://example.org/docs) and "
                                          "[nothing](javascript:alert(1)).\n\n"
                                          "![remote](https://example.org/cat.png)\n")),
            test::addEntry(
                store, QDate(2025, 3, 1), QStringLiteral("三月总结"),
                QStringLiteral(
                    "这个月写了很多代码。\n\n| 项目 | 进度 |\n|---|---|\n| 博客 | 90%% |\n")
                    .replace(QStringLiteral("%%"), QStringLiteral("%")),
                {QStringLiteral("总结")}),
        };
        for (const Entry &entry : entries)
            m_ids.append(entry.uuid);
    }

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

WAYPOINT_WEB_TEST_MAIN(ExportTest)

#include "tst_export.moc"
