// Word counts a Chinese writer trusts; titles from headings; GFM HTML.

#include "markdown/MarkdownText.h"
#include "markdown/TextStats.h"

#include <QtTest>

using namespace waypoint::markdown;

class MarkdownTest : public QObject
{
    Q_OBJECT

private slots:
    void countsEachCjkCharacterAndEachLatinWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cjk");
        QTest::addColumn<qint64>("latin");
        QTest::newRow("english") << QStringLiteral("Hello, world! It's Go 1.21") << 0ll << 6ll;
        QTest::newRow("chinese paragraph") << QStringLiteral("今天学习了负载均衡。") << 9ll << 0ll;
        QTest::newRow("mixed") << QStringLiteral("升级 k8s 集群到 v1.28") << 5ll << 3ll;
        QTest::newRow("no spaces between scripts") << QStringLiteral("JDK源码阅读") << 4ll << 1ll;
        QTest::newRow("japanese kana") << QStringLiteral("ひらがなとカタカナ") << 9ll << 0ll;
        QTest::newRow("korean") << QStringLiteral("한국어 공부") << 5ll << 0ll;
        QTest::newRow("ext-b and emoji") << QStringLiteral("𠀋𠀌 🎉 ok") << 2ll << 1ll;
        QTest::newRow("markdown marks are not words") << QStringLiteral("## 标题\n- [ ] *任务*") << 4ll << 0ll;
        QTest::newRow("empty") << QString() << 0ll << 0ll;
    }
    void countsEachCjkCharacterAndEachLatinWord()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cjk);
        QFETCH(qint64, latin);
        const TextStats stats = countText(text);
        QCOMPARE(stats.cjkCharacters, cjk);
        QCOMPARE(stats.latinWords, latin);
        QCOMPARE(stats.words(), cjk + latin);
    }

    void charactersLeaveOutWhiteSpace()
    {
        QCOMPARE(countText(QStringLiteral("a b\n中 文\t🎉")).characters, 5);
    }

    void firstHeadingIsTheTitle_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::newRow("atx") << QStringLiteral("intro\n\n# 三年后\n\n## 开发\n") << QStringLiteral("三年后");
        QTest::newRow("inline marks dropped") << QStringLiteral("## Learning *Go* and `k8s`\n")
                                              << QStringLiteral("Learning Go and k8s");
        QTest::newRow("setext") << QStringLiteral("年度总结\n====\n\ntext") << QStringLiteral("年度总结");
        QTest::newRow("not in code") << QStringLiteral("```\n# comment\n```\n") << QString();
        QTest::newRow("none") << QStringLiteral("just text") << QString();
    }
    void firstHeadingIsTheTitle()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, title);
        QCOMPARE(firstHeading(markdown), title);
    }

    void htmlHasGfmAndNoRawHtml()
    {
        const QString html = toHtml(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n"
                                                   "~~old~~ https://example.org\n\n<script>alert(1)</script>\n"));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(html.contains(QStringLiteral("type=\"checkbox\"")));
        QVERIFY(html.contains(QStringLiteral("<del>old</del>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }
};

QTEST_GUILESS_MAIN(MarkdownTest)
#include "tst_markdown.moc"
