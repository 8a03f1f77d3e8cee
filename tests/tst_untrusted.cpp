// Input nobody vouches for: blogs with links out of their folder, journals
// damaged or on read-only media, names and ids made to confuse. Each case is
// one a hostile tester found; the real binary is run as a script would.

#include "TestSupport.h"
#include "core/Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>
#include <unistd.h>

using namespace waypoint;
using test::runWaypoint;

namespace {

QJsonObject jsonOf(const test::Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList pathsOf(const QJsonArray &rows)
{
    QStringList paths;
    for (const QJsonValue &row : rows)
        paths.append(row.toObject().value(QStringLiteral("path")).toString());
    paths.sort();
    return paths;
}

QString fixture(const QString &relative)
{
    return QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog/") + relative;
}

// One SQLite answer, read through a connection of the test's own.
QStringList pragma(const QString &file, const QString &statement)
{
    QStringList rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(statement);
            while (query.next())
                rows.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return rows;
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class UntrustedTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::Run wp(const QString &journal, const QStringList &args, const QByteArray &input = {})
    {
        return runWaypoint(QStringList{QStringLiteral("--journal"), journal} + args, input);
    }

    QString addEntries(const QString &journal, int count)
    {
        QString last;
        for (int i = 1; i <= count; ++i) {
            const test::Run added = wp(journal, {QStringLiteral("add"), QStringLiteral("--date"),
                                                 QStringLiteral("2024-05-0%1").arg(i),
                                                 QStringLiteral("第 %1 篇日记").arg(i)});
            last = QString::fromUtf8(added.out).trimmed();
        }
        return last;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ln -s /etc/passwd blog/p.md must not make /etc/passwd an entry.
    void importFollowsNoLinkOutOfTheFolder()
    {
        const QString outside = path(QStringLiteral("outside"));
        const QString blog = path(QStringLiteral("blog"));
        QVERIFY(QDir().mkpath(outside + QStringLiteral("/notes")));
        QVERIFY(QDir().mkpath(blog + QStringLiteral("/sub")));
        QVERIFY(
            test::writeFile(outside + QStringLiteral("/secret.md"), "# 机密\n\nnologin 密码\n"));
        QVERIFY(test::writeFile(outside + QStringLiteral("/notes/more.md"),
                                "# 更多\n\nnologin 也在这里\n"));
        QVERIFY(test::writeFile(blog + QStringLiteral("/mine.md"), "# 我的\n\n自己写的一篇。\n"));
        QVERIFY(test::writeFile(blog + QStringLiteral("/sub/inner.md"), "# 里面\n\n在博客里。\n"));
        QVERIFY(
            QFile::link(outside + QStringLiteral("/secret.md"), blog + QStringLiteral("/p.md")));
        QVERIFY(QFile::link(outside + QStringLiteral("/notes"), blog + QStringLiteral("/linked")));
        // A link that stays inside is an ordinary way to arrange a blog.
        QVERIFY(QFile::link(blog + QStringLiteral("/sub"), blog + QStringLiteral("/zz-alias")));

        const QString journal = path(QStringLiteral("links.waypoint"));
        const test::Run imported =
            wp(journal, {QStringLiteral("import"), blog, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject report = jsonOf(imported);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 2); // mine.md, sub/inner.md
        const QJsonArray skipped = report[QStringLiteral("skipped")].toArray();
        QCOMPARE(pathsOf(skipped), (QStringList{QStringLiteral("linked"), QStringLiteral("p.md")}));
        for (const QJsonValue &row : skipped)
            QVERIFY(row.toObject()[QStringLiteral("reason")].toString().contains(
                QStringLiteral("outside")));

        const test::Run found = wp(journal, {QStringLiteral("search"), QStringLiteral("nologin"),
                                             QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 0);
    }

    // Images come from inside the imported folder (for one file, its folder)
    // and must be images by their bytes, whatever their names say.
    void importTakesOnlyImagesFromInside()
    {
        const QString site = path(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(site + QStringLiteral("/post")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("plain/pics/p.png")),
                            site + QStringLiteral("/outside.png")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("plain/pics/p.png")),
                            site + QStringLiteral("/post/inside.png")));
        QVERIFY(test::writeFile(site + QStringLiteral("/fake-outside.png"),
                                "root:x:0:0:root:/root:/bin/bash\n"));
        QVERIFY(test::writeFile(site + QStringLiteral("/post/fake.png"), "not an image at all\n"));
        QVERIFY(QFile::link(site + QStringLiteral("/outside.png"),
                            site + QStringLiteral("/post/link.png")));
        QVERIFY(test::writeFile(
            site + QStringLiteral("/post/note.md"),
            "# 图片\n\n![a](inside.png) ![b](../outside.png) ![c](../fake-outside.png)\n"
            "![d](fake.png) ![e](link.png)\n"));

        const QString journal = path(QStringLiteral("images.waypoint"));
        const test::Run imported =
            wp(journal, {QStringLiteral("import"), site + QStringLiteral("/post/note.md"),
                         QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject report = jsonOf(imported);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("attachments")].toInt(), 1); // inside.png alone
        QStringList missing;
        for (const QJsonValue &row : report[QStringLiteral("missing_images")].toArray())
            missing.append(row.toObject()[QStringLiteral("image")].toString());
        missing.sort();
        QCOMPARE(missing, (QStringList{QStringLiteral("../fake-outside.png"),
                                       QStringLiteral("../outside.png"), QStringLiteral("fake.png"),
                                       QStringLiteral("link.png")}));

        const QString id = QJsonDocument::fromJson(
                               wp(journal, {QStringLiteral("list"), QStringLiteral("--json")}).out)
                               .array()
                               .first()[QStringLiteral("id")]
                               .toString();
        const QString body = QString::fromUtf8(wp(journal, {QStringLiteral("show"), id}).out);
        QCOMPARE(body.count(QStringLiteral("attachment:")), 1);
        QVERIFY(body.contains(QStringLiteral("](../fake-outside.png)")));
    }

    // quick_check passes a journal whose uuid index lost a row; the full
    // integrity check does not, and nothing may then be written.
    void aDamagedIndexKeepsTheJournalUnwritten()
    {
        const QString journal = path(QStringLiteral("damaged.waypoint"));
        addEntries(journal, 3);
        const QStringList roots = pragma(
            journal, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'entries' AND sql IS NULL"));
        QCOMPARE(roots.size(), 1); // the UNIQUE uuid's own index
        const int pageSize = pragma(journal, QStringLiteral("PRAGMA page_size")).value(0).toInt();
        {
            QFile file(journal);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 last = qint64(roots.first().toInt()) * pageSize - 1;
            QVERIFY(file.seek(last));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(last));
            QVERIFY(file.putChar(char(byte ^ 1)));
        }
        // The damage this is about: one check sees it, the other does not.
        QCOMPARE(pragma(journal, QStringLiteral("PRAGMA quick_check")),
                 QStringList{QStringLiteral("ok")});
        QVERIFY(pragma(journal, QStringLiteral("PRAGMA integrity_check"))
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("missing from index")));

        const QByteArray before = test::fileHash(journal);
        const QStringList filesBefore = folderListing(m_dir.path());
        const test::Run added = wp(journal, {QStringLiteral("add"), QStringLiteral("不该写进去")});
        QCOMPARE(added.exitCode, 1);
        const QString message = QString::fromUtf8(added.err);
        QVERIFY2(message.contains(QStringLiteral("damaged.waypoint")), added.err.constData());
        QVERIFY2(message.contains(QStringLiteral("missing from index")), added.err.constData());
        QVERIFY2(!message.contains(QStringLiteral("***")), added.err.constData());
        QCOMPARE(message.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::fileHash(journal), before);
        QCOMPARE(folderListing(m_dir.path()), filesBefore); // no -wal or -shm left beside it

        // Reading still works, and leaves the file as it was.
        const test::Run listed = wp(journal, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3);
        QCOMPARE(test::fileHash(journal), before);

        // The window's way in opens it read-only, saying why.
        QString error;
        std::unique_ptr<Journal> opened = Journal::open(journal, {}, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(opened->isReadOnly());
        QVERIFY2(opened->readOnlyReason().contains(QStringLiteral("missing from index")),
                 qPrintable(opened->readOnlyReason()));
        opened.reset();
        QCOMPARE(test::fileHash(journal), before);
    }

    // A journal on read-only media or in a folder this user cannot write.
    void aJournalInAReadOnlyFolderIsReadButNotWritten()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString journal = folder + QStringLiteral("/shared.waypoint");
        const QString id = addEntries(journal, 2);
        QVERIFY(!QFile::exists(journal + QStringLiteral("-wal"))); // closed cleanly
        const QByteArray before = test::fileHash(journal);

        // root may write anywhere: the commands then run as nobody.
        QStringList prefix;
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to drop root");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral(WAYPOINT_BINARY)};
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                            | QFile::ExeOwner | QFile::ReadOther
                                                            | QFile::ExeOther));
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther));
        const auto run = [&](const QStringList &args) {
            QProcess process;
            const QStringList all = QStringList{QStringLiteral("--journal"), journal} + args;
            if (prefix.isEmpty())
                process.start(QStringLiteral(WAYPOINT_BINARY), all);
            else
                process.start(prefix.first(), prefix.mid(1) + all);
            process.waitForFinished(60000);
            return test::Run{process.exitCode(), process.readAllStandardOutput(),
                             process.readAllStandardError()};
        };

        const test::Run listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);
        const test::Run shown = run({QStringLiteral("show"), id});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.out, QByteArray("第 2 篇日记\n"));
        const test::Run found =
            run({QStringLiteral("search"), QStringLiteral("日记"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 2);

        const test::Run added = run({QStringLiteral("add"), QStringLiteral("写不进去")});
        QCOMPARE(added.exitCode, 1);
        QVERIFY2(added.err.contains("read-only") && !added.err.contains("damaged"),
                 added.err.constData());
        QCOMPARE(folderListing(folder), QStringList{QStringLiteral("shared.waypoint")});
        QCOMPARE(test::fileHash(journal), before);

        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // Reading commands never make a journal; only commands that write do.
    void readingCommandsCreateNoJournal()
    {
        const QString mistyped = path(QStringLiteral("jounral.waypoint"));
        const test::Run listed = wp(mistyped, {QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains("jounral.waypoint"), listed.err.constData());
        QVERIFY(!QFile::exists(mistyped));
        QCOMPARE(wp(mistyped, {QStringLiteral("search"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(wp(mistyped, {QStringLiteral("reading"), QStringLiteral("list")}).exitCode, 1);
        QVERIFY(!QFile::exists(mistyped));

        const QString empty = path(QStringLiteral("empty.waypoint"));
        QVERIFY(test::writeFile(empty, {}));
        QCOMPARE(wp(empty, {QStringLiteral("list")}).exitCode, 1);
        QCOMPARE(QFileInfo(empty).size(), 0);

        for (const QStringList &args :
             {QStringList{QStringLiteral("--journal"), QString(), QStringLiteral("list")},
              QStringList{QStringLiteral("--journal="), QStringLiteral("list")},
              QStringList{QStringLiteral("list"), QStringLiteral("--journal"), QString()}}) {
            const test::Run run = runWaypoint(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--journal"), run.err.constData());
        }

        // A command that writes still makes a new journal where it is told.
        const QString fresh = path(QStringLiteral("fresh.waypoint"));
        QCOMPARE(wp(fresh, {QStringLiteral("add"), QStringLiteral("第一篇")}).exitCode, 0);
        QVERIFY(QFile::exists(fresh));
    }

    // A newline in a title must not print a line of its own in a listing.
    void controlCharactersCannotForgeLines()
    {
        const QString journal = path(QStringLiteral("forged.waypoint"));
        QCOMPARE(wp(journal, {QStringLiteral("add"), QStringLiteral("--date"),
                              QStringLiteral("2024-01-02"), QStringLiteral("--title"),
                              QStringLiteral("真的\n2099-01-01  deadbeef  伪造\x1b[2J"),
                              QStringLiteral("正文")})
                     .exitCode,
                 0);
        const QString site = path(QStringLiteral("names"));
        QVERIFY(QDir().mkpath(site));
        QVERIFY(test::writeFile(site + QStringLiteral("/a\nb.md"), "没有标题的一篇\n"));
        QCOMPARE(wp(journal, {QStringLiteral("import"), site}).exitCode, 0);

        const test::Run listed = wp(journal, {QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d  [0-9a-f]{8}  "))
                         .match(line)
                         .hasMatch(),
                     qPrintable(line));
        QVERIFY(!listed.out.contains('\x1b'));
        QVERIFY(listed.out.contains("真的\\n2099-01-01  deadbeef  伪造\\x1b[2J"));
        QVERIFY(listed.out.contains("a\\nb"));

        // JSON keeps the text exactly.
        const QJsonArray entries =
            QJsonDocument::fromJson(
                wp(journal, {QStringLiteral("list"), QStringLiteral("--json")}).out)
                .array();
        QStringList titles;
        for (const QJsonValue &entry : entries)
            titles.append(entry[QStringLiteral("title")].toString());
        QVERIFY(titles.contains(QStringLiteral("真的\n2099-01-01  deadbeef  伪造\x1b[2J")));
    }

    void aVersionThatIsNoNumberIsReportedAsSuch()
    {
        const QString journal = path(QStringLiteral("version.waypoint"));
        addEntries(journal, 1);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("UPDATE meta SET value = 'v5-beta' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        const QByteArray before = test::fileHash(journal);
        for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                        QStringList{QStringLiteral("add"), QStringLiteral("x")}}) {
            const test::Run run = wp(journal, args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("schema_version") && run.err.contains("v5-beta"),
                     run.err.constData());
            QVERIFY2(!run.err.contains("already exists"), run.err.constData());
        }
        QCOMPARE(test::fileHash(journal), before);
    }

    void aShortIdIsAUsageErrorThatSaysSo()
    {
        const QString journal = path(QStringLiteral("ids.waypoint"));
        addEntries(journal, 1);
        for (const QString &id : {QStringLiteral("0"), QStringLiteral("ab"), QStringLiteral("abc"),
                                  QStringLiteral("not-hex!")}) {
            const test::Run shown = wp(journal, {QStringLiteral("show"), id});
            QCOMPARE(shown.exitCode, 2);
            QVERIFY2(shown.err.contains("4 characters") && shown.err.contains(id.toUtf8()),
                     shown.err.constData());
            const test::Run exported =
                wp(journal, {QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("markdown"), QStringLiteral("--output"),
                             path(QStringLiteral("ids-out")), QStringLiteral("--id"), id});
            QCOMPARE(exported.exitCode, 2);
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("ids-out"))));
        // Four characters or more are looked up as before.
        const test::Run missing = wp(journal, {QStringLiteral("show"), QStringLiteral("ffff")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no entry"));
    }
};

QTEST_GUILESS_MAIN(UntrustedTest)
#include "tst_untrusted.moc"
