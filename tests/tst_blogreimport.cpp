// Blog import run again (src/blog): a second import changes nothing, a
// changed, renamed or moved post keeps its entry, a dry run writes nothing,
// a failed post leaves nothing behind, and the report the command line prints.

#include "BlogTestSupport.h"

#include "blog/Exporter.h"
#include "core/AttachmentStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace waypoint;
using namespace waypoint::blog;
using namespace waypoint::test;

class BlogReimportTest : public BlogTestCase
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(BlogReimportTest)
#include "tst_blogreimport.moc"
