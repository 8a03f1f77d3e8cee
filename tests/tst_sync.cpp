// Sync of entries between machines as an engineer runs it: two or three
// journals that share a bare git repository. Every change on one side
// arrives on the others; an entry edited on both keeps both texts; nothing
// is lost to a kill, a refused push or a remote that is not this journal's.

#include "SyncTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>

using namespace waypoint::test;

namespace {

// What QLockFile leaves in its file when the process holding it is killed.
void writeLeftLock(const QString &path, qint64 pid)
{
    test::writeFile(path, QByteArray::number(pid) + "\nwaypoint\n"
                              + QSysInfo::machineHostName().toUtf8() + '\n'
                              + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId()
                              + '\n');
}

} // namespace

class SyncTest : public SyncTestBase
{
    Q_OBJECT

private slots:
    void theMirrorIsReadableMarkdown()
    {
        Entry entry;
        entry.uuid = QStringLiteral("0a1b2c3d-1111-4222-8333-444455556666");
        entry.date = QDate(2026, 12, 3);
        entry.title = QStringLiteral("读《语言学的邀请》: notes");
        entry.tags = {QStringLiteral("读书"), QStringLiteral("a \"quoted\" tag")};
        entry.created = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
        entry.updated = QDateTime(QDate(2026, 12, 3), QTime(9, 30, 0, 120), Qt::UTC);
        entry.body =
            QStringLiteral("---\n不是 front matter\n---\n\n《语言学的邀请》- 进度 68/288\n");
        QCOMPARE(mirror::entryPath(entry),
                 QStringLiteral("entries/2026/12/2026-12-03-读-语言学的邀请-notes-0a1b2c3d.md"));
        const QByteArray file = mirror::entryFile(entry);
        QVERIFY(
            file.startsWith("---\nuuid: 0a1b2c3d-1111-4222-8333-444455556666\ndate: 2026-12-03\n"));
        QString error;
        const std::optional<Entry> back = mirror::parseEntryFile(file, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->uuid, entry.uuid);
        QCOMPARE(back->title, entry.title);
        QCOMPARE(back->tags, entry.tags);
        QCOMPARE(back->body, entry.body);
        QCOMPARE(back->updated, entry.updated);
        // Whatever a title or tag holds comes back as it was.
        for (const QString &title :
             {QStringLiteral("say \"hi\" \\ back"), QStringLiteral("two\nlines\tand tab"),
              QStringLiteral("emoji 🚀 and 𠮷"), QStringLiteral("bell \x07 and: colon # hash"),
              QStringLiteral("- [not a list]"),
              QStringLiteral("line\u2028separator, next\u0085line, \ufeffmark"), QString()}) {
            Entry odd = entry;
            odd.title = title;
            odd.tags = {title.isEmpty() ? QStringLiteral("x") : title.simplified()};
            const std::optional<Entry> read =
                mirror::parseEntryFile(mirror::entryFile(odd), &error);
            QVERIFY2(read, qPrintable(title + QStringLiteral(": ") + error));
            QCOMPARE(read->title, odd.title);
            QCOMPARE(read->tags, odd.tags);
        }
        // Saved by an editor on Windows.
        QByteArray crlf = file;
        crlf.replace("\n", "\r\n");
        QCOMPARE(mirror::parseEntryFile(crlf, &error)->body, entry.body);
        QVERIFY(!mirror::parseEntryFile("no front matter", &error));
        QVERIFY(!mirror::parseEntryFile("---\ntitle: x\ndate: 2026-12-03\n---\n", &error));
        // A uuid with anything after it is not that uuid (the fuzzer found
        // one taken with junk on its end, which no machine would match).
        QVERIFY(!mirror::parseEntryFile(
            "---\nuuid: 0a1b2c3d-1111-4222-8333-444455556666x\ndate: 2026-12-03\n---\n", &error));
        QCOMPARE(mirror::parseEntryFile(
                     "---\nuuid: '{0A1B2C3D-1111-4222-8333-444455556666}'\ndate: 2026-12-03\n---\n",
                     &error)
                     ->uuid,
                 entry.uuid);
        QVERIFY(error.contains(QLatin1String("uuid")));
        QVERIFY(mirror::isConflictCopy(
            QStringLiteral("entries/2026/12/a.sync-conflict-20261203-101500-ABCDEFG.md")));
        QVERIFY(mirror::isConflictCopy(
            QStringLiteral("entries/2026/12/a (Laptop's conflicted copy 2026-12-03).md")));
        QVERIFY(mirror::isConflictCopy(
            QStringLiteral("entries/2026/12/a (conflicted copy 2026-12-03 101500).md")));
        QVERIFY(!mirror::isConflictCopy(QStringLiteral("entries/2026/12/a-copy.md")));
    }

    void everyKindOfChangeArrivesThroughGit()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        AttachmentStore pictures(*laptop.journal);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        const QString sha = pictures.add(png, QStringLiteral("image/png"), QStringLiteral("a.png"));
        Entry kept =
            test::addEntry(*laptop.entries, QDate(2026, 11, 30), QStringLiteral("调度器"),
                           QStringLiteral("读 kube-scheduler 源码\n\n![](attachment:%1)").arg(sha),
                           {QStringLiteral("k8s")});
        const Entry doomed =
            test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("draft"));
        SyncReport report = sync(laptop);
        QCOMPARE(report.pulled, 0);
        QCOMPARE(report.pushed, 3); // two entries and the picture
        QCOMPARE(report.remote, m_remote);

        report = sync(desktop);
        QCOMPARE(report.pulled, 3);
        QCOMPARE(report.pushed, 0);
        const std::optional<Entry> there = byUuid(desktop, kept.uuid);
        QVERIFY(there);
        QCOMPARE(there->title, kept.title);
        QCOMPARE(there->body, kept.body);
        QCOMPARE(there->tags, kept.tags);
        QCOMPARE(there->created, kept.created);
        QCOMPARE(AttachmentStore(*desktop.journal).find(sha)->data, png);
        // The index is the desktop's own, built from what arrived.
        Searcher searcher(desktop.journal->database());
        QCOMPARE(searcher.search(QStringLiteral("源码")).size(), 1);

        // An edit and a deletion on the desktop, a new entry too.
        Entry edited = *there;
        edited.title = QStringLiteral("调度器 (二)");
        edited.body += QStringLiteral("\n\n画了架构图");
        desktop.entries->update(edited);
        desktop.entries->remove(byUuid(desktop, doomed.uuid)->id);
        const Entry fresh =
            test::addEntry(*desktop.entries, QDate(2026, 12, 2), QStringLiteral("Raft"),
                           QStringLiteral("leader election"));
        report = sync(desktop);
        QCOMPARE(report.pushed, 3);

        QSignalSpy heard(&laptop.journal->changes(), &JournalChanges::changed);
        report = sync(laptop);
        QCOMPARE(report.pulled, 3);
        QCOMPARE(heard.size(), 1); // once, after the commit
        QVERIFY(heard.at(0).at(0).value<ChangeSet>().touchesEntries());
        QCOMPARE(byUuid(laptop, kept.uuid)->body, edited.body);
        QCOMPARE(byUuid(laptop, kept.uuid)->title, QStringLiteral("调度器 (二)"));
        QVERIFY(byUuid(laptop, kept.uuid)->body.endsWith(QStringLiteral("画了架构图")));
        QVERIFY(!byUuid(laptop, doomed.uuid));
        QCOMPARE(byUuid(laptop, fresh.uuid)->body, QStringLiteral("leader election"));
        // The laptop's text before is one of its revisions.
        QCOMPARE(laptop.entries->revisions(byUuid(laptop, kept.uuid)->id).size(), 1);

        // A third machine set up from the same remote becomes the same journal.
        Machine work = machine(QStringLiteral("work"));
        setUpGit(work);
        sync(work);
        QCOMPARE(titlesOf(work.entries->list()), titlesOf(laptop.entries->list()));
        QCOMPARE(byUuid(work, kept.uuid)->updated, byUuid(laptop, kept.uuid)->updated);

        // Nothing changed anywhere: nothing moves, however often it runs.
        for (Machine *m : {&laptop, &desktop, &work}) {
            report = sync(*m);
            QCOMPARE(report.pulled + report.pushed, 0);
        }
        // The renamed entry's file moved with its title.
        const QString files = git({QStringLiteral("-c"), QStringLiteral("core.quotePath=false"),
                                   QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                   QStringLiteral("--name-only"), QStringLiteral("main")},
                                  m_remote);
        QVERIFY2(files.contains(QStringLiteral("2026-11-30-调度器-二-")), qPrintable(files));
        QVERIFY(!files.contains(QStringLiteral("draft")));
        QVERIFY(files.contains(QStringLiteral("attachments/%1.png").arg(sha)));
    }

    void editsOfDifferentLinesMergeAndOfTheSameLinesConflict()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        const Entry note =
            test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("周记"),
                           QStringLiteral("周一: 读书\n\n周三: 跑步\n\n周五: 写代码\n"));
        sync(laptop);
        sync(desktop);

        Entry mine = *byUuid(laptop, note.uuid);
        mine.body.replace(QStringLiteral("周一: 读书"), QStringLiteral("周一: 读书 50 页"));
        mine.tags = {QStringLiteral("weekly")};
        laptop.entries->update(mine);
        Entry theirs = *byUuid(desktop, note.uuid);
        theirs.body.replace(QStringLiteral("周五: 写代码"), QStringLiteral("周五: 写 Rust"));
        theirs.tags = {QStringLiteral("rust")};
        desktop.entries->update(theirs);
        sync(desktop);
        SyncReport report = sync(laptop);
        QVERIFY(report.conflicts.isEmpty());
        const QString merged = QStringLiteral("周一: 读书 50 页\n\n周三: 跑步\n\n周五: 写 Rust\n");
        QCOMPARE(byUuid(laptop, note.uuid)->body, merged);
        QCOMPARE(byUuid(laptop, note.uuid)->tags,
                 QStringList({QStringLiteral("weekly"), QStringLiteral("rust")}));
        sync(desktop);
        QCOMPARE(byUuid(desktop, note.uuid)->body, merged);

        // The same line, two ways.
        mine = *byUuid(laptop, note.uuid);
        mine.body.replace(QStringLiteral("周三: 跑步"), QStringLiteral("周三: 跑步 5 公里"));
        laptop.entries->update(mine);
        theirs = *byUuid(desktop, note.uuid);
        theirs.body.replace(QStringLiteral("周三: 跑步"), QStringLiteral("周三: 游泳"));
        desktop.entries->update(theirs);
        sync(desktop);
        report = sync(laptop);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.at(0).uuid, note.uuid);
        QCOMPARE(report.conflicts.at(0).title, QStringLiteral("周记"));
        // This machine's text stays; the other is in History….
        const Entry here = *byUuid(laptop, note.uuid);
        QVERIFY(here.body.contains(QStringLiteral("5 公里")));
        const QList<Revision> history = laptop.entries->revisions(here.id);
        QVERIFY(!history.isEmpty());
        QVERIFY(history.at(0).body.contains(QStringLiteral("游泳")));
        QCOMPARE(Synchronizer::status(*laptop.journal).conflicts.size(), 1);

        // The desktop takes the laptop's text and keeps its own in History….
        report = sync(desktop);
        QVERIFY(report.conflicts.isEmpty());
        QVERIFY(byUuid(desktop, note.uuid)->body.contains(QStringLiteral("5 公里")));
        bool keptSwim = false;
        for (const Revision &revision : desktop.entries->revisions(byUuid(desktop, note.uuid)->id))
            keptSwim = keptSwim || revision.body.contains(QStringLiteral("游泳"));
        QVERIFY(keptSwim);
        // And then it is quiet: no side keeps pushing its own text.
        for (int round = 0; round < 2; ++round)
            for (Machine *m : {&laptop, &desktop}) {
                report = sync(*m);
                QCOMPARE(report.pulled + report.pushed, 0);
            }
        Synchronizer::resolve(*laptop.journal, here.id);
        QVERIFY(Synchronizer::status(*laptop.journal).conflicts.isEmpty());
    }

    void anEditBeatsADeletion()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1),
                                          QStringLiteral("计划"), QStringLiteral("v1"));
        sync(laptop);
        sync(desktop);
        laptop.entries->remove(byUuid(laptop, note.uuid)->id);
        Entry edited = *byUuid(desktop, note.uuid);
        edited.body = QStringLiteral("v2, still wanted");
        desktop.entries->update(edited);
        sync(laptop);
        sync(desktop);
        sync(laptop);
        QCOMPARE(byUuid(laptop, note.uuid)->body, QStringLiteral("v2, still wanted"));
        QCOMPARE(byUuid(desktop, note.uuid)->body, QStringLiteral("v2, still wanted"));
    }

    void aRefusedPushLosesNothingAndTheNextSyncPushesIt()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        const Entry first =
            test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("一"));
        sync(laptop);
        sync(desktop);
        // The desktop pushes while the laptop syncs: the laptop's push is
        // not a fast-forward any more, and is refused.
        const Entry second =
            test::addEntry(*laptop.entries, QDate(2026, 12, 2), QStringLiteral("二"));
        Entry edited = *byUuid(desktop, first.uuid);
        edited.body = QStringLiteral("改过");
        desktop.entries->update(edited);
        auto gitRemote =
            Synchronizer::remoteFor(*laptop.journal, SyncSettings::of(*laptop.journal));
        Midway racing(*gitRemote, [&] { sync(desktop); });
        QString error;
        try {
            Synchronizer(*laptop.journal, racing).run();
        } catch (const SyncError &e) {
            error = e.message();
        }
        QVERIFY2(error.contains(QStringLiteral("Nothing is lost")), qPrintable(error));
        QVERIFY(byUuid(laptop, second.uuid));
        QCOMPARE(Synchronizer::status(*laptop.journal).lastError, error);
        // The next sync takes the desktop's edit and pushes the new entry.
        const SyncReport report = sync(laptop);
        QCOMPARE(report.pulled, 1);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(byUuid(laptop, first.uuid)->body, QStringLiteral("改过"));
        QVERIFY(Synchronizer::status(*laptop.journal).lastError.isEmpty());
        sync(desktop);
        QVERIFY(byUuid(desktop, second.uuid));
    }

    void aRemoteThatIsNotThisJournalsIsRefusedWithoutWriting()
    {
        // A repository of something else.
        const QString work = folder(QStringLiteral("other"));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")},
            work);
        test::writeFile(QDir(work).filePath(QStringLiteral("README.md")), "# dotfiles\n");
        git({QStringLiteral("add"), QStringLiteral(".")}, work);
        git({QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
             QStringLiteral("user.email=t@t"), QStringLiteral("commit"), QStringLiteral("-qm"),
             QStringLiteral("dotfiles")},
            work);
        git({QStringLiteral("push"), QStringLiteral("-q"), m_remote, QStringLiteral("main")}, work);
        const QString before = git({QStringLiteral("rev-parse"), QStringLiteral("main")}, m_remote);

        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop);
        test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("x"));
        QString error = syncError(laptop);
        QVERIFY2(error.contains(QLatin1String("not a Waypoint journal")), qPrintable(error));
        QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("main")}, m_remote), before);
        QCOMPARE(Synchronizer::status(*laptop.journal).files, 0);
        QCOMPARE(Synchronizer::status(*laptop.journal).lastError, error);

        // This journal's remote, replaced by another journal's history.
        const QString mine = m_dir.filePath(QStringLiteral("%1-mine.git").arg(m_case));
        const QString theirs = m_dir.filePath(QStringLiteral("%1-theirs.git").arg(m_case));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), mine});
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), theirs});
        setUpGit(laptop, mine);
        QCOMPARE(syncError(laptop), QString());
        Machine stranger = machine(QStringLiteral("stranger"));
        setUpGit(stranger, theirs);
        test::addEntry(*stranger.entries, QDate(2020, 1, 1), QStringLiteral("someone else"));
        sync(stranger);
        git({QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("--force"), mine,
             QStringLiteral("main")},
            theirs);
        const int entries = laptop.entries->count();
        error = syncError(laptop);
        QVERIFY2(error.contains(QLatin1String("does not hold this journal's history")),
                 qPrintable(error));
        QCOMPARE(laptop.entries->count(), entries);
    }

    void anUnreachableRemoteIsOneLineAndChangesNothing()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("还在"));
        const QString path = laptop.path;
        laptop.entries.reset();
        laptop.journal.reset();
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-remote.git"));
        QCOMPARE(test::runWaypoint({QStringLiteral("--journal"), path, QStringLiteral("sync"),
                                    QStringLiteral("setup"), QStringLiteral("--git"), nowhere})
                     .exitCode,
                 0);
        const test::Run run = test::runWaypoint(
            {QStringLiteral("--journal"), path, QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("Could not fetch from"), run.err.constData());
        const test::Run status =
            test::runWaypoint({QStringLiteral("--journal"), path, QStringLiteral("sync"),
                               QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject said = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(said.value(QStringLiteral("kind")).toString(), QStringLiteral("git"));
        QVERIFY(said.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("Could not fetch from")));
        QCOMPARE(said.value(QStringLiteral("files")).toInt(), 0);
        QString error;
        auto journal = Journal::open(path, {}, &error);
        QCOMPARE(EntryStore(*journal).count(), 1);
    }

    void oneSyncOfAJournalRunsAtATime()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop);
        test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("一"));
        // The window's sync holds the journal; the command line's waits, then
        // says so and touches nothing.
        QLockFile windowsSync(Synchronizer::lockPath(laptop.path));
        QVERIFY(windowsSync.tryLock());
        const test::Run refused = test::runWaypoint(
            {QStringLiteral("--journal"), laptop.path, QStringLiteral("sync")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Another sync of this journal is running"),
                 refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                      QStringLiteral("-q"), QStringLiteral("main")},
                     m_remote),
                 QString());
        QVERIFY(Synchronizer::status(*laptop.journal).lastError.isEmpty());
        windowsSync.unlock();
        QCOMPARE(sync(laptop).pushed, 1);

        // A sync killed while it ran left its lock naming a process that
        // is gone: the next one takes it over.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        writeLeftLock(Synchronizer::lockPath(laptop.path), deadPid);
        test::addEntry(*laptop.entries, QDate(2026, 12, 2), QStringLiteral("二"));
        QCOMPARE(sync(laptop).pushed, 1);
        QVERIFY(!QFile::exists(Synchronizer::lockPath(laptop.path)));
    }

    void aBranchLockLeftByAKilledPushIsNoOnesAndIsCleared()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop);
        test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("一"));
        sync(laptop);
        const QString branchLock = QDir(m_remote).filePath(QStringLiteral("refs/heads/main.lock"));

        // A push to this repository that was killed: its own lock names a
        // process that is gone, and git's lock on the branch is still there.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        writeLeftLock(QDir(m_remote).filePath(QStringLiteral("waypoint-push.lock")), deadPid);
        test::writeFile(branchLock, "");
        test::addEntry(*laptop.entries, QDate(2026, 12, 2), QStringLiteral("二"));
        QCOMPARE(syncError(laptop), QString());
        QVERIFY(!QFile::exists(branchLock));

        // A branch lock of a minute ago, no Waypoint pushing: left by a git
        // that was killed.
        test::writeFile(branchLock, "");
        QFile aged(branchLock);
        QVERIFY(aged.open(QIODevice::ReadWrite));
        QVERIFY(aged.setFileTime(QDateTime::currentDateTime().addSecs(-120),
                                 QFileDevice::FileModificationTime));
        aged.close();
        test::addEntry(*laptop.entries, QDate(2026, 12, 3), QStringLiteral("三"));
        QCOMPARE(syncError(laptop), QString());

        // A fresh one is someone's push under way: refused, nothing lost.
        test::writeFile(branchLock, "");
        const Entry fourth =
            test::addEntry(*laptop.entries, QDate(2026, 12, 4), QStringLiteral("四"));
        const QString error = syncError(laptop);
        QVERIFY2(error.contains(QLatin1String("Nothing is lost")), qPrintable(error));
        QFile::remove(branchLock);
        QCOMPARE(sync(laptop).pushed, 1);
        QCOMPARE(git({QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                      QStringLiteral("main"), QStringLiteral("entries/2026/12")},
                     m_remote)
                     .split(QLatin1Char('\n'))
                     .size(),
                 4);
        QVERIFY(byUuid(laptop, fourth.uuid));
    }

    void aKilledSyncLeavesBothUsableAndTheNextOneCompletes()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop);
        {
            sql::Transaction many(laptop.journal->database());
            for (int i = 0; i < 1500; ++i)
                test::addEntry(
                    *laptop.entries, QDate(2020, 1, 1).addDays(i),
                    QStringLiteral("第 %1 天").arg(i),
                    QStringLiteral("学习笔记 %1\n\n%2").arg(i).arg(QString(400, QChar(u'记'))));
            many.commit();
        }
        const QString path = laptop.path;
        laptop.entries.reset();
        laptop.journal.reset();
        // Killed at a different point each time: while reading the journal,
        // writing objects, committing, pushing.
        for (int delay : {30, 120, 250, 400, 700, 1000, 1400}) {
            QProcess process;
            process.start(QStringLiteral(WAYPOINT_BINARY),
                          {QStringLiteral("--journal"), path, QStringLiteral("sync")});
            QVERIFY(process.waitForStarted());
            QTest::qWait(delay);
            process.kill(); // SIGKILL
            process.waitForFinished();
            QString error;
            auto journal = Journal::open(path, {}, &error);
            QVERIFY2(journal, qPrintable(error));
            QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), journal->database());
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        const test::Run finished = test::runWaypoint(
            {QStringLiteral("--journal"), path, QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(finished.exitCode == 0, finished.err.constData());
        QProcess fsck;
        fsck.start(QStringLiteral("git"), {QStringLiteral("--git-dir"), m_remote,
                                           QStringLiteral("fsck"), QStringLiteral("--strict")});
        fsck.waitForFinished(60000);
        QCOMPARE(fsck.exitCode(), 0);

        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(desktop);
        sync(desktop);
        QCOMPARE(desktop.entries->count(), 1500);
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
