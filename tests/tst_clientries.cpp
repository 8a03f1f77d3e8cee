// The command line as scripts use it, for entries: the real binary adding,
// listing, showing, searching, importing and exporting them; JSON shapes, exit
// codes and error lines; no display needed; two writers at once.

#include "CliTestSupport.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "markdown/MarkdownText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <tuple>

using namespace waypoint;
using test::runWaypoint;

class CliEntriesTest : public test::CliTestCase
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const test::Run version = runWaypoint({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        // CMake's project version, the one the packages and the metainfo carry.
        QCOMPARE(version.out, QByteArray("waypoint " WAYPOINT_PROJECT_VERSION "\n"));
        const test::Run help = runWaypoint({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("add") && help.out.contains("--journal"));
        QCOMPARE(runWaypoint({QStringLiteral("add"), QStringLiteral("--help")}).exitCode, 0);
    }

    void addListShowRoundTrip()
    {
        const test::Run added = wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2022-03-14"),
                                    QStringLiteral("--title"), QStringLiteral("三年后"), QStringLiteral("--tag"),
                                    QStringLiteral("talk"), QStringLiteral("--tag"), QStringLiteral("运维"),
                                    QStringLiteral("正文"), QStringLiteral("k8s 集群 🎉")});
        QCOMPARE(added.exitCode, 0);
        const QString id = QString::fromUtf8(added.out).trimmed();
        QVERIFY2(QUuid::fromString(id).isNull() == false, added.out.constData());

        const test::Run listed = wp({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.keys(), (QStringList{QStringLiteral("chars"), QStringLiteral("date"), QStringLiteral("id"),
                                            QStringLiteral("source"), QStringLiteral("tags"), QStringLiteral("title")}));
        QCOMPARE(entry[QStringLiteral("id")].toString(), id);
        QCOMPARE(entry[QStringLiteral("date")].toString(), QStringLiteral("2022-03-14"));
        QCOMPARE(entry[QStringLiteral("title")].toString(), QStringLiteral("三年后"));
        QCOMPARE(entry[QStringLiteral("tags")].toArray(), (QJsonArray{QStringLiteral("talk"), QStringLiteral("运维")}));
        QCOMPARE(entry[QStringLiteral("chars")].toInt(), 11); // "正文 k8s 集群 🎉"
        QCOMPARE(entry[QStringLiteral("source")].toString(), QString());

        const test::Run shown = wp({QStringLiteral("show"), id.left(8), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject full = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(full[QStringLiteral("body")].toString(), QStringLiteral("正文 k8s 集群 🎉"));
        QCOMPARE(full[QStringLiteral("id")].toString(), id);
        QCOMPARE(wp({QStringLiteral("show"), id}).out, QByteArray("正文 k8s 集群 🎉\n"));
    }

    void bodyFromStdinTitleFromHeadingAndFilters()
    {
        const QByteArray body = "# 年度总结\n\n读完了 12 本书。\n";
        const test::Run added = wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-12-31"),
                                    QStringLiteral("--file"), QStringLiteral("-")},
                                   body);
        QCOMPARE(added.exitCode, 0);
        wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2022-01-01"), QStringLiteral("新年")});
        const QJsonArray all = QJsonDocument::fromJson(wp({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].toObject()[QStringLiteral("date")].toString(), QStringLiteral("2022-01-01"));
        const QJsonArray old = QJsonDocument::fromJson(
            wp({QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("2021-12-31"), QStringLiteral("--json")}).out).array();
        QCOMPARE(old.size(), 1);
        QCOMPARE(old[0].toObject()[QStringLiteral("title")].toString(), QStringLiteral("年度总结"));
        const QString id = old[0].toObject()[QStringLiteral("id")].toString();
        QCOMPARE(wp({QStringLiteral("show"), id}).out, body);
        const QByteArray html = wp({QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("html")}).out;
        // The preview's body: source positions for scroll sync, nothing else added.
        QVERIFY2(html.contains("<h1 data-sourcepos=\"1:1-1:14\">年度总结</h1>"), html.constData());
        QCOMPARE(html, markdown::toHtml(QString::fromUtf8(body)).toUtf8());
    }

    void searchPrintsTheBestFirstAsJson()
    {
        for (const auto &[date, title, body] :
             {std::tuple{"2020-01-01", "旧的", "只在正文里提到集群一次，还有别的很多话。"},
              std::tuple{"2021-06-01", "集群运维", "k8s 集群的日常。"},
              std::tuple{"2022-01-01", "无关", "今天读书。"}})
            QCOMPARE(wp({QStringLiteral("add"), QStringLiteral("--date"), QLatin1String(date),
                         QStringLiteral("--title"), QString::fromUtf8(title), QString::fromUtf8(body)})
                         .exitCode,
                     0);
        const test::Run run = wp({QStringLiteral("search"), QStringLiteral("集群"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(hits.size(), 2);
        const QJsonObject best = hits[0].toObject();
        QCOMPARE(best[QStringLiteral("title")].toString(), QStringLiteral("集群运维"));
        QCOMPARE(best[QStringLiteral("date")].toString(), QStringLiteral("2021-06-01"));
        QVERIFY(best[QStringLiteral("snippet")].toString().contains(QStringLiteral("<mark>集群</mark>")));
        QVERIFY(best[QStringLiteral("score")].toDouble() > hits[1].toObject()[QStringLiteral("score")].toDouble());
        QCOMPARE(best[QStringLiteral("id")].toString().size(), 36);

        // -word excludes, as in the search field (it is no option).
        const test::Run excluded = wp({QStringLiteral("search"), QStringLiteral("集群"), QStringLiteral("-k8s"),
                                       QStringLiteral("--json")});
        QCOMPARE(excluded.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(excluded.out).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(excluded.out).array()[0].toObject()[QStringLiteral("title")].toString(),
                 QStringLiteral("旧的"));

        const test::Run limited = wp({QStringLiteral("search"), QStringLiteral("集群"), QStringLiteral("--limit"),
                                      QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 1);
        // Plain output: date, short id, title, then the snippet.
        const test::Run text = wp({QStringLiteral("search"), QStringLiteral("k8s"), QStringLiteral("集群")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("2021-06-01  "), text.out.constData());
        QVERIFY(text.out.contains("k8s 集群的日常"));
        QCOMPARE(wp({QStringLiteral("search"), QStringLiteral("没有这个词"), QStringLiteral("--json")}).out.trimmed(),
                 QByteArray("[\n]"));

        const test::Run reindex = wp({QStringLiteral("reindex")});
        QCOMPARE(reindex.exitCode, 0);
        QCOMPARE(reindex.out, QByteArray("Indexed 3 entries.\n"));
        QCOMPARE(QJsonDocument::fromJson(wp({QStringLiteral("search"), QStringLiteral("集群"), QStringLiteral("--json")}).out)
                     .array()
                     .size(),
                 2);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--no-such-flag")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2022-13-01"), QStringLiteral("x")};
        QTest::newRow("nothing to add") << QStringList{QStringLiteral("add")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("show"), QStringLiteral("abcd"), QStringLiteral("--format"), QStringLiteral("pdf")};
        QTest::newRow("global option without value") << QStringList{QStringLiteral("--lang")};
        QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
        QTest::newRow("search bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("-1")};
        QTest::newRow("search bad date") << QStringList{QStringLiteral("search"), QStringLiteral("from:2021-02-30")};
        QTest::newRow("import without path") << QStringList{QStringLiteral("import")};
        QTest::newRow("export without format") << QStringList{QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("x")};
        QTest::newRow("export unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--output"), QStringLiteral("x")};
        QTest::newRow("export without output") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("hugo")};
        QTest::newRow("export bad date") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("hugo"), QStringLiteral("--output"), QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2021-02-30")};
        QTest::newRow("reading without a command") << QStringList{QStringLiteral("reading")};
        QTest::newRow("reading unknown command") << QStringList{QStringLiteral("reading"), QStringLiteral("shelve")};
        QTest::newRow("reading add without title") << QStringList{QStringLiteral("reading"), QStringLiteral("add")};
        QTest::newRow("reading add unknown unit") << QStringList{QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--unit"), QStringLiteral("furlong")};
        QTest::newRow("reading add bad total") << QStringList{QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--total"), QStringLiteral("-3")};
        QTest::newRow("reading log without value") << QStringList{QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("x")};
        QTest::newRow("reading log bad value") << QStringList{QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("x"), QStringLiteral("half")};
        QTest::newRow("reading log bad date") << QStringList{QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("x"), QStringLiteral("3"), QStringLiteral("--date"), QStringLiteral("2026-02-30")};
        QTest::newRow("reading list bad status") << QStringList{QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("skimmed")};
        QTest::newRow("reading import without file") << QStringList{QStringLiteral("reading"), QStringLiteral("import")};
        QTest::newRow("goals without a command") << QStringList{QStringLiteral("goals")};
        QTest::newRow("goals add-plan without --from") << QStringList{
            QStringLiteral("goals"), QStringLiteral("add-plan"), QStringLiteral("x")};
        QTest::newRow("goals add-plan bad years") << QStringList{
            QStringLiteral("goals"),  QStringLiteral("add-plan"),   QStringLiteral("x"),
            QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--years"),
            QStringLiteral("0")};
        QTest::newRow("goals add too few")
            << QStringList{QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("p"),
                           QStringLiteral("a")};
        QTest::newRow("goals link one argument")
            << QStringList{QStringLiteral("goals"), QStringLiteral("link"), QStringLiteral("g")};
        QTest::newRow("review without year") << QStringList{QStringLiteral("review")};
        QTest::newRow("review bad year")
            << QStringList{QStringLiteral("review"), QStringLiteral("twenty")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const test::Run run = wp(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("waypoint: "));
        QVERIFY(run.out.isEmpty());
    }

    void errorsExitOneWithOneClearLineAndTouchNothing()
    {
        // Not a journal.
        const QString notes = m_dir.filePath(QStringLiteral("notes.md"));
        QVERIFY(test::writeFile(notes, "# just notes\n"));
        const QByteArray before = test::fileHash(notes);
        test::Run run = runWaypoint({QStringLiteral("--journal"), notes, QStringLiteral("add"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(notes.toUtf8()) && run.err.contains("not a Waypoint journal"));
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(test::fileHash(notes), before);

        // A folder that does not exist.
        run = runWaypoint({QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("missing/j.waypoint")),
                           QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("does not exist"));
        QVERIFY(run.out.isEmpty());

        // An id that matches nothing.
        wp({QStringLiteral("add"), QStringLiteral("x")});
        run = wp({QStringLiteral("show"), QStringLiteral("ffffffff")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no entry"));

        // A body file that is not UTF-8 adds nothing.
        const QString gbk = m_dir.filePath(QStringLiteral("gbk.md"));
        QVERIFY(test::writeFile(gbk, QByteArray::fromHex("c4e3bac3cac0bde7"))); // 你好世界 in GBK
        run = wp({QStringLiteral("add"), QStringLiteral("--file"), gbk});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not UTF-8"));
        QCOMPARE(QJsonDocument::fromJson(wp({QStringLiteral("list"), QStringLiteral("--json")}).out).array().size(), 1);
    }

    void importReportsAsJsonAndASecondImportChangesNothing()
    {
        const QString site = QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog/encodings");
        // A dry run reports, and writes nothing.
        test::Run run = wp({QStringLiteral("import"), site, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1); // broken-yaml.md fails
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 4);
        QVERIFY(report[QStringLiteral("dry_run")].toBool());
        QVERIFY(!QFileInfo::exists(m_journal)); // not even an empty journal was made
        QCOMPARE(QJsonDocument::fromJson(wp({QStringLiteral("list"), QStringLiteral("--json")}).out).array().size(), 0);

        run = wp({QStringLiteral("import"), site, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("broken-yaml.md") && run.err.contains("YAML"));
        report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("found")].toInt(), 7);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 4);
        QCOMPARE(report[QStringLiteral("updated")].toInt(), 0);
        QCOMPARE(report[QStringLiteral("unchanged")].toInt(), 0);
        QCOMPARE(report[QStringLiteral("skipped")].toArray().size(), 2);
        QCOMPARE(report[QStringLiteral("failed")].toArray().size(), 1);
        QCOMPARE(report[QStringLiteral("attachments")].toInt(), 0);
        const QJsonArray listed = QJsonDocument::fromJson(wp({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.first()[QStringLiteral("source")].toString(), QStringLiteral("utf8-bom.md"));

        run = wp({QStringLiteral("import"), site, QStringLiteral("--json")});
        report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 0);
        QCOMPARE(report[QStringLiteral("unchanged")].toInt(), 4);

        // Without --json: the counts, then one line per note.
        const QString hugo = QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog/hugo");
        run = wp({QStringLiteral("import"), hugo});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QLatin1String("hugo (from hugo.toml)")) && text.contains(QLatin1String("Imported 9")),
                 run.out.constData());
        QVERIFY(text.contains(QLatin1String("image not found: nothere.png")));

        run = wp({QStringLiteral("import"), m_dir.filePath(QStringLiteral("no-such-blog"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no-such-blog"));
    }

    void exportWritesPostsAndRefusesClearly()
    {
        wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2021-05-01"), QStringLiteral("--title"),
            QStringLiteral("导出"), QStringLiteral("--tag"), QStringLiteral("a"), QStringLiteral("正文")});
        wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2022-06-01"), QStringLiteral("later")});
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        test::Run run = wp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jekyll"),
                            QStringLiteral("--output"), out, QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("entries")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("files")].toArray().first().toString(), QStringLiteral("_posts/2021-05-01-导出.md"));
        QFile post(out + QStringLiteral("/_posts/2021-05-01-导出.md"));
        QVERIFY(post.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(post.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("---\ntitle: \"导出\"\ndate: 2021-05-01\ntags: [\"a\"]\n")), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("---\n\n正文\n")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/_config.yml")));

        // Nothing in scope, an unwritable place: exit 1 and a clear line.
        run = wp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"),
                  QStringLiteral("--output"), m_dir.filePath(QStringLiteral("none")), QStringLiteral("--tag"),
                  QStringLiteral("nothing-has-it")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("No entries"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none"))));
        run = wp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.pdf")),
                  QStringLiteral("--tag"), QStringLiteral("nothing-has-it")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
        run = wp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("hugo"),
                  QStringLiteral("--output"), QStringLiteral("/proc/no-export-here")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("/proc/no-export-here"));
    }

    void englishCountsInTheSingularToo()
    {
        // The C locale and --lang en read English; one of something is singular.
        const QString journal = m_dir.filePath(QStringLiteral("one.waypoint"));
        runWaypoint({QStringLiteral("--journal"), journal, QStringLiteral("add"),
                     QStringLiteral("only one")});
        test::Run run =
            runWaypoint({QStringLiteral("--journal"), journal, QStringLiteral("reindex")});
        QCOMPARE(run.out, QByteArray("Indexed 1 entry.\n"));
        run = runWaypoint({QStringLiteral("--journal"), journal, QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("reindex")});
        QCOMPARE(run.out, QByteArray("Indexed 1 entry.\n"));
        run = runWaypoint({QStringLiteral("--journal"), journal, QStringLiteral("--lang"),
                           QStringLiteral("zh_CN"), QStringLiteral("reindex")});
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("已为 1 篇日记建立索引。\n"));
    }

    void needsNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        test::Run run = runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("add"),
                                     QStringLiteral("headless")},
                                    {}, environment);
        QCOMPARE(run.exitCode, 0);
        // Not even to lay out a PDF: that page is offscreen. And its output
        // is the one line, not Qt WebEngine's talk.
        const QString pdf = m_dir.filePath(QStringLiteral("headless.pdf"));
        run = runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("export"),
                           QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--output"), pdf},
                          {}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out.count('\n'), 1);
    }

    void twoProcessesWritingAtOnceLoseNothing()
    {
        QString error;
        Journal::open(m_journal, {}, &error); // created up front so both find it
        QList<QProcess *> writers;
        const int perProcess = 40;
        // Each writer adds its entries one command at a time, as a shell loop would.
        for (int w = 0; w < 2; ++w) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral("/bin/sh"),
                           {QStringLiteral("-c"),
                            QStringLiteral("for i in $(seq 1 %1); do \"%2\" --journal \"%3\" add --tag w%4 \"entry $i\" "
                                           "|| exit 1; done")
                                .arg(perProcess)
                                .arg(QStringLiteral(WAYPOINT_BINARY), m_journal)
                                .arg(w)});
            writers << process;
        }
        for (QProcess *process : writers) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitCode(), 0);
        }
        auto journal = Journal::open(m_journal, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(!journal->isReadOnly()); // passed quick_check
        EntryStore store(*journal);
        QCOMPARE(store.count(), 2 * perProcess);
        QCOMPARE(store.list({{}, {}, QStringLiteral("w0"), -1}).size(), perProcess);
    }
};

QTEST_GUILESS_MAIN(CliEntriesTest)
#include "tst_clientries.moc"
