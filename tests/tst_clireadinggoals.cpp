// The command line as scripts use it, for the reading list and goals: the real
// binary from a book added to finished, a scan of the entries, a Goodreads CSV
// in and out, and a goal plan from its first goal to its review.

#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace waypoint;
using test::runWaypoint;

class CliReadingGoalsTest : public test::CliTestCase
{
    Q_OBJECT

private slots:
    void readingFromAddToFinishedAsJson()
    {
        test::Run run = wp({QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("语言学的邀请"),
                            QStringLiteral("--author"), QStringLiteral("乔治·尤尔"), QStringLiteral("--unit"),
                            QStringLiteral("page"), QStringLiteral("--total"), QStringLiteral("288")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("1\n"));
        run = wp({QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("《语言学的邀请》")});
        QCOMPARE(run.exitCode, 1); // the same title, written another way
        QCOMPARE(run.err.count('\n'), 1);

        run = wp({QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("语言学"), QStringLiteral("68"),
                  QStringLiteral("--date"), QStringLiteral("2026-01-03")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("68 / 288 pages · 24%"), run.out.constData());
        run = wp({QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("288"),
                  QStringLiteral("--date"), QStringLiteral("2026-02-01")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Finished"), run.out.constData());
        run = wp({QStringLiteral("reading"), QStringLiteral("log"), QStringLiteral("没有这本书"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("没有这本书"), run.err.constData());

        run = wp({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject item = list.at(0).toObject();
        for (const char *key : {"id", "title", "author", "kind", "unit", "total", "status", "value",
                                "percent", "started", "finished", "events"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        QCOMPARE(item.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("语言学的邀请"));
        QCOMPARE(item.value(QStringLiteral("author")).toString(), QStringLiteral("乔治·尤尔"));
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("book"));
        QCOMPARE(item.value(QStringLiteral("unit")).toString(), QStringLiteral("page"));
        QCOMPARE(item.value(QStringLiteral("total")).toInt(), 288);
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(item.value(QStringLiteral("value")).toInt(), 288);
        QCOMPARE(item.value(QStringLiteral("percent")).toInt(), 100);
        QCOMPARE(item.value(QStringLiteral("started")).toString(), QStringLiteral("2026-01-03"));
        QCOMPARE(item.value(QStringLiteral("finished")).toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(item.value(QStringLiteral("events")).toArray().size(), 2);

        run = wp({QStringLiteral("reading"), QStringLiteral("year"), QStringLiteral("2026"), QStringLiteral("--goal"),
                  QStringLiteral("12"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject year = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(year.value(QStringLiteral("books_finished")).toInt(), 1);
        QCOMPARE(year.value(QStringLiteral("pages_read")).toInt(), 288);
        QCOMPARE(year.value(QStringLiteral("goal")).toInt(), 12);
    }

    void readingScanFindsWhatTheEntriesSay()
    {
        QCOMPARE(wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                     QStringLiteral("--file"), QStringLiteral("-")},
                    "- 《操作系统导论》- 进度 140/520\n- 带宽下降 60%\n- 极客时间《Rust 编程第一课》 - 35%\n")
                     .exitCode,
                 0);
        test::Run run = wp({QStringLiteral("reading"), QStringLiteral("scan"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject scan = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(scan.value(QStringLiteral("found")).toInt(), 2);
        QCOMPARE(scan.value(QStringLiteral("pending")).toInt(), 2);
        const QJsonObject first = scan.value(QStringLiteral("mentions")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("操作系统导论"));
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(first.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("page"));
        QCOMPARE(wp({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--json")}).out.trimmed(),
                 QByteArray("[\n]")); // nothing applied by a scan alone

        run = wp({QStringLiteral("reading"), QStringLiteral("scan"), QStringLiteral("--apply"), QStringLiteral("--json")});
        scan = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(scan.value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(scan.value(QStringLiteral("pending")).toInt(), 0);
        const QJsonArray list =
            QJsonDocument::fromJson(wp({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("course"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("percent"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("value")).toInt(), 35);
    }

    void goodreadsCsvComesInAndGoesOutUnchanged()
    {
        // Goodreads' own layout: ISBNs as ="…", dates with slashes, a quoted
        // comma and a note over two lines.
        const QByteArray csv =
            "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,"
            "Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,"
            "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies\n"
            "4099,\"The Pragmatic Programmer: From Journeyman to Master\",Andrew Hunt,\"Hunt, Andrew\",David Thomas,"
            "=\"020161622X\",=\"9780201616224\",5,4.33,Addison-Wesley,Paperback,352,1999,1999,2025/11/02,2025/09/14,"
            ",,read,,,\"Tracer bullets.\nRead again in a year.\",1,0\n"
            "123,人类简史,尤瓦尔·赫拉利,尤瓦尔·赫拉利,,=\"\",=\"\",0,4.2,中信出版社,Hardcover,440,2014,2011,,2026/01/05,"
            ",,currently-reading,,,,0,0\n"
            "456,\"Gödel, Escher, Bach\",Douglas Hofstadter,\"Hofstadter, Douglas\",,,,3,4.3,Basic Books,Paperback,777,"
            "1999,1979,,2024/03/01,abandoned,abandoned (#1),abandoned,,,,0,0\n";
        const QString file = m_dir.filePath(QStringLiteral("goodreads.csv"));
        QVERIFY(test::writeFile(file, csv));
        test::Run run = wp({QStringLiteral("reading"), QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("added")).toInt(), 3);
        run = wp({QStringLiteral("reading"), QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("unchanged")).toInt(), 3);

        const QByteArray before = wp({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--json")}).out;
        const QJsonArray items = QJsonDocument::fromJson(before).array();
        QCOMPARE(items.size(), 3);
        const QJsonObject pragmatic = items.at(0).toObject();
        QCOMPARE(pragmatic.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The Pragmatic Programmer: From Journeyman to Master"));
        QCOMPARE(pragmatic.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(pragmatic.value(QStringLiteral("finished")).toString(), QStringLiteral("2025-11-02"));
        QCOMPARE(pragmatic.value(QStringLiteral("rating")).toInt(), 5);
        QCOMPARE(pragmatic.value(QStringLiteral("total")).toInt(), 352);
        QCOMPARE(pragmatic.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Tracer bullets.\nRead again in a year."));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("reading"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("abandoned"));

        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        run = wp({QStringLiteral("reading"), QStringLiteral("export"), exported});
        QCOMPARE(run.exitCode, 0);
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray written = out.readAll();
        QVERIFY(written.startsWith("\"Book Id\",\"Title\",\"Author\",\"Author l-f\""));
        QVERIFY(written.contains("\"Hofstadter, Douglas\""));

        // Into a new journal, the same list comes back.
        m_journal = m_dir.filePath(QStringLiteral("second.waypoint"));
        run = wp({QStringLiteral("reading"), QStringLiteral("import"), exported});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("3 items added, 0 updated, 0 unchanged.\n"));
        QCOMPARE(wp({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--json")}).out, before);

        QVERIFY(test::writeFile(file, "Title,Author\n\"unclosed,quote\n"));
        run = wp({QStringLiteral("reading"), QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("goodreads.csv") && run.err.contains("CSV"), run.err.constData());
    }

    void goalsFromPlanToReviewOnTheCommandLine()
    {
        QCOMPARE(
            wp({QStringLiteral("goals"), QStringLiteral("add-plan"), QStringLiteral("下一个三年"),
                QStringLiteral("--from"), QStringLiteral("2021-01-01")})
                .out,
            QByteArray("1\n"));
        test::Run run =
            wp({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("下一个三年"),
                QStringLiteral("开发"), QStringLiteral("独立设计分布式系统"),
                QStringLiteral("--tag"), QStringLiteral("dist")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("#goal/dist\n"));
        run = wp({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("1"),
                  QStringLiteral("阅读"), QStringLiteral("读 36 本书"), QStringLiteral("--target"),
                  QStringLiteral("36"), QStringLiteral("--unit"), QStringLiteral("本")});
        QCOMPARE(run.exitCode, 0);
        run = wp({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("没有这个规划"),
                  QStringLiteral("开发"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);

        const QByteArray id = wp({QStringLiteral("add"), QStringLiteral("--date"),
                                  QStringLiteral("2021-06-01"), QStringLiteral("设计评审")})
                                  .out.trimmed();
        run = wp({QStringLiteral("goals"), QStringLiteral("link"), QStringLiteral("dist"),
                  QString::fromLatin1(id.left(8))});
        QCOMPARE(run.exitCode, 0);
        // The link is the tag, written into the entry.
        QVERIFY(wp({QStringLiteral("show"), QString::fromLatin1(id)}).out.contains("#goal/dist"));
        run = wp({QStringLiteral("goals"), QStringLiteral("link"), QStringLiteral("nothing"),
                  QString::fromLatin1(id)});
        QCOMPARE(run.exitCode, 1);

        run = wp({QStringLiteral("goals"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(plans.size(), 1);
        const QJsonObject plan = plans.at(0).toObject();
        for (const char *key : {"plan", "start", "end", "areas", "reviews"})
            QVERIFY2(plan.contains(QLatin1String(key)), key);
        QCOMPARE(plan.value(QStringLiteral("end")).toString(), QStringLiteral("2023-12-31"));
        const QJsonObject first = plan.value(QStringLiteral("areas")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("开发"));
        const QJsonObject dist = first.value(QStringLiteral("goals")).toArray().at(0).toObject();
        for (const char *key : {"id", "title", "status", "target", "progress", "evidence"})
            QVERIFY2(dist.contains(QLatin1String(key)), key);
        QCOMPARE(dist.value(QStringLiteral("evidence")).toInt(), 1);
        const QJsonObject books = plan.value(QStringLiteral("areas"))
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value(QStringLiteral("goals"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(books.value(QStringLiteral("target")).toInt(), 36);
        QCOMPARE(books.value(QStringLiteral("progress")).toInt(), 0);
        run = wp({QStringLiteral("goals"), QStringLiteral("set"), QStringLiteral("读-36-本书"), QStringLiteral("--current"),
                  QStringLiteral("9")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("25%"), run.out.constData());
        run = wp({QStringLiteral("goals"), QStringLiteral("set"), QStringLiteral("dist"), QStringLiteral("--status"),
                  QStringLiteral("finished")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(wp({QStringLiteral("goals"), QStringLiteral("set"), QStringLiteral("dist"), QStringLiteral("--status"),
                     QStringLiteral("done")})
                     .exitCode,
                 0);

        // A review drafted, scored in its text, and kept with its date.
        run = wp({QStringLiteral("goals"), QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--date"),
                  QStringLiteral("2022-01-01")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("<!-- waypoint:review plan=1 -->"), run.out.constData());
        QByteArray scored = run.out;
        scored.replace("Overall score: __", "Overall score: 60");
        scored.replace("score: __", "score: 75");
        QCOMPARE(wp({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2022-01-01"), QStringLiteral("--file"),
                     QStringLiteral("-")},
                    scored)
                     .exitCode,
                 0);
        const QJsonArray reviews = QJsonDocument::fromJson(wp({QStringLiteral("goals"), QStringLiteral("list"),
                                                               QStringLiteral("--json")})
                                                               .out)
                                       .array()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("reviews"))
                                       .toArray();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2022-01-01"));
        QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("score")).toInt(), 60);

        const QJsonObject afterSet = QJsonDocument::fromJson(wp({QStringLiteral("goals"), QStringLiteral("list"),
                                                                 QStringLiteral("--json")})
                                                                 .out)
                                         .array()
                                         .at(0)
                                         .toObject();
        QCOMPARE(afterSet.value(QStringLiteral("areas")).toArray().at(0).toObject().value(QStringLiteral("goals"))
                     .toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(afterSet.value(QStringLiteral("areas")).toArray().at(1).toObject().value(QStringLiteral("goals"))
                     .toArray().at(0).toObject().value(QStringLiteral("progress")).toInt(),
                 25);

        run = wp({QStringLiteral("review"), QStringLiteral("2021"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject year = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(year.value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(year.value(QStringLiteral("active_days")).toInt(), 1);
        QCOMPARE(year.value(QStringLiteral("goals"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("evidence"))
                     .toInt(),
                 1);
        run = wp({QStringLiteral("review"), QStringLiteral("2021"), QStringLiteral("--save")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray saved =
            wp({QStringLiteral("show"), QString::fromLatin1(run.out.trimmed())}).out;
        QVERIFY2(saved.contains("attachment:") && saved.contains("2021"), saved.constData());
    }
};

QTEST_GUILESS_MAIN(CliReadingGoalsTest)
#include "tst_clireadinggoals.moc"
