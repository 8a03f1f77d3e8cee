// Blog import and export (src/blog): the fixture sites under
// tests/fixtures/blog (see EXPECTED.md there), generated edge cases, idempotent
// re-import, round trips through each export format, and the real `hugo`
// building an export.

#include "TestSupport.h"

#include "blog/Exporter.h"
#include "blog/FrontMatter.h"
#include "blog/Importer.h"
#include "blog/Post.h"
#include "blog/TextDecoding.h"
#include "core/AttachmentStore.h"
#include "core/Journal.h"
#include "core/Migrations.h"
#include "sql/Sql.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

using namespace waypoint;
using namespace waypoint::blog;

namespace {

const QString fixtures = QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog");

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            QFile::copy(path, target);
    }
}

void setFileDate(const QString &path, QDate date)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(date, QTime(12, 0)), QFileDevice::FileModificationTime));
}

int countRows(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

const ImportRow *rowFor(const ImportReport &report, const QString &path)
{
    for (const ImportRow &row : report.rows)
        if (row.path == path)
            return &row;
    return nullptr;
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(test::fileHash(path).toHex());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

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

class BlogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    int m_journals = 0;

    QString sitePath(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("sites/") + name);
    }

    std::unique_ptr<Journal> newJournal()
    {
        QString error;
        auto journal = Journal::open(
            m_dir.filePath(QStringLiteral("j%1.waypoint").arg(++m_journals)), {}, &error);
        if (!journal)
            qFatal("%s", qPrintable(error));
        return journal;
    }

    ImportReport import(const QString &path, bool dryRun = false, Journal *journal = nullptr)
    {
        QString error;
        const Site site = Site::detect(path, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        Importer::Options options;
        options.dryRun = dryRun;
        return Importer(journal ? *journal : *m_journal).run(site, options);
    }

    Entry entryFor(const ImportReport &report, const QString &path, Journal *journal = nullptr)
    {
        const ImportRow *row = rowFor(report, path);
        if (!row || row->entryId == 0)
            return {};
        return EntryStore(journal ? *journal : *m_journal).find(row->entryId).value_or(Entry{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        copyTree(fixtures, m_dir.filePath(QStringLiteral("sites")));
        // Git keeps no file times: give the undated posts known ones.
        setFileDate(sitePath(QStringLiteral("hugo/content/posts/no-front-matter.md")),
                    QDate(2015, 5, 5));
        setFileDate(sitePath(QStringLiteral("jekyll/_drafts/a-draft.md")), QDate(2014, 6, 7));
        setFileDate(sitePath(QStringLiteral("hexo/source/_drafts/hexo-draft.md")),
                    QDate(2013, 8, 9));
    }

    void init() { m_journal = newJournal(); }
    void cleanup() { m_journal.reset(); }

    // --- site detection -------------------------------------------------

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

    // --- each site, as EXPECTED.md says ---------------------------------

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

    // --- idempotence, updates, dry run, failures --------------------------

    void aSecondImportChangesNothing()
    {
        const ImportReport first = import(sitePath(QStringLiteral("hugo")));
        const QSqlDatabase db = m_journal->database();
        const int entries = countRows(db, QStringLiteral("entries"));
        const int revisions = countRows(db, QStringLiteral("entry_revisions"));
        const ImportReport second = import(sitePath(QStringLiteral("hugo")));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, first.imported);
        QCOMPARE(second.attachments, 0);
        QCOMPARE(countRows(db, QStringLiteral("entries")), entries);
        QCOMPARE(countRows(db, QStringLiteral("entry_revisions")), revisions);
        QCOMPARE(countRows(db, QStringLiteral("attachments")), 2);
    }

    void aChangedPostUpdatesItsEntryAndKeepsTheOldText()
    {
        const QString site = m_dir.filePath(QStringLiteral("changing"));
        copyTree(sitePath(QStringLiteral("jekyll")), site);
        const QString path = QStringLiteral("_posts/2015-01-01-crlf.md");
        const ImportReport first = import(site);
        const Entry before = entryFor(first, path);

        QFile file(site + QLatin1Char('/') + path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\r\nA paragraph added later.\r\n");
        file.close();
        const ImportReport second = import(site);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.unchanged, 4);
        QCOMPARE(rowFor(second, path)->action, ImportRow::Action::Update);
        const Entry after = entryFor(second, path);
        QCOMPARE(after.id, before.id);
        QVERIFY(after.body.endsWith(QLatin1String("A paragraph added later.")));
        const QList<Revision> revisions = EntryStore(*m_journal).revisions(after.id);
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().body, before.body);
        QCOMPARE(import(site).unchanged, 5);

        // A post whose entry was deleted in the journal comes back.
        EntryStore(*m_journal).remove(after.id);
        QVERIFY(file.open(QIODevice::Append));
        file.write("More.\r\n");
        file.close();
        const ImportReport third = import(site);
        QCOMPARE(third.imported, 1);
        QCOMPARE(entryFor(third, path).title, before.title);
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

    void twoBlogsWithTheSamePathsStayApart()
    {
        const QString a = m_dir.filePath(QStringLiteral("blog-a")),
                      b = m_dir.filePath(QStringLiteral("blog-b"));
        for (const auto &[root, title] : {std::pair{a, "A"}, std::pair{b, "B"}}) {
            QDir().mkpath(root + QStringLiteral("/posts"));
            QVERIFY(test::writeFile(root + QStringLiteral("/posts/hello.md"),
                                    QByteArray("---\ntitle: ") + title
                                        + "\ndate: 2020-01-01\n---\nText " + title + "\n"));
        }
        QCOMPARE(import(a).imported, 1);
        QCOMPARE(import(b).imported, 1); // not an update of A's entry
        QCOMPARE(import(a).unchanged, 1);
        QCOMPARE(EntryStore(*m_journal).count(), 2);

        // A blog whose folder moved is still the same blog.
        const QString moved = m_dir.filePath(QStringLiteral("blog-a-moved"));
        QVERIFY(QDir().rename(a, moved));
        QCOMPARE(import(moved).unchanged, 1);
        QVERIFY(test::writeFile(moved + QStringLiteral("/posts/hello.md"),
                                "---\ntitle: A2\ndate: 2020-01-01\n---\nText A, edited\n"));
        const ImportReport edited = import(moved);
        QCOMPARE(edited.updated, 1);
        QCOMPARE(EntryStore(*m_journal).count(), 2);
        QCOMPARE(entryFor(edited, QStringLiteral("posts/hello.md")).title, QStringLiteral("A2"));
        QCOMPARE(entryFor(import(b), QStringLiteral("posts/hello.md")).title, QStringLiteral("B"));
    }

    void aRenamedPostIsTheSameEntry()
    {
        const QString site = m_dir.filePath(QStringLiteral("renaming"));
        copyTree(sitePath(QStringLiteral("jekyll")), site);
        const ImportReport first = import(site);
        const qint64 id = rowFor(first, QStringLiteral("_posts/2015-01-01-crlf.md"))->entryId;
        QVERIFY(QFile::rename(site + QStringLiteral("/_posts/2015-01-01-crlf.md"),
                              site + QStringLiteral("/_posts/2015-01-01-line-endings.md")));
        const ImportReport second = import(site);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.unchanged, 5);
        QCOMPARE(rowFor(second, QStringLiteral("_posts/2015-01-01-line-endings.md"))->entryId, id);
        QCOMPARE(EntryStore(*m_journal).find(id)->source,
                 QStringLiteral("_posts/2015-01-01-line-endings.md"));
        QCOMPARE(import(site).unchanged, 5);
        // Two copies of a vanished post: one follows it, the other is a post of its own.
        QVERIFY(QFile::copy(site + QStringLiteral("/_posts/2015-01-01-line-endings.md"),
                            site + QStringLiteral("/_posts/2015-01-01-copy-a.md")));
        QVERIFY(QFile::copy(site + QStringLiteral("/_posts/2015-01-01-line-endings.md"),
                            site + QStringLiteral("/_posts/2015-01-01-copy-b.md")));
        QVERIFY(QFile::remove(site + QStringLiteral("/_posts/2015-01-01-line-endings.md")));
        const ImportReport copies = import(site);
        QCOMPARE(copies.unchanged, 5);
        QCOMPARE(copies.imported, 1);
        const ImportReport after = import(site);
        QCOMPARE(after.unchanged, 6);
        QCOMPARE(after.imported, 0);
    }

    void importingAnExportIntoTheSameJournalChangesNothing()
    {
        import(sitePath(QStringLiteral("hugo")));
        const int entries = EntryStore(*m_journal).count();
        Exporter::Options options;
        options.format = ExportFormat::Markdown;
        options.output = m_dir.filePath(QStringLiteral("own-export"));
        ExportReport exported;
        QString error;
        QVERIFY(Exporter(*m_journal).run(options, &exported, &error));
        const ImportReport back = import(options.output);
        QCOMPARE(back.imported, 0);
        QCOMPARE(back.unchanged, entries);
        QCOMPARE(EntryStore(*m_journal).count(), entries);
    }

    void aDryRunChangesNothing()
    {
        const ImportReport dry = import(sitePath(QStringLiteral("hugo")), true);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.imported, 9);
        QCOMPARE(dry.attachments, 2);
        QCOMPARE(rowFor(dry, QStringLiteral("content/posts/2019-k8s-notes.md"))->date,
                 QDate(2019, 3, 14));
        const QSqlDatabase db = m_journal->database();
        QCOMPARE(countRows(db, QStringLiteral("entries")), 0);
        QCOMPARE(countRows(db, QStringLiteral("attachments")), 0);

        import(sitePath(QStringLiteral("hugo")));
        const ImportReport again = import(sitePath(QStringLiteral("hugo")), true);
        QCOMPARE(again.unchanged, 9);
        QCOMPARE(again.imported, 0);
    }

    void aPostThatFailsLeavesNothingBehind()
    {
        // The journal refuses one post (as a full disk would) after its image
        // was stored: the image goes too, the other posts arrive.
        const QSqlDatabase db = m_journal->database();
        sql::run(db, QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON entries"
                                    " WHEN NEW.title = '页面包里的图片'"
                                    " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
        const ImportReport report = import(sitePath(QStringLiteral("hugo")));
        const ImportRow *failed = rowFor(report, QStringLiteral("content/posts/bundle/index.md"));
        QCOMPARE(failed->action, ImportRow::Action::Fail);
        QVERIFY(failed->reason.contains(QLatin1String("disk I/O error")));
        QCOMPARE(report.imported, 8);
        // cover.png came in with the English translation, which imports after it.
        const QString cover =
            sha256Of(sitePath(QStringLiteral("hugo/content/posts/bundle/cover.png")));
        QCOMPARE(report.attachments, 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM entries WHERE source = ?"),
                             {QStringLiteral("content/posts/bundle/index.md")})
                     .toInt(),
                 0);
        QVERIFY(AttachmentStore(*m_journal).contains(cover));

        // Alone, the refused post leaves not even its image.
        auto other = newJournal();
        sql::run(other->database(),
                 QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON entries"
                                " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
        const ImportReport alone = import(
            sitePath(QStringLiteral("hugo/content/posts/bundle/index.md")), false, other.get());
        QCOMPARE(alone.rows.first().action, ImportRow::Action::Fail);
        QCOMPARE(alone.attachments, 0);
        QCOMPARE(countRows(other->database(), QStringLiteral("attachments")), 0);
        QCOMPARE(countRows(other->database(), QStringLiteral("entries")), 0);
    }

    void skipsHugeFilesAndCanBeCancelled()
    {
        QString error;
        Site site = Site::detect(sitePath(QStringLiteral("hugo")), &error);
        Importer::Options options;
        options.maxPostBytes = 300; // every post but the small ones is "huge"
        ImportReport report = Importer(*m_journal).run(site, options);
        const ImportRow *big = rowFor(report, QStringLiteral("content/posts/2019-k8s-notes.md"));
        QCOMPARE(big->action, ImportRow::Action::Skip);
        QVERIFY(big->reason.contains(QLatin1String("too large")));

        auto other = newJournal();
        Importer::Options cancelling;
        cancelling.progress = [](int done, int, const ImportRow &) { return done < 3; };
        report = Importer(*other).run(site, cancelling);
        QVERIFY(report.cancelled);
        QCOMPARE(report.rows.size(), 3);
        QCOMPARE(EntryStore(*other).count(), report.imported);
    }

    void theReportIsTheCommandLinesJson()
    {
        const QJsonObject json = import(sitePath(QStringLiteral("encodings"))).toJson();
        for (const char *key :
             {"found", "imported", "updated", "unchanged", "skipped", "failed", "attachments"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[QStringLiteral("found")].toInt(), 7);
        QCOMPARE(json[QStringLiteral("skipped")].toArray().size(), 2);
        QCOMPARE(
            json[QStringLiteral("failed")].toArray().first()[QStringLiteral("path")].toString(),
            QStringLiteral("broken-yaml.md"));
        QVERIFY(!json[QStringLiteral("failed")]
                     .toArray()
                     .first()[QStringLiteral("error")]
                     .toString()
                     .isEmpty());
        QCOMPARE(json[QStringLiteral("posts")].toArray().size(), 7);
    }

    // --- the parts --------------------------------------------------------

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

    // --- export and round trip -------------------------------------------

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

    // --- the journal side ---------------------------------------------------

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
                 {"reading_progress", "reading_mentions", "reading_titles", "reading_items",
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

QTEST_GUILESS_MAIN(BlogTest)
#include "tst_blog.moc"
