// Blog export (src/blog): entries written out as Markdown, Hugo and Jekyll
// folders and imported back unchanged, the real `hugo` and `jekyll` building
// an export, an existing site kept as it was, and clear errors.

#include "BlogTestSupport.h"

#include "blog/Exporter.h"
#include "core/AttachmentStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace waypoint;
using namespace waypoint::blog;
using namespace waypoint::test;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Text a Hugo export must show as written, not run.
QString templatesText()
{
    return QStringLiteral(
        "写法：`{{< highlight go >}}`，再写 `{{< figure src=\"/images/x.png\" >}}`。\n\n"
        "`print('{{%s}}' % name)` 和 `m{{<1,2>}};`，单独的 `{{<` 也行。\n\n"
        "```\n{{< 不是短代码 >}}\n{{ .Values.image }}\n```\n\n"
        "Written by hand: {{</* foo */>}}, {{</* a */%}}, {{< x %}}, {{{< x >}}, "
        "and a split {\u200B{ kept.");
}

} // namespace

class BlogExportTest : public BlogTestCase
{
    Q_OBJECT

private slots:
    void exportThenImportGivesBackTheSameEntries_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("markdown") << ExportFormat::Markdown;
        QTest::newRow("hugo") << ExportFormat::Hugo;
        QTest::newRow("jekyll") << ExportFormat::Jekyll;
    }

    void exportThenImportGivesBackTheSameEntries()
    {
        QFETCH(ExportFormat, format);
        for (const char *site : {"hugo", "jekyll", "hexo", "encodings", "plain"})
            import(sitePath(QString::fromLatin1(site)));
        // And one typed here, with a pasted image and awkward title.
        EntryStore store(*m_journal);
        const QString pasted =
            AttachmentStore(*m_journal).add("\x89PNG\r\n\x1a\n pasted", QStringLiteral("image/png"), {});
        test::addEntry(
            store, QDate(2024, 1, 1), QStringLiteral("../逃逸: \"quoted\" #1"),
            QStringLiteral("Pasted ![](attachment:%1) and `{{< notashortcode >}}`.").arg(pasted),
            {QStringLiteral("typed")});
        test::addEntry(store, QDate(2024, 6, 6), QStringLiteral("模板语法"), templatesText());
        test::addEntry(store, QDate(2024, 6, 7), QStringLiteral("raw"),
                       QStringLiteral("{% raw %}\nhello\n{% endraw %}"),
                       {QStringLiteral("ok"), QStringLiteral("a/"), QStringLiteral("..")});
        // Untitled; tags with spaces, commas and YAML words; a screenshot
        // whose name has spaces; a date kept from an import that was unreadable.
        const QString screenshot =
            AttachmentStore(*m_journal)
                .add("\x89PNG\r\n\x1a\n a screenshot", QStringLiteral("image/png"),
                     QStringLiteral("屏幕快照 2019-03-01 下午3.20.15 (1).png"));
        Entry untitled;
        untitled.date = QDate(2024, 2, 2);
        untitled.body =
            QStringLiteral("# A heading, not the title\n\n![](attachment:%1)").arg(screenshot);
        untitled.tags = {QStringLiteral("machine learning"), QStringLiteral("a,b"),
                         QStringLiteral("yes")};
        untitled.frontMatter = QStringLiteral(R"({"date":"March 5, 2015","description":"kept"})");
        store.create(untitled);

        const QString output = m_dir.filePath(QStringLiteral("export-%1").arg(int(format)));
        Exporter::Options options;
        options.format = format;
        options.output = output;
        ExportReport exported;
        QString error;
        QVERIFY2(Exporter(*m_journal).run(options, &exported, &error), qPrintable(error));
        QCOMPARE(exported.entries, store.count());
        QVERIFY(exported.createdSite == (format != ExportFormat::Markdown));
        for (const QString &file : exported.files)
            QVERIFY2(!file.contains(QLatin1String("..")), qPrintable(file));

        auto copy = newJournal();
        const ImportReport back = import(output, false, copy.get());
        QCOMPARE(back.imported, exported.entries);
        QCOMPARE(back.rows.size(), exported.entries);

        EntryStore copied(*copy);
        auto key = [](const Entry &e) { return toEntryDateText(e.date) + e.title; };
        QHash<QString, Entry> byKey;
        for (const EntrySummary &summary : copied.list())
            byKey.insert(key(*copied.find(summary.id)), *copied.find(summary.id));
        for (const EntrySummary &summary : store.list()) {
            const Entry original = *store.find(summary.id);
            QVERIFY2(byKey.contains(key(original)), qPrintable(key(original)));
            const Entry returned = byKey.value(key(original));
            QCOMPARE(returned.tags, original.tags);
            QCOMPARE(returned.body, original.body);
            QJsonObject kept = QJsonDocument::fromJson(original.frontMatter.toUtf8()).object();
            kept.remove(QStringLiteral("date")); // the entry's date is written, not a kept one
            if (format == ExportFormat::Hugo)    // a site of its own: one page per entry
                for (const QString &key : kept.keys())
                    if (Exporter::isHugoBuildKey(key))
                        kept.remove(key);
            QCOMPARE(QJsonDocument::fromJson(returned.frontMatter.toUtf8()).object(), kept);
        }
        // The images came back as the same attachments.
        QCOMPARE(countRows(copy->database(), QStringLiteral("attachments")),
                 countRows(m_journal->database(), QStringLiteral("attachments")));
    }

    void coverImagesInFrontMatterComeInAndGoOut()
    {
        const QString root = m_dir.filePath(QStringLiteral("covers"));
        QDir().mkpath(root + QStringLiteral("/content/posts/trip"));
        QVERIFY(test::writeFile(root + QStringLiteral("/config.toml"), "title = \"t\"\n"));
        QVERIFY(test::writeFile(root + QStringLiteral("/content/posts/trip/cover.jpg"),
                                "\xFF\xD8\xFF\xE0 a cover"));
        QVERIFY(test::writeFile(
            root + QStringLiteral("/content/posts/trip/index.md"),
            "---\ntitle: 旅行\ndate: 2022-05-06\ncover:\n  image: cover.jpg\n"
            "  alt: 封面\nfeatured_image: gone.jpg\nsummary: see foo.png\n---\nText.\n"));
        const ImportReport report = import(root);
        const ImportRow *row = rowFor(report, QStringLiteral("content/posts/trip/index.md"));
        QCOMPARE(row->images, 1);
        QCOMPARE(row->missingImages, QStringList{QStringLiteral("gone.jpg")});
        const Entry entry = entryFor(report, QStringLiteral("content/posts/trip/index.md"));
        const QJsonObject kept = QJsonDocument::fromJson(entry.frontMatter.toUtf8()).object();
        const QString key = sha256Of(root + QStringLiteral("/content/posts/trip/cover.jpg"));
        QCOMPARE(kept[QStringLiteral("cover")][QStringLiteral("image")].toString(),
                 QStringLiteral("attachment:") + key);

        // Out again: the cover is written beside the post and named there.
        Exporter::Options options;
        options.format = ExportFormat::Hugo;
        options.output = m_dir.filePath(QStringLiteral("covers-out"));
        ExportReport exported;
        QString error;
        QVERIFY(Exporter(*m_journal).run(options, &exported, &error));
        QCOMPARE(exported.images, 1);
        QFile post(options.output + QLatin1Char('/') + exported.files.first());
        QVERIFY(post.open(QIODevice::ReadOnly));
        QVERIFY(post.readAll().contains("image: cover.jpg"));
        auto copy = newJournal();
        const ImportReport back = import(options.output, false, copy.get());
        QCOMPARE(back.rows.first().images, 1);
        QCOMPARE(EntryStore(*copy).find(back.rows.first().entryId)->frontMatter, entry.frontMatter);
    }

    void slugsAreSafeFileNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("chinese kept")
            << QStringLiteral("三年后的回顾 (2021)") << QStringLiteral("三年后的回顾-2021");
        QTest::newRow("no path escape")
            << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("windows marks")
            << QStringLiteral("a:b*c?\"d<e>f|g\\h") << QStringLiteral("a-b-c-d-e-f-g-h");
        QTest::newRow("empty") << QString() << QStringLiteral("entry");
        QTest::newRow("only marks") << QStringLiteral("《》？") << QStringLiteral("entry");
        QTest::newRow("full width")
            << QStringLiteral("ＫＵＢＥＲＮＥＴＥＳ") << QStringLiteral("kubernetes");
        QTest::newRow("emoji") << QStringLiteral("周末 🎉") << QStringLiteral("周末");
    }

    void slugsAreSafeFileNames()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(Exporter::slug(title), slug);
        QVERIFY(Exporter::slug(QString(200, QChar(0x4E2D))).size() <= 60);
    }

    void theRealHugoBuildsTheExport()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        QVERIFY2(!hugo.isEmpty(),
                 "hugo is not installed: packaging/install-deps-debian.sh installs it");
        import(sitePath(QStringLiteral("hugo")));
        import(sitePath(QStringLiteral("jekyll")));
        // Two entries Hugo would put at one address: emoji titles (Hugo
        // drops emoji from addresses) and the same kept `url`.
        EntryStore store(*m_journal);
        for (const QString &title : {QStringLiteral("🎉"), QStringLiteral("😀")}) {
            Entry entry;
            entry.date = QDate(2024, 5, 5);
            entry.title = title;
            entry.body = title;
            entry.frontMatter = QStringLiteral(
                R"({"url":"/same/","expiryDate":"2000-01-01","lastmod":"last spring"})");
            entry.tags = {QStringLiteral(".."), QStringLiteral("../etc"), QStringLiteral("CI/CD")};
            store.create(entry);
        }
        // A post about templates: shortcodes as text, stray braces, in code too.
        test::addEntry(store, QDate(2024, 6, 6), QStringLiteral("模板语法"), templatesText());
        const QString output = m_dir.filePath(QStringLiteral("hugo-export"));
        Exporter::Options options;
        options.format = ExportFormat::Hugo;
        options.output = output;
        ExportReport exported;
        QString error;
        QVERIFY2(Exporter(*m_journal).run(options, &exported, &error), qPrintable(error));

        QProcess build;
        build.setWorkingDirectory(output);
        build.start(hugo, {QStringLiteral("--quiet")});
        QVERIFY(build.waitForFinished(60000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        // One page per entry, with its title, its images beside it.
        int pages = 0;
        for (const QString &file : exported.files) {
            const QString folder = QFileInfo(file).dir().dirName();
            const QString page =
                output + QStringLiteral("/public/posts/") + folder + QStringLiteral("/index.html");
            QFile html(page);
            QVERIFY2(html.open(QIODevice::ReadOnly), qPrintable(page));
            pages += html.readAll().contains("<h1>") ? 1 : 0;
        }
        QCOMPARE(pages, exported.entries);
        QCOMPARE(exported.entries, 17);
        // And the text about templates comes back as it was.
        auto copy = newJournal();
        import(output, false, copy.get());
        bool found = false;
        for (const EntrySummary &summary : EntryStore(*copy).list())
            if (summary.title == QStringLiteral("模板语法")) {
                QCOMPARE(EntryStore(*copy).find(summary.id)->body, templatesText());
                found = true;
            }
        QVERIFY(found);
        QVERIFY(QFileInfo::exists(
            output + QStringLiteral("/public/posts/2022-05-06-页面包里的图片/cover.png")));
        QFile home(output + QStringLiteral("/public/index.html"));
        QVERIFY(home.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(home.readAll()).contains(QStringLiteral("Kubernetes 入门笔记")));
    }

    void theRealJekyllBuildsTheExport()
    {
        const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
        QVERIFY2(!jekyll.isEmpty(),
                 "jekyll is not installed: packaging/install-deps-debian.sh installs it");
        import(sitePath(QStringLiteral("hugo")));
        import(sitePath(QStringLiteral("jekyll")));
        test::addEntry(*std::make_unique<EntryStore>(*m_journal), QDate(2024, 6, 6),
                       QStringLiteral("模板语法"), templatesText());
        const QString output = m_dir.filePath(QStringLiteral("jekyll-export"));
        Exporter::Options options;
        options.format = ExportFormat::Jekyll;
        options.output = output;
        ExportReport exported;
        QString error;
        QVERIFY2(Exporter(*m_journal).run(options, &exported, &error), qPrintable(error));

        QProcess build;
        build.setWorkingDirectory(output);
        build.start(jekyll, {QStringLiteral("build"), QStringLiteral("--quiet")});
        QVERIFY(build.waitForFinished(120000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
        // One page per entry, at /year/month/day/name/ (the permalink of the
        // minimal site), Liquid in the text shown as written.
        int pages = 0;
        for (const QString &file : exported.files) {
            const QString name =
                QFileInfo(file).completeBaseName(); // 2019-03-14-kubernetes-入门笔记
            const QString page = output + QStringLiteral("/_site/") + name.left(4)
                                 + QLatin1Char('/') + name.mid(5, 2) + QLatin1Char('/')
                                 + name.mid(8, 2) + QLatin1Char('/') + name.mid(11)
                                 + QStringLiteral("/index.html");
            pages += QFileInfo::exists(page) ? 1 : 0;
        }
        QCOMPARE(pages, exported.entries);
        QFile templates(output + QStringLiteral("/_site/2024/06/06/模板语法/index.html"));
        QVERIFY(templates.open(QIODevice::ReadOnly));
        QVERIFY(
            QString::fromUtf8(templates.readAll()).contains(QStringLiteral("{{ .Values.image }}")));
    }

    void anExistingHugoSiteKeepsEverythingElse()
    {
        const QString site = m_dir.filePath(QStringLiteral("existing-hugo"));
        QDir().mkpath(site + QStringLiteral("/content"));
        QVERIFY(test::writeFile(site + QStringLiteral("/config.toml"), "title = \"Mine\"\n"));
        QVERIFY(test::writeFile(site + QStringLiteral("/content/about.md"), "# About me\n"));
        QDir().mkpath(site + QStringLiteral("/layouts/shortcodes"));
        QVERIFY(test::writeFile(site + QStringLiteral("/layouts/shortcodes/mine.html"),
                                "<b>mine</b>\n"));
        test::addEntry(*std::make_unique<EntryStore>(*m_journal), QDate(2021, 5, 1),
                       QStringLiteral("同名"), QStringLiteral("one"));
        test::addEntry(*std::make_unique<EntryStore>(*m_journal), QDate(2021, 5, 1),
                       QStringLiteral("同名"), QStringLiteral("two {{< mine >}} {{< theirs x >}}"));
        Exporter::Options options;
        options.format = ExportFormat::Hugo;
        options.output = site;
        ExportReport first;
        QString error;
        QVERIFY(Exporter(*m_journal).run(options, &first, &error));
        QVERIFY(!first.createdSite);
        QCOMPARE(sorted(first.files),
                 (QStringList{QStringLiteral("content/posts/2021-05-01-同名-2/index.md"),
                              QStringLiteral("content/posts/2021-05-01-同名/index.md")}));
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/layouts/_default")));
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/hugo.toml")));
        QFile about(site + QStringLiteral("/content/about.md"));
        QVERIFY(about.open(QIODevice::ReadOnly));
        QCOMPARE(about.readAll(), QByteArray("# About me\n"));
        // The site's own shortcodes stay live; others are escaped, so the
        // site still builds.
        QFile second(site + QLatin1Char('/') + sorted(first.files).first());
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QByteArray text = second.readAll();
        QVERIFY(text.contains("{{< mine >}}"));
        QVERIFY2(text.contains("{{</* theirs x */>}}"), text.constData());

        // Exporting again rewrites the same two files, adding none.
        ExportReport again;
        QVERIFY(Exporter(*m_journal).run(options, &again, &error));
        QCOMPARE(sorted(again.files), sorted(first.files));
    }

    void exportErrorsAreClear()
    {
        Exporter::Options options;
        options.output = m_dir.filePath(QStringLiteral("empty-export"));
        ExportReport report;
        QString error;
        QVERIFY(!Exporter(*m_journal).run(options, &report, &error));
        QVERIFY(error.contains(QLatin1String("No entries")));
        QVERIFY(!QFileInfo::exists(options.output));

        test::addEntry(*std::make_unique<EntryStore>(*m_journal), QDate(2021, 5, 1),
                       QStringLiteral("x"));
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(test::writeFile(blocker, "x"));
        options.output = blocker + QStringLiteral("/below");
        QVERIFY(!Exporter(*m_journal).run(options, &report, &error));
        QVERIFY2(error.contains(QLatin1String("a-file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(BlogExportTest)
#include "tst_blogexport.moc"
