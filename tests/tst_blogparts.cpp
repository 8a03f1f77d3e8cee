// The parts of a blog import (src/blog), one at a time: decoding a post's
// bytes, its front matter, its date, reading a post, shortcodes; a journal
// from before front matter was kept gaining its column; what the fuzzers found.

#include "BlogTestSupport.h"

#include "blog/FrontMatter.h"
#include "blog/Post.h"
#include "blog/TextDecoding.h"
#include "core/Migrations.h"

#include <QStringEncoder>

using namespace waypoint;
using namespace waypoint::blog;
using namespace waypoint::test;

class BlogPartsTest : public BlogTestCase
{
    Q_OBJECT

private slots:
    void decodesByteOrderMarksAndRefusesMojibake()
    {
        // Short GBK posts, which uchardet takes for KOI8-R or Windows-1252.
        // 测试 = B2E2 CAD4, 安装 = B0B2 D7B0.
        const QByteArray shortGbk = QByteArray("---\ntitle: ") + QByteArray::fromHex("b2e2cad4")
                                    + "\n---\nsudo apt-get install vim "
                                    + QByteArray::fromHex("b0b2d7b0") + "\n";
        DecodedText gbk = decodeText(shortGbk);
        QCOMPARE(gbk.encoding, QStringLiteral("GB18030"));
        QCOMPARE(gbk.text,
                 QStringLiteral("---\ntitle: 测试\n---\nsudo apt-get install vim 安装\n"));
        // UTF-8 cut in the middle of a character: kept, with a warning.
        QByteArray cut = QStringLiteral("前言写完了，正文也写完了，最后一个字被截断").toUtf8();
        cut.chop(1);
        const DecodedText lossy = decodeText(cut + "\n" + QByteArray(400, 'x'));
        QVERIFY(lossy.text.startsWith(QStringLiteral("前言写完了")));
        QVERIFY(lossy.warning.contains(QLatin1String("U+FFFD")));

        const QString text = QStringLiteral("---\ntitle: 标题\n---\n正文\r\n第二行\r\n");
        QStringEncoder utf16be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        DecodedText decoded = decodeText(utf16be.encode(text));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(decoded.text, QStringLiteral("---\ntitle: 标题\n---\n正文\n第二行\n"));
        decoded = decodeText(QByteArray("\xEF\xBB\xBFplain"));
        QCOMPARE(decoded.text, QStringLiteral("plain"));
        // Not UTF-8, and not GBK (é then a newline): what uchardet recognises.
        decoded = decodeText(QByteArray("Un caf\xE9 cr\xE8me, s'il vous pla\xEEt.\n"));
        QCOMPARE(decoded.text, QStringLiteral("Un café crème, s'il vous plaît.\n"));
    }

    void readsEachFormOfFrontMatter()
    {
        FrontMatter yaml = readFrontMatter(
            QStringLiteral("---\ntitle: a\ntags:\n  - x\n  - y\nempty:\n...\nbody\n"));
        QCOMPARE(yaml.format, FrontMatter::Format::Yaml);
        QCOMPARE(yaml.fields.value(QStringLiteral("tags")).toList().size(), 2);
        QCOMPARE(yaml.fields.value(QStringLiteral("empty")).toString(), QString());
        QCOMPARE(yaml.body, QStringLiteral("body\n"));

        FrontMatter toml = readFrontMatter(QStringLiteral(
            "+++\ntitle = \"t\"\ndate = 2020-01-02T23:30:00-05:00\nday = 2021-03-04\n+++\nx"));
        QCOMPARE(toml.format, FrontMatter::Format::Toml);
        QCOMPARE(toml.fields.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2020-01-02T23:30:00-05:00"));
        QCOMPARE(toml.fields.value(QStringLiteral("day")).toString(), QStringLiteral("2021-03-04"));
        QCOMPARE(toml.body, QStringLiteral("x"));

        FrontMatter json =
            readFrontMatter(QStringLiteral("{\n\"title\": \"j\",\n\"n\": {\"a\": 1}\n}\nbody"));
        QCOMPARE(json.format, FrontMatter::Format::Json);
        QCOMPARE(json.fields.value(QStringLiteral("title")).toString(), QStringLiteral("j"));
        QCOMPARE(json.body, QStringLiteral("body"));

        QVERIFY(readFrontMatter(QStringLiteral("---\ntitle: a\nno end\n"))
                    .error.contains(QLatin1String("never closed")));
        QVERIFY(readFrontMatter(QStringLiteral("+++\ntitle = \n+++\n"))
                    .error.contains(QLatin1String("TOML")));
        QVERIFY(readFrontMatter(QStringLiteral("---\n- a list\n---\n"))
                    .error.contains(QLatin1String("keys")));
        QCOMPARE(readFrontMatter(QStringLiteral("# Just text\n\n---\n")).format,
                 FrontMatter::Format::None);
        // An alias that refers to itself, and a billion laughs, fail the post.
        QVERIFY(readFrontMatter(QStringLiteral("---\nx: &a [1, *a]\n---\n"))
                    .error.contains(QLatin1String("too")));
        QString laughs = QStringLiteral("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'g'; ++level)
            laughs += QStringLiteral("%1: &%1 [*%2, *%2, *%2, *%2, *%2, *%2, *%2, *%2, *%2, *%2]\n")
                          .arg(QLatin1Char(level))
                          .arg(QLatin1Char(level - 1));
        QVERIFY(
            readFrontMatter(laughs + QStringLiteral("---\n")).error.contains(QLatin1String("too")));

        // Hexo alone reads a block with no opening line.
        const QString bare = QStringLiteral("title: Hexo\ndate: 2016-01-02\n---\nbody");
        QCOMPARE(readFrontMatter(bare).format, FrontMatter::Format::None);
        const FrontMatter hexo = readFrontMatter(bare, BareFrontMatter::Allowed);
        QCOMPARE(hexo.fields.value(QStringLiteral("title")).toString(), QStringLiteral("Hexo"));
        QCOMPARE(hexo.body, QStringLiteral("body"));
        const FrontMatter hexoJson = readFrontMatter(QStringLiteral("\"title\": \"J\"\n;;;\nbody"),
                                                     BareFrontMatter::Allowed);
        QCOMPARE(hexoJson.fields.value(QStringLiteral("title")).toString(), QStringLiteral("J"));
        // A paragraph above a rule is not front matter.
        QCOMPARE(readFrontMatter(QStringLiteral("Note: this\n---\nmore"), BareFrontMatter::Allowed)
                     .format,
                 FrontMatter::Format::None);
    }

    void readsDatesAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("offset") << QStringLiteral("2017-08-23T20:00:00+08:00")
                                << QDate(2017, 8, 23);
        QTest::newRow("early, east")
            << QStringLiteral("2022-03-14T00:00:00+08:00") << QDate(2022, 3, 14);
        QTest::newRow("late, west")
            << QStringLiteral("2020-01-02T23:30:00-05:00") << QDate(2020, 1, 2);
        QTest::newRow("hexo") << QStringLiteral("2016-03-25 10:00:00") << QDate(2016, 3, 25);
        QTest::newRow("slashes") << QStringLiteral("2016/3/5 9:00") << QDate(2016, 3, 5);
        QTest::newRow("chinese") << QStringLiteral("2017年8月23日") << QDate(2017, 8, 23);
        QTest::newRow("date only") << QStringLiteral("2018-02-28") << QDate(2018, 2, 28);
        QTest::newRow("not a day") << QStringLiteral("2018-02-30") << QDate();
        QTest::newRow("words") << QStringLiteral("last spring") << QDate();
        QTest::newRow("a version") << QStringLiteral("2018.1.21.5") << QDate();
    }

    void readsDatesAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(dateAsWritten(text), date);
    }

    void takesTheDateFromTheFileNameOrTheFileTime()
    {
        const QDateTime fileTime(QDate(2001, 2, 3), QTime(4, 5));
        Post post;
        QString error;
        QVERIFY(Post::read(QStringLiteral("---\ndate: someday\n---\ntext"),
                           {QString(), QStringLiteral("_posts/2018-02-28-slug.md"), false},
                           SiteKind::Jekyll, fileTime, &post, &error));
        QCOMPARE(post.date, QDate(2018, 2, 28));
        QCOMPARE(post.dateOrigin, DateOrigin::FileName);
        QCOMPARE(post.title, QStringLiteral("slug"));
        QVERIFY(post.warnings.first().contains(QLatin1String("someday")));

        Post bundle;
        QVERIFY(Post::read(QStringLiteral("text"),
                           {QString(), QStringLiteral("posts/2019-5-6-trip/index.md"), false},
                           SiteKind::Hugo, fileTime, &bundle, &error));
        QCOMPARE(bundle.date, QDate(2019, 5, 6));
        QCOMPARE(bundle.title, QStringLiteral("trip"));

        Post summary;
        QVERIFY(Post::read(QStringLiteral("---\ntitle: t\n---\n\nIntro.\n\n<!--more-->\n\nRest.\n"),
                           {QString(), QStringLiteral("a.md"), false}, SiteKind::Hugo, fileTime,
                           &summary, &error));
        QCOMPARE(summary.body, QStringLiteral("Intro.\n\n<!--more-->\n\nRest."));

        // A loose note that opens with a rule, or with a shortcode, is text.
        Post ruled;
        QVERIFY(Post::read(QStringLiteral("---\nJust a rule above.\n\n---\n"),
                           {QString(), QStringLiteral("rule.md"), false}, SiteKind::Folder,
                           fileTime, &ruled, &error));
        QCOMPARE(ruled.body, QStringLiteral("---\nJust a rule above.\n\n---"));
        Post shortcode;
        QVERIFY(Post::read(QStringLiteral("{{< figure src=\"a.png\" >}}\n\ntext"),
                           {QString(), QStringLiteral("fig.md"), false}, SiteKind::Hugo, fileTime,
                           &shortcode, &error));
        QCOMPARE(shortcode.body, QStringLiteral("![](a.png)\n\ntext"));
        // In a site, a block that is not front matter is an error.
        QVERIFY(!Post::read(QStringLiteral("---\nJust a rule above.\n\n---\n"),
                            {QString(), QStringLiteral("rule.md"), false}, SiteKind::Jekyll,
                            fileTime, &ruled, &error));

        Post undated;
        QVERIFY(Post::read(QStringLiteral("text"),
                           {QString(), QStringLiteral("notes/idea.md"), false}, SiteKind::Folder,
                           fileTime, &undated, &error));
        QCOMPARE(undated.date, QDate(2001, 2, 3));
        QCOMPARE(undated.dateOrigin, DateOrigin::FileTime);
        QCOMPARE(undated.title, QStringLiteral("idea"));
    }

    void convertsTheShortcodesItKnows()
    {
        int left = 0;
        QCOMPARE(
            convertShortcodes(QStringLiteral("{{< figure src=\"/a b.png\" caption=\"图一\" >}}"),
                              SiteKind::Hugo, &left),
            QStringLiteral("![图一](</a b.png>)"));
        QCOMPARE(left, 0);
        QCOMPARE(
            convertShortcodes(
                QStringLiteral(
                    "{{< highlight go \"linenos=table\" >}}\nfmt.Println()\n{{< /highlight >}}"),
                SiteKind::Hugo, &left),
            QStringLiteral("```go\nfmt.Println()\n```"));
        QCOMPARE(convertShortcodes(
                     QStringLiteral("{% codeblock 标题 lang:java %}\nint a;\n{% endcodeblock %}"),
                     SiteKind::Hexo, &left),
                 QStringLiteral("```java\nint a;\n```"));
        // Code holding a fence gets a longer one.
        QCOMPARE(
            convertShortcodes(QStringLiteral("{% highlight md %}\n```\nx\n```\n{% endhighlight %}"),
                              SiteKind::Jekyll, &left),
            QStringLiteral("````md\n```\nx\n```\n````"));
        QCOMPARE(convertShortcodes(QStringLiteral("{% asset_img wide 1.png 800 600 \"A title\" %}"),
                                   SiteKind::Hexo, &left),
                 QStringLiteral("![A title](1.png)"));
        // Escaped shortcodes come out as written, and count as text.
        QCOMPARE(convertShortcodes(QStringLiteral("Use {{</* ref \"x\" */>}} here."),
                                   SiteKind::Hugo, &left),
                 QStringLiteral("Use {{< ref \"x\" >}} here."));
        QCOMPARE(left, 0);
        convertShortcodes(
            QStringLiteral("{{< tweet 1 >}} {{% notice %}}x{{% /notice %}} {% include a.html %}"),
            SiteKind::Folder, &left);
        QCOMPARE(left, 4);
        // Each blog's own syntax only: Liquid means nothing to Hugo.
        QCOMPARE(convertShortcodes(QStringLiteral("{% raw %}x{% endraw %}"), SiteKind::Hugo, &left),
                 QStringLiteral("{% raw %}x{% endraw %}"));
        QCOMPARE(convertShortcodes(QStringLiteral("{{< figure src=\"a.png\" >}}"), SiteKind::Jekyll,
                                   &left),
                 QStringLiteral("{{< figure src=\"a.png\" >}}"));
        // Hexo leaves tags in fenced code as they are (Hexo tutorials).
        QCOMPARE(convertShortcodes(QStringLiteral("```markdown\n{% asset_img a.jpg 图 %}\n```\n"
                                                  "{% asset_img b.jpg 图 %}"),
                                   SiteKind::Hexo, &left),
                 QStringLiteral("```markdown\n{% asset_img a.jpg 图 %}\n```\n![图](b.jpg)"));
        // Text that holds the private-use characters set-aside text is marked with.
        const QString marked = QStringLiteral("icon \uE0000\uE001 here\n\n```\ncode\n```");
        QCOMPARE(convertShortcodes(marked, SiteKind::Folder, &left), marked);
        // Jekyll's links to its own files become plain root-relative ones.
        QCOMPARE(convertShortcodes(QStringLiteral("![a]({{ site.baseurl }}/assets/a.png) "
                                                  "![b]({{ \"/assets/b.png\" | relative_url }})"),
                                   SiteKind::Jekyll, &left),
                 QStringLiteral("![a](/assets/a.png) ![b](/assets/b.png)"));
        QCOMPARE(left, 0);
    }

    // --- the journal side ----------------------------------------------------

    void aVersion2JournalGainsTheFrontMatterColumn()
    {
        // A journal as version 2 left it: no front_matter or source_root column.
        const QString file = m_dir.filePath(QStringLiteral("v2.waypoint"));
        {
            QString error;
            auto journal = Journal::open(file, {}, &error);
            QVERIFY2(journal, qPrintable(error));
            const QSqlDatabase db = journal->database();
            sql::run(db, QStringLiteral("ALTER TABLE entries DROP COLUMN front_matter"));
            sql::run(db, QStringLiteral("ALTER TABLE entries DROP COLUMN source_root"));
            for (const char *table :
                 {"sync_conflicts", "sync_files", "sync_base", "reading_progress",
                  "reading_mentions", "reading_titles", "reading_items",
                  "reading_goals", "goal_review_scores", "goal_reviews", "goal_links",
                  "goal_milestones", "goals", "goal_areas", "goal_plans"})
                sql::run(db, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
            sql::run(db,
                     QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
            sql::run(db, QStringLiteral(
                             "INSERT INTO entries (uuid, entry_date, title, body, created_utc,"
                             " updated_utc, source, source_hash) VALUES ('u-1', '2019-01-01', 't',"
                             " 'b', '2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z', 'a.md', 'h')"));
        }
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(Migrator::currentVersion(journal->database()), Migrator::latestVersion());
        const QList<EntryStore::ImportedSource> sources = EntryStore(*journal).importedSources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().source, QStringLiteral("a.md"));
        QCOMPARE(sources.first().hash, QStringLiteral("h"));
        QCOMPARE(sources.first().root, QString()); // from before the folder was recorded
        const Entry entry = *EntryStore(*journal).find(sources.first().id);
        QCOMPARE(entry.frontMatter, QString());
        QCOMPARE(entry.body, QStringLiteral("b"));
    }

    // Found by fuzzing (tests/fuzz/fuzz_textdecoding): a decoder that keeps
    // its state waits for the rest of a character cut at the very end.
    void aCharacterCutAtTheEndIsReplacedAndSaid()
    {
        QByteArray cut = QStringLiteral("前言写完了，正文也写完了，最后一个字被截断").toUtf8();
        cut.chop(1);
        const DecodedText decoded = decodeText(cut);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(decoded.text.startsWith(QStringLiteral("前言写完了")));
        QVERIFY(decoded.text.endsWith(QChar::ReplacementCharacter));
        QVERIFY(decoded.warning.contains(QLatin1String("U+FFFD")));
    }

    // Noticed while fuzzing: a post saved with two byte order marks kept
    // the second as text, and its front matter was not recognised.
    void twoByteOrderMarksStillLeaveTheFrontMatterFirst()
    {
        const DecodedText decoded =
            decodeText(QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF---\ntitle: 两个标记\n---\n正文\n"));
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QVERIFY(decoded.text.startsWith(QStringLiteral("---\ntitle: 两个标记")));
        const FrontMatter front = readFrontMatter(decoded.text);
        QCOMPARE(front.fields.value(QStringLiteral("title")).toString(), QStringLiteral("两个标记"));
    }

    // Found by fuzzing (tests/fuzz/fuzz_post): only three levels of
    // set-aside text came back; a fourth left its placeholder in the entry.
    void textSetAsideAtAnyDepthComesBack()
    {
        const QString post =
            QStringLiteral("{% codeblock %}\n{% highlight go %}\n"
                           "{{< highlight go >}}\n{{</* {% raw %}\n```\ncode\n```\n"
                           "{% endraw %} */>}}\n{{< /highlight >}}\n"
                           "{% endhighlight %}\n{% endcodeblock %}\n");
        int left = 0;
        const QString converted = convertShortcodes(post, SiteKind::Folder, &left);
        QVERIFY2(converted.contains(QStringLiteral("```\ncode\n```")), qPrintable(converted));
        QVERIFY2(
            std::none_of(converted.cbegin(), converted.cend(),
                         [](QChar c) { return c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF; }),
            qPrintable(converted));
    }
};

QTEST_GUILESS_MAIN(BlogPartsTest)
#include "tst_blogparts.moc"
