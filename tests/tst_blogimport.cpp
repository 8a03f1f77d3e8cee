// Blog import (src/blog): which kind of site a folder is and where its posts
// are, then each fixture site under tests/fixtures/blog imported as
// EXPECTED.md there says, every encoding, and every way a post links an image.

#include "BlogTestSupport.h"

#include "core/AttachmentStore.h"

#include <QJsonDocument>

using namespace waypoint;
using namespace waypoint::blog;
using namespace waypoint::test;

class BlogImportTest : public BlogTestCase
{
    Q_OBJECT

private slots:
    // --- site detection ------------------------------------------------------

    void detectsTheKindOfSite_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<int>("posts");
        QTest::newRow("hugo") << QStringLiteral("hugo") << SiteKind::Hugo << 10;
        QTest::newRow("jekyll") << QStringLiteral("jekyll") << SiteKind::Jekyll << 5;
        QTest::newRow("hexo") << QStringLiteral("hexo") << SiteKind::Hexo << 3;
        QTest::newRow("folder") << QStringLiteral("plain") << SiteKind::Folder << 2;
        QTest::newRow("one file") << QStringLiteral("plain/notes/sub.md") << SiteKind::File << 1;
    }

    void detectsTheKindOfSite()
    {
        QFETCH(QString, site);
        QFETCH(SiteKind, kind);
        QFETCH(int, posts);
        QString error;
        const Site detected = Site::detect(sitePath(site), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(detected.kind, kind);
        QCOMPARE(detected.posts.size(), posts);
    }

    void findsPostsInFoldersNamedLikeOutputAndSurvivesLinkLoops()
    {
        const QString root = m_dir.filePath(QStringLiteral("names"));
        for (const char *path : {"content/resources/tools.md", "content/posts/public/index.md",
                                 "content/posts/a.md", "public/posts/built.md", "themes/t/x.md"}) {
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + QLatin1String(path)).path());
            QVERIFY(test::writeFile(root + QLatin1Char('/') + QLatin1String(path), "# x\n"));
        }
        QVERIFY(test::writeFile(root + QStringLiteral("/config.toml"), "title = \"t\"\n"));
        QVERIFY(QFile::link(root + QStringLiteral("/content"),
                            root + QStringLiteral("/content/posts/loop")));
        QString error;
        const Site site = Site::detect(root, &error);
        QStringList found;
        for (const PostFile &post : site.posts)
            found.append(post.relative);
        QCOMPARE(found, (QStringList{QStringLiteral("content/posts/a.md"),
                                     QStringLiteral("content/posts/public/index.md"),
                                     QStringLiteral("content/resources/tools.md")}));

        const QString plain = m_dir.filePath(QStringLiteral("plain-loop"));
        QDir().mkpath(plain + QStringLiteral("/sub"));
        QVERIFY(test::writeFile(plain + QStringLiteral("/sub/a.md"), "# a\n"));
        QVERIFY(QFile::link(plain, plain + QStringLiteral("/sub/loop")));
        QCOMPARE(Site::detect(plain, &error).posts.size(), 1);
    }

    void readsJekyllAndHugoAsTheyDo()
    {
        // Jekyll: _posts in any folder; the file name's date before a theme's `modified`.
        const QString jekyll = m_dir.filePath(QStringLiteral("jekyll-ways"));
        QDir().mkpath(jekyll + QStringLiteral("/tech/_posts"));
        QDir().mkpath(jekyll + QStringLiteral("/_posts"));
        QVERIFY(test::writeFile(jekyll + QStringLiteral("/_config.yml"), "title: t\n"));
        QVERIFY(test::writeFile(jekyll + QStringLiteral("/tech/_posts/2019-07-26-分类.md"),
                                "---\ntitle: 分类\n---\nx\n"));
        QVERIFY(test::writeFile(jekyll + QStringLiteral("/_posts/2013-05-22-hpstr.md"),
                                "---\ntitle: h\nmodified: 2014-08-27\n---\nx\n"));
        QVERIFY(test::writeFile(jekyll + QStringLiteral("/_posts/undated.md"),
                                "---\ntitle: u\nupdated: 2015-03-07\n---\nx\n"));
        ImportReport report = import(jekyll);
        QCOMPARE(report.imported, 3);
        // With no date at all, when it was last edited beats the file's time.
        QCOMPARE(rowFor(report, QStringLiteral("_posts/undated.md"))->date, QDate(2015, 3, 7));
        QCOMPARE(rowFor(report, QStringLiteral("tech/_posts/2019-07-26-分类.md"))->date,
                 QDate(2019, 7, 26));
        QCOMPARE(rowFor(report, QStringLiteral("_posts/2013-05-22-hpstr.md"))->date,
                 QDate(2013, 5, 22));

        // Hugo: lastmod when there is nothing else; a leftover _config.yml
        // does not make a Hugo site Jekyll's.
        const QString hugo = m_dir.filePath(QStringLiteral("hugo-ways"));
        QDir().mkpath(hugo + QStringLiteral("/content/post"));
        QVERIFY(test::writeFile(hugo + QStringLiteral("/config.toml"), "title = \"t\"\n"));
        QVERIFY(test::writeFile(hugo + QStringLiteral("/_config.yml"), "title: old jekyll\n"));
        QVERIFY(test::writeFile(hugo + QStringLiteral("/content/post/a.md"),
                                "---\ntitle: a\nlastmod: 2014-08-27\n---\nx\n"));
        report = import(hugo);
        QCOMPARE(report.site.kind, SiteKind::Hugo);
        QCOMPARE(rowFor(report, QStringLiteral("content/post/a.md"))->date, QDate(2014, 8, 27));
    }

    void detectsByLayoutWithoutAConfig()
    {
        const QString root = m_dir.filePath(QStringLiteral("layout-only"));
        QDir().mkpath(root + QStringLiteral("/_posts"));
        QVERIFY(test::writeFile(root + QStringLiteral("/_posts/2019-01-02-a.md"), "# A\n"));
        QString error;
        const Site site = Site::detect(root, &error);
        QCOMPARE(site.kind, SiteKind::Jekyll);
        QCOMPARE(site.detectedFrom, QStringLiteral("_posts/"));
        // An HTML post is listed, and skipped with the reason.
        QVERIFY(test::writeFile(root + QStringLiteral("/_posts/2019-01-03-b.html"), "<p>b</p>\n"));
        const ImportReport report = import(root);
        QCOMPARE(report.imported, 1);
        const ImportRow *html = rowFor(report, QStringLiteral("_posts/2019-01-03-b.html"));
        QVERIFY(html);
        QCOMPARE(html->action, ImportRow::Action::Skip);
        QVERIFY(html->reason.contains(QLatin1String("not Markdown")));
        QVERIFY(!Site::detect(m_dir.filePath(QStringLiteral("nowhere")), &error).posts.size());
        QVERIFY(error.contains(QStringLiteral("nowhere")));
    }

    // --- each site, as EXPECTED.md says --------------------------------------

    void importsAHugoSite()
    {
        const ImportReport report = import(sitePath(QStringLiteral("hugo")));
        QCOMPARE(report.found(), 10);
        QCOMPARE(report.imported, 9);
        QCOMPARE(rowFor(report, QStringLiteral("content/_index.md"))->action,
                 ImportRow::Action::Skip);
        QCOMPARE(report.attachments, 2); // arch.png, cover.png (used by two posts)

        struct Expected
        {
            const char *path;
            QDate date;
            DateOrigin origin;
            const char *title;
            QStringList tags;
        };
        const Expected expected[] = {
            // +08:00 late evening UTC is still the 14th as written.
            {"content/posts/2019-k8s-notes.md",
             QDate(2019, 3, 14),
             DateOrigin::FrontMatter,
             "Kubernetes 入门笔记",
             {QStringLiteral("k8s"), QStringLiteral("运维"), QStringLiteral("笔记")}},
            {"content/posts/toml-post.md",
             QDate(2020, 1, 2),
             DateOrigin::FrontMatter,
             "TOML 前言",
             {QStringLiteral("go"), QStringLiteral("draft")}},
            {"content/posts/json-post.md",
             QDate(2021, 7, 8),
             DateOrigin::FrontMatter,
             "Notes on JSON front matter",
             {QStringLiteral("json")}},
            {"content/posts/bundle/index.md",
             QDate(2022, 5, 6),
             DateOrigin::FrontMatter,
             "页面包里的图片",
             {QStringLiteral("hugo")}},
            {"content/posts/bundle/index.en.md",
             QDate(2022, 5, 6),
             DateOrigin::FrontMatter,
             "Bundle in English",
             {QStringLiteral("hugo")}},
            {"content/posts/no-front-matter.md",
             QDate(2015, 5, 5),
             DateOrigin::FileTime,
             "没有前言的标题",
             {}},
            {"content/posts/publish-date.md",
             QDate(2018, 11, 11),
             DateOrigin::FrontMatter,
             "只有发布日期",
             {}},
            {"content/posts/anchors.md",
             QDate(2017, 7, 7),
             DateOrigin::FrontMatter,
             "YAML 锚点与别名",
             {QStringLiteral("yaml"), QStringLiteral("配置")}},
            {"content/posts/missing-image.md",
             QDate(2023, 2, 14),
             DateOrigin::FrontMatter,
             "图片丢了",
             {QStringLiteral("博客迁移")}},
        };
        for (const Expected &want : expected) {
            const QString path = QString::fromUtf8(want.path);
            const ImportRow *row = rowFor(report, path);
            QVERIFY2(row, want.path);
            QCOMPARE(row->action, ImportRow::Action::Import);
            QCOMPARE(row->dateOrigin, want.origin);
            const Entry entry = entryFor(report, path);
            QCOMPARE(entry.date, want.date);
            QCOMPARE(entry.title, QString::fromUtf8(want.title));
            QCOMPARE(entry.tags, want.tags);
            QCOMPARE(entry.source, path);
            QVERIFY(!entry.body.startsWith(QLatin1String("---")));
            QVERIFY(!entry.body.contains(QLatin1Char('\r')));
        }

        // Both image links, the figure's too, point at the one stored attachment.
        const QString arch = sha256Of(sitePath(QStringLiteral("hugo/static/images/arch.png")));
        const Entry notes = entryFor(report, QStringLiteral("content/posts/2019-k8s-notes.md"));
        QCOMPARE(notes.body.count(QStringLiteral("attachment:") + arch), 2);
        QVERIFY(!notes.body.contains(QLatin1String("/images/arch.png")));
        QVERIFY(!notes.body.contains(QLatin1String("figure")));
        QVERIFY(notes.body.contains(QLatin1String("{{< youtube abc123 >}}")));
        QVERIFY(notes.body.contains(QLatin1String("```bash")));
        QCOMPARE(rowFor(report, QStringLiteral("content/posts/2019-k8s-notes.md"))->unconvertedTags,
                 1);
        // The misspelled key is kept for export.
        QCOMPARE(QJsonDocument::fromJson(notes.frontMatter.toUtf8())[QStringLiteral("tittle")]
                     .toString(),
                 QStringLiteral("typo"));
        const std::optional<Attachment> stored = AttachmentStore(*m_journal).find(arch);
        QVERIFY(stored);
        QCOMPARE(stored->mime, QStringLiteral("image/png"));

        const QString cover =
            sha256Of(sitePath(QStringLiteral("hugo/content/posts/bundle/cover.png")));
        QVERIFY(entryFor(report, QStringLiteral("content/posts/bundle/index.en.md"))
                    .body.contains(QStringLiteral("attachment:") + cover));

        const ImportRow *missing = rowFor(report, QStringLiteral("content/posts/missing-image.md"));
        QCOMPARE(missing->missingImages, QStringList{QStringLiteral("nothere.png")});
        const Entry lost = entryFor(report, QStringLiteral("content/posts/missing-image.md"));
        QVERIFY(lost.body.contains(QLatin1String("![x](nothere.png)")));
        QVERIFY(lost.body.contains(QLatin1String("![r](https://example.com/r.png)")));
    }

    void importsAJekyllSite()
    {
        const ImportReport report = import(sitePath(QStringLiteral("jekyll")));
        QCOMPARE(report.found(), 5);
        QCOMPARE(report.imported, 5);
        QCOMPARE(report.attachments, 1);

        const Entry post = entryFor(report, QStringLiteral("_posts/2018-02-28-jekyll-post.md"));
        QCOMPARE(post.date, QDate(2018, 2, 28));
        QCOMPARE(post.title, QStringLiteral("在 Shell 脚本里调用 Python"));
        QCOMPARE(post.tags, (QStringList{QStringLiteral("linux"), QStringLiteral("shell"),
                                         QStringLiteral("工具")}));
        QVERIFY(post.body.contains(QLatin1String("```python\n")));
        QVERIFY(!post.body.contains(QLatin1String("highlight")));
        QVERIFY(post.body.contains(QLatin1String("{{ not liquid }}")));
        QVERIFY(!post.body.contains(QLatin1String("raw %}")));
        QVERIFY(post.body.contains(QLatin1String("{% include note.html %}")));
        QVERIFY(post.body.contains(
            QStringLiteral("attachment:")
            + sha256Of(sitePath(QStringLiteral("jekyll/assets/img/photo.png")))));
        QCOMPARE(
            rowFor(report, QStringLiteral("_posts/2018-02-28-jekyll-post.md"))->unconvertedTags, 1);

        const Entry single = entryFor(report, QStringLiteral("_posts/2017-2-5-single-digit.md"));
        QCOMPARE(single.date, QDate(2017, 2, 5));
        QCOMPARE(rowFor(report, QStringLiteral("_posts/2017-2-5-single-digit.md"))->dateOrigin,
                 DateOrigin::FileName);
        const Entry unpublished =
            entryFor(report, QStringLiteral("_posts/2016-06-01-unpublished.md"));
        QCOMPARE(unpublished.tags, QStringList{QStringLiteral("draft")});
        QCOMPARE(unpublished.date, QDate(2016, 6, 1));
        QVERIFY(
            rowFor(report, QStringLiteral("_posts/2016-06-01-unpublished.md"))->warnings.isEmpty());
        const Entry crlf = entryFor(report, QStringLiteral("_posts/2015-01-01-crlf.md"));
        QCOMPARE(crlf.title, QStringLiteral("Line endings on Windows"));
        QVERIFY(!crlf.body.contains(QLatin1Char('\r')));
        const Entry draft = entryFor(report, QStringLiteral("_drafts/a-draft.md"));
        QCOMPARE(draft.tags, QStringList{QStringLiteral("draft")});
        QCOMPARE(draft.date, QDate(2014, 6, 7));
    }

    void importsAHexoSite()
    {
        const ImportReport report = import(sitePath(QStringLiteral("hexo")));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.attachments, 2);
        const Entry post = entryFor(report, QStringLiteral("source/_posts/hexo-post.md"));
        QCOMPARE(post.date, QDate(2016, 3, 25));
        QCOMPARE(post.tags, (QStringList{QStringLiteral("Spring"), QStringLiteral("事务"),
                                         QStringLiteral("后端"), QStringLiteral("Java"),
                                         QStringLiteral("随笔")}));
        const QString diagram =
            QStringLiteral("attachment:")
            + sha256Of(sitePath(QStringLiteral("hexo/source/_posts/hexo-post/diagram.png")));
        QVERIFY(post.body.contains(QStringLiteral("![流程图](") + diagram + QLatin1Char(')')));
        QVERIFY(post.body.contains(QStringLiteral("![](") + diagram + QLatin1Char(')')));
        QVERIFY(!post.body.contains(QLatin1String("asset_img")));
        const Entry root = entryFor(report, QStringLiteral("source/_posts/root-image.md"));
        QVERIFY(root.body.contains(
            QStringLiteral("attachment:")
            + sha256Of(sitePath(QStringLiteral("hexo/source/images/root.png")))));
        const Entry draft = entryFor(report, QStringLiteral("source/_drafts/hexo-draft.md"));
        QCOMPARE(draft.tags, (QStringList{QStringLiteral("redis"), QStringLiteral("draft")}));
        QCOMPARE(draft.date, QDate(2013, 8, 9));
    }

    void decodesEveryEncodingAndRefusesWhatIsNotText()
    {
        const ImportReport report = import(sitePath(QStringLiteral("encodings")));
        QCOMPARE(report.found(), 7);
        QCOMPARE(report.imported, 4);
        struct Expected
        {
            const char *path;
            const char *title;
            QDate date;
            const char *phrase;
            const char *encoding;
        };
        const Expected expected[] = {
            {"utf8-bom.md", "带BOM", QDate(2014, 4, 4), "文件开头带了 UTF-8 的 BOM", "UTF-8"},
            {"utf16le.md", "十六位", QDate(2013, 3, 3), "每个英文字母后面都跟着一个零字节",
             "UTF-16LE"},
            {"gbk.md", "旧博客", QDate(2012, 2, 2), "幸亏同事提前做了备份", "GB18030"},
            {"gb18030.md", "扩展字符", QDate(2011, 1, 1), "𠀀", "GB18030"},
        };
        for (const Expected &want : expected) {
            const Entry entry = entryFor(report, QString::fromUtf8(want.path));
            QCOMPARE(entry.title, QString::fromUtf8(want.title));
            QCOMPARE(entry.date, want.date);
            QVERIFY2(entry.body.contains(QString::fromUtf8(want.phrase)), want.path);
            QCOMPARE(rowFor(report, QString::fromUtf8(want.path))->encoding,
                     QString::fromUtf8(want.encoding));
        }
        QVERIFY(entryFor(report, QStringLiteral("gb18030.md")).body.contains(QStringLiteral("䶮")));

        QCOMPARE(rowFor(report, QStringLiteral("empty.md"))->action, ImportRow::Action::Skip);
        QCOMPARE(rowFor(report, QStringLiteral("empty.md"))->reason, QStringLiteral("empty file"));
        QCOMPARE(rowFor(report, QStringLiteral("binary.md"))->action, ImportRow::Action::Skip);
        QVERIFY(rowFor(report, QStringLiteral("binary.md"))
                    ->reason.contains(QLatin1String("not text")));
        const ImportRow *broken = rowFor(report, QStringLiteral("broken-yaml.md"));
        QCOMPARE(broken->action, ImportRow::Action::Fail);
        QVERIFY2(broken->reason.contains(QLatin1String("YAML"))
                     && broken->reason.contains(QLatin1String("line ")),
                 qPrintable(broken->reason));
        QCOMPARE(EntryStore(*m_journal).count(), 4);
    }

    void importsAPlainFolderAndOneFile()
    {
        ImportReport report = import(sitePath(QStringLiteral("plain")));
        QCOMPARE(report.imported, 2);
        const Entry note = entryFor(report, QStringLiteral("2020-10-10-plain-note.md"));
        QCOMPARE(note.date, QDate(2020, 10, 10));
        QCOMPARE(note.title, QStringLiteral("plain-note"));
        const Entry sub = entryFor(report, QStringLiteral("notes/sub.md"));
        QVERIFY(sub.body.contains(QStringLiteral("attachment:")
                                  + sha256Of(sitePath(QStringLiteral("plain/pics/p.png")))));

        auto other = newJournal();
        report =
            import(sitePath(QStringLiteral("hugo/content/posts/json-post.md")), false, other.get());
        QCOMPARE(report.imported, 1);
        QCOMPARE(entryFor(report, QStringLiteral("json-post.md"), other.get()).source,
                 QStringLiteral("json-post.md"));
    }

    void rewritesEveryWayALinkIsWritten()
    {
        const QString root = m_dir.filePath(QStringLiteral("link-forms"));
        QDir().mkpath(root + QStringLiteral("/img"));
        const char *names[] = {"one.png",  "two_x.png", "three.png", "four.png",
                               "five.png", "六 七.png", "A.png"};
        for (const char *name : names)
            QVERIFY(test::writeFile(root + QStringLiteral("/img/") + QString::fromUtf8(name),
                                    QByteArray("\x89PNG\r\n\x1a\n") + name));
        QVERIFY(test::writeFile(root + QStringLiteral("/img/notes.txt"), "not an image\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/post.md"),
                                "![a][ref]\n\n[ref]: </img/one.png>\n\n![b](/img/two\\_x.png)\n\n"
                                "<img src=/img/three.png width=300>\n\n![c]( /img/four.png )\n\n"
                                "![d](img\\five.png)\n\n![e](img/%E5%85%AD%20%E4%B8%83.png)\n\n"
                                "![f](img/notes.txt) ![g](../outside.png)\n\n"
                                "<img src=\"/img/A.png\"> <img src=\"/IMG/one.png\">\n"));
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("outside.png")),
                                "\x89PNG\r\n\x1a\noutside"));
        const ImportReport report = import(root);
        const ImportRow *row = rowFor(report, QStringLiteral("post.md"));
        QCOMPARE(row->images, 7);
        QCOMPARE(row->missingImages,
                 (QStringList{QStringLiteral("img/notes.txt"), QStringLiteral("../outside.png"),
                              QStringLiteral("/IMG/one.png")}));
        const QString body = entryFor(report, QStringLiteral("post.md")).body;
        QCOMPARE(body.count(QLatin1String("attachment:")), 7);
        QVERIFY2(!body.contains(QLatin1String("(/img/")) && !body.contains(QLatin1String("img\\")),
                 qPrintable(body));
        // A.png is not a.png: its own attachment; /IMG/one.png is no file here.
        QVERIFY(body.contains(QStringLiteral("<img src=\"attachment:")
                              + sha256Of(root + QStringLiteral("/img/A.png"))));
        QVERIFY(body.contains(QLatin1String("<img src=\"/IMG/one.png\">")));
        QCOMPARE(report.attachments, 7);
    }
};

QTEST_GUILESS_MAIN(BlogImportTest)
#include "tst_blogimport.moc"
