// Sync between machines as an engineer runs it: two or three journals that
// share a bare git repository or a folder another program keeps in step.
// Every change on one side arrives on the others; an entry edited on both
// keeps both texts; nothing is lost to a kill, a refused push or a remote
// that is not this journal's.

#include "TestSupport.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/GoalStore.h"
#include "core/ReadingStore.h"
#include "core/Searcher.h"
#include "sql/Sql.h"
#include "sync/GitRemote.h"
#include "sync/Mirror.h"
#include "sync/Synchronizer.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::sync;

namespace {

struct Machine
{
    QString path;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<EntryStore> entries;
};

QString git(const QStringList &arguments, const QString &dir = {})
{
    QProcess process;
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QStringList titlesOf(const QList<EntrySummary> &list)
{
    QStringList titles;
    for (const EntrySummary &entry : list)
        titles.append(entry.title);
    titles.sort();
    return titles;
}

// Another writer, between the sync's writing the other side and its
// transaction: the window's autosave, or another machine's push.
struct Midway : Remote
{
    Remote &inner;
    std::function<void()> save;
    Midway(Remote &r, std::function<void()> s)
        : inner(r)
        , save(std::move(s))
    {
    }
    QString where() const override { return inner.where(); }
    Theirs fetch(const Snapshot &base, const Progress &progress) override
    {
        return inner.fetch(base, progress);
    }
    QByteArray read(const MirrorFile &file) override { return inner.read(file); }
    void write(const Snapshot &result, const Theirs &theirs,
               const std::function<QByteArray(const QString &)> &content) override
    {
        inner.write(result, theirs, content);
        save();
    }
    bool publishes() const override { return inner.publishes(); }
    void publish() override { inner.publish(); }
    QString position() const override { return inner.position(); }
};
} // namespace

class SyncTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_remote;
    int m_case = 0;

    Machine machine(const QString &name)
    {
        Machine m;
        m.path = m_dir.filePath(QStringLiteral("%1-%2.waypoint").arg(m_case).arg(name));
        QString error;
        m.journal = Journal::open(m.path, {}, &error);
        if (!m.journal)
            qFatal("%s", qPrintable(error));
        m.entries = std::make_unique<EntryStore>(*m.journal);
        return m;
    }

    void setUpGit(Machine &m, const QString &url = {})
    {
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Git;
        settings.url = url.isEmpty() ? m_remote : url;
        settings.saveTo(*m.journal);
    }

    void setUpFolder(Machine &m, const QString &folder)
    {
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Folder;
        settings.folder = folder;
        settings.saveTo(*m.journal);
    }

    static SyncReport sync(Machine &m)
    {
        const std::unique_ptr<Remote> remote =
            Synchronizer::remoteFor(*m.journal, SyncSettings::of(*m.journal));
        Synchronizer synchronizer(*m.journal, *remote);
        try {
            return synchronizer.run();
        } catch (const SyncError &error) {
            qWarning("sync failed: %s", qPrintable(error.message()));
            throw;
        }
    }

    static QString syncError(Machine &m)
    {
        try {
            sync(m);
        } catch (const SyncError &error) {
            return error.message();
        }
        return {};
    }

    static std::optional<Entry> byUuid(Machine &m, const QString &uuid)
    {
        return m.entries->findByUuid(uuid);
    }

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(m_case).arg(name));
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!git({QStringLiteral("--version")}).isEmpty(), "the tests need git");
    }

    void init()
    {
        ++m_case;
        m_remote = m_dir.filePath(QStringLiteral("%1-remote.git").arg(m_case));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), m_remote});
    }

    void theMirrorIsReadableMarkdown()
    {
        Entry entry;
        entry.uuid = QStringLiteral("0a1b2c3d-1111-4222-8333-444455556666");
        entry.date = QDate(2026, 12, 3);
        entry.title = QStringLiteral("读《语言学的邀请》: notes");
        entry.tags = {QStringLiteral("读书"), QStringLiteral("a \"quoted\" tag")};
        entry.created = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
        entry.updated = QDateTime(QDate(2026, 12, 3), QTime(9, 30, 0, 120), Qt::UTC);
        entry.body = QStringLiteral("---\n不是 front matter\n---\n\n《语言学的邀请》- 进度 68/288\n");
        QCOMPARE(mirror::entryPath(entry),
                 QStringLiteral("entries/2026/12/2026-12-03-读-语言学的邀请-notes-0a1b2c3d.md"));
        const QByteArray file = mirror::entryFile(entry);
        QVERIFY(file.startsWith("---\nuuid: 0a1b2c3d-1111-4222-8333-444455556666\ndate: 2026-12-03\n"));
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
              QStringLiteral("- [not a list]"), QString()}) {
            Entry odd = entry;
            odd.title = title;
            odd.tags = {title.isEmpty() ? QStringLiteral("x") : title.simplified()};
            const std::optional<Entry> read = mirror::parseEntryFile(mirror::entryFile(odd), &error);
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
        Entry kept = test::addEntry(*laptop.entries, QDate(2026, 11, 30), QStringLiteral("调度器"),
                                    QStringLiteral("读 kube-scheduler 源码\n\n![](attachment:%1)")
                                        .arg(sha),
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
        const Entry fresh = test::addEntry(*desktop.entries, QDate(2026, 12, 2),
                                           QStringLiteral("Raft"), QStringLiteral("leader election"));
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

    void theReadingListArrivesAndMergesFieldByField()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        ReadingStore mine(*laptop.journal);
        ReadingStore theirs(*desktop.journal);
        reading::Item book;
        book.title = QStringLiteral("语言学的邀请");
        book.author = QStringLiteral("萨丕尔");
        book.total = 288;
        const reading::Item added = mine.addItem(book);
        reading::WrittenValue page;
        page.value = 68;
        mine.logProgress(added.id, page, QDate(2026, 11, 2));
        // Written in an entry, applied here: the entry brings it.
        test::addEntry(*laptop.entries, QDate(2026, 11, 9), QStringLiteral("读书"),
                       QStringLiteral("《语言学的邀请》- 进度 120/288"));
        mine.applyAll();
        sync(laptop);
        sync(desktop);

        QCOMPARE(theirs.items().size(), 1);
        reading::Item there = theirs.items().constFirst();
        QCOMPARE(there.uuid, added.uuid);
        QCOMPARE(there.author, QStringLiteral("萨丕尔"));
        QCOMPARE(there.total, 288.0);
        QList<reading::Event> events = theirs.events(there.id);
        QCOMPARE(events.size(), 1); // the one logged by hand; the entry's line is a suggestion there
        QCOMPARE(events.at(0).value, 68.0);
        QCOMPARE(theirs.pendingCount(), 1);

        // Rated on the desktop, noted and logged on the laptop: both stay.
        there.rating = 5;
        theirs.updateItem(there);
        page.value = 200;
        theirs.logProgress(there.id, page, QDate(2026, 11, 20));
        reading::Item here = mine.items().constFirst();
        here.notes = QStringLiteral("第三章讲语言的演变");
        mine.updateItem(here);
        page.value = 150;
        mine.logProgress(here.id, page, QDate(2026, 11, 15));
        sync(desktop);
        sync(laptop);
        sync(desktop);
        for (ReadingStore *store : {&mine, &theirs}) {
            const reading::Item item = store->items().constFirst();
            QCOMPARE(item.rating, 5);
            QCOMPARE(item.notes, QStringLiteral("第三章讲语言的演变"));
            QList<double> logged;
            for (const reading::Event &event : store->events(item.id))
                if (event.entryId == 0)
                    logged.append(event.value);
            QCOMPARE(logged, QList<double>({68, 150, 200}));
        }

        // Both added the same book on their own: one item, not two.
        Machine work = machine(QStringLiteral("work"));
        setUpGit(work);
        ReadingStore third(*work.journal);
        reading::Item same;
        same.title = QStringLiteral("语言学的邀请");
        same.notes = QStringLiteral("在公司读");
        third.addItem(same);
        sync(work);
        QCOMPARE(third.items().size(), 1);
        QCOMPARE(third.items().constFirst().uuid, added.uuid);
        sync(work);
        sync(laptop);
        QCOMPARE(mine.items().size(), 1);

        // Removed on the laptop: gone everywhere.
        mine.removeItem(mine.items().constFirst().id);
        sync(laptop);
        sync(desktop);
        QVERIFY(theirs.items().isEmpty());
    }

    void goalPlansTheirEvidenceAndReviewsArrive()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        // The desktop had a plan of its own first: ids differ between the two.
        GoalStore theirs(*desktop.journal);
        theirs.addPlan(QStringLiteral("旧计划"), QDate(2018, 1, 1));
        GoalStore mine(*laptop.journal);
        const qint64 plan = mine.addPlan(QStringLiteral("下一个三年"), QDate(2021, 1, 1));
        goals::Goal k8s;
        k8s.title = QStringLiteral("学会 Kubernetes");
        k8s.shortName = QStringLiteral("k8s");
        k8s.measure = goals::Measure::Checklist;
        k8s.milestones = {{0, QStringLiteral("搭一个集群"), false}, {0, QStringLiteral("读调度器"), false}};
        mine.addGoal(plan, QStringLiteral("开发"), k8s);
        goals::Goal books;
        books.title = QStringLiteral("读 36 本书");
        books.shortName = QStringLiteral("books");
        books.measure = goals::Measure::Number;
        books.target = 36;
        mine.addGoal(plan, QStringLiteral("阅读"), books);
        test::addEntry(*laptop.entries, QDate(2021, 3, 1), QStringLiteral("集群"),
                       QStringLiteral("今天搭好了集群 #goal/k8s"));
        Entry review = *laptop.entries->find(laptop.entries->create(
            [&] {
                Entry e;
                e.date = QDate(2022, 1, 2);
                e.title = QStringLiteral("回顾");
                e.body = goals::reviewMarker(plan) + QStringLiteral("\n\n总评分: 60\n");
                return e;
            }()).id);
        sync(laptop);
        // In the mirror a review names its plan by uuid.
        const QString uuid = mine.plan(plan)->uuid;
        const QString mirrored = git({QStringLiteral("-c"), QStringLiteral("core.quotePath=false"),
                                      QStringLiteral("show"),
                                      QStringLiteral("main:") + mirror::entryPath(review)},
                                     m_remote);
        QVERIFY2(mirrored.contains(QStringLiteral("plan=") + uuid), qPrintable(mirrored));
        sync(desktop);

        const std::optional<goals::Plan> there = [&]() -> std::optional<goals::Plan> {
            for (const goals::Plan &p : theirs.plans())
                if (p.uuid == uuid)
                    return p;
            return std::nullopt;
        }();
        QVERIFY(there);
        QVERIFY(there->id != plan);
        QCOMPARE(there->title, QStringLiteral("下一个三年"));
        QCOMPARE(there->areas.size(), 2);
        QCOMPARE(there->areas.at(0).goals.at(0).milestones.size(), 2);
        QCOMPARE(there->areas.at(0).goals.at(0).evidence, 1); // linked on the desktop
        QCOMPARE(there->reviews.size(), 1);
        QCOMPARE(there->reviews.at(0).score, 60);
        // The review's text there names the desktop's own plan.
        QVERIFY(desktop.entries->findByUuid(review.uuid)->body.startsWith(
            goals::reviewMarker(there->id)));

        // A milestone ticked on the desktop, the count moved on the laptop.
        goals::Goal ticked = there->areas.at(0).goals.at(0);
        ticked.milestones[0].done = true;
        theirs.updateGoal(ticked);
        goals::Goal counted = mine.plan(plan)->areas.at(1).goals.at(0);
        counted.current = 12;
        mine.updateGoal(counted);
        sync(desktop);
        sync(laptop);
        sync(desktop);
        for (GoalStore *store : {&mine, &theirs}) {
            QString error;
            QVERIFY(store->findGoal(QStringLiteral("k8s"), &error)->milestones.at(0).done);
            QCOMPARE(store->findGoal(QStringLiteral("books"), &error)->current, 12.0);
        }
        // Nothing moves once both agree.
        QCOMPARE(sync(laptop).pushed + sync(desktop).pushed, 0);
    }

    void editsOfDifferentLinesMergeAndOfTheSameLinesConflict()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(laptop);
        setUpGit(desktop);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("周记"),
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
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("计划"),
                                          QStringLiteral("v1"));
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
        const Entry first = test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("一"));
        sync(laptop);
        sync(desktop);
        // The desktop pushes while the laptop syncs: the laptop's push is
        // not a fast-forward any more, and is refused.
        const Entry second = test::addEntry(*laptop.entries, QDate(2026, 12, 2), QStringLiteral("二"));
        Entry edited = *byUuid(desktop, first.uuid);
        edited.body = QStringLiteral("改过");
        desktop.entries->update(edited);
        auto gitRemote = Synchronizer::remoteFor(*laptop.journal, SyncSettings::of(*laptop.journal));
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

    void anEntrySavedWhileTheSyncRunsIsNotOverwritten()
    {
        // The window's autosave writes through another connection while a
        // sync runs: here, in the middle of writing the other side.
        const QString shared = folder(QStringLiteral("Sync"));
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpFolder(laptop, shared);
        setUpFolder(desktop, shared);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("日记"),
                                          QStringLiteral("一\n\n二\n\n三\n"));
        sync(laptop);
        sync(desktop);
        Entry there = *byUuid(desktop, note.uuid);
        there.body = QStringLiteral("一\n\n二\n\n三, 在台式机上\n");
        desktop.entries->update(there);
        sync(desktop);

        auto folderRemote = Synchronizer::remoteFor(*laptop.journal, SyncSettings::of(*laptop.journal));
        Midway remote(*folderRemote, [&] {
            Entry typed = *byUuid(laptop, note.uuid);
            typed.body = QStringLiteral("一, 刚打的字\n\n二\n\n三\n");
            laptop.entries->update(typed);
        });
        Synchronizer(*laptop.journal, remote).run();
        QCOMPARE(byUuid(laptop, note.uuid)->body, QStringLiteral("一, 刚打的字\n\n二\n\n三\n"));
        // The next sync merges the two.
        sync(laptop);
        const QString merged = QStringLiteral("一, 刚打的字\n\n二\n\n三, 在台式机上\n");
        QCOMPARE(byUuid(laptop, note.uuid)->body, merged);
        sync(desktop);
        QCOMPARE(byUuid(desktop, note.uuid)->body, merged);
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

    void aKilledSyncLeavesBothUsableAndTheNextOneCompletes()
    {
        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop);
        {
            sql::Transaction many(laptop.journal->database());
            for (int i = 0; i < 1500; ++i)
                test::addEntry(*laptop.entries, QDate(2020, 1, 1).addDays(i),
                               QStringLiteral("第 %1 天").arg(i),
                               QStringLiteral("学习笔记 %1\n\n%2").arg(i).arg(QString(400, QChar(u'记'))));
            many.commit();
        }
        const QString path = laptop.path;
        laptop.entries.reset();
        laptop.journal.reset();
        // Killed at a different point each time: while reading the journal,
        // writing objects, committing, pushing.
        for (int delay : {30, 120, 250, 400, 700}) {
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
        const test::Run finished =
            test::runWaypoint({QStringLiteral("--journal"), path, QStringLiteral("sync"),
                               QStringLiteral("--json")});
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

    void aFolderKeptInStepByAnotherProgram()
    {
        const QString shared = folder(QStringLiteral("Sync"));
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpFolder(laptop, shared);
        setUpFolder(desktop, shared);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("周记"),
                                          QStringLiteral("第一行\n\n第二行\n"));
        SyncReport report = sync(laptop);
        QCOMPARE(report.pushed, 1);
        QVERIFY(QFile::exists(QDir(shared).filePath(QStringLiteral("waypoint.json"))));
        const QString file = QDir(shared).filePath(
            mirror::entryPath(*byUuid(laptop, note.uuid)));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(sync(desktop).pulled, 1);

        // Edited in another editor: read back in.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        in.close();
        text.replace("第二行", "第二行, 在 vim 里改的");
        QTest::qWait(20); // a new modification time
        QVERIFY(test::writeFile(file, text));
        QCOMPARE(sync(laptop).pulled, 1);
        QCOMPARE(byUuid(laptop, note.uuid)->body, QStringLiteral("第一行\n\n第二行, 在 vim 里改的\n"));

        // Syncthing found both machines' edits and kept one as a conflict copy.
        sync(desktop);
        Entry other = *byUuid(desktop, note.uuid);
        other.body = QStringLiteral("第一行, 另一台机器\n\n第二行, 在 vim 里改的\n");
        const QString copy = QString(file).replace(
            QLatin1String(".md"), QLatin1String(".sync-conflict-20261203-101500-ABCDEFG.md"));
        QVERIFY(test::writeFile(copy, mirror::entryFile(other)));
        Entry mine = *byUuid(laptop, note.uuid);
        mine.body = QStringLiteral("第一行\n\n第二行, 在 vim 里改的\n\n第三行\n");
        laptop.entries->update(mine);
        report = sync(laptop);
        QVERIFY(report.conflicts.isEmpty());
        QCOMPARE(byUuid(laptop, note.uuid)->body,
                 QStringLiteral("第一行, 另一台机器\n\n第二行, 在 vim 里改的\n\n第三行\n"));
        QVERIFY(!QFile::exists(copy));

        // A file that no longer reads is left alone, and not taken for a deletion.
        QVERIFY(test::writeFile(file, "this is not an entry any more"));
        QTest::qWait(20);
        report = sync(laptop);
        QCOMPARE(report.unreadable.size(), 1);
        QVERIFY(byUuid(laptop, note.uuid));
        // Deleted in the folder by hand: deleted here.
        QFile::remove(file);
        sync(laptop);
        QVERIFY(!byUuid(laptop, note.uuid));

        // The folder is not there (not mounted): refused, nothing deleted.
        test::addEntry(*desktop.entries, QDate(2026, 12, 2), QStringLiteral("keep me"));
        sync(desktop);
        QDir(shared).removeRecursively();
        const int before = desktop.entries->count();
        QVERIFY(syncError(desktop).contains(QLatin1String("waypoint.json")));
        QCOMPARE(desktop.entries->count(), before);
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
