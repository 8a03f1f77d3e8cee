// Sync of what is not an entry, and through a folder: the reading list and
// goal plans (with their evidence and reviews) arriving and merging, a folder
// that Syncthing keeps in step (an editor's change, a conflict copy, a file
// that no longer reads, a folder not mounted), and an entry saved while a
// sync runs.

#include "SyncTestSupport.h"

using namespace waypoint::test;

class SyncDataTest : public SyncTestBase
{
    Q_OBJECT

private slots:
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
        QCOMPARE(events.size(),
                 1); // the one logged by hand; the entry's line is a suggestion there
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
        k8s.milestones = {{0, QStringLiteral("搭一个集群"), false},
                          {0, QStringLiteral("读调度器"), false}};
        mine.addGoal(plan, QStringLiteral("开发"), k8s);
        goals::Goal books;
        books.title = QStringLiteral("读 36 本书");
        books.shortName = QStringLiteral("books");
        books.measure = goals::Measure::Number;
        books.target = 36;
        mine.addGoal(plan, QStringLiteral("阅读"), books);
        test::addEntry(*laptop.entries, QDate(2021, 3, 1), QStringLiteral("集群"),
                       QStringLiteral("今天搭好了集群 #goal/k8s"));
        Entry review = *laptop.entries->find(laptop.entries
                                                 ->create([&] {
                                                     Entry e;
                                                     e.date = QDate(2022, 1, 2);
                                                     e.title = QStringLiteral("回顾");
                                                     e.body = goals::reviewMarker(plan)
                                                              + QStringLiteral("\n\n总评分: 60\n");
                                                     return e;
                                                 }())
                                                 .id);
        sync(laptop);
        // In the mirror a review names its plan by uuid.
        const QString uuid = mine.plan(plan)->uuid;
        const QString mirrored =
            git({QStringLiteral("-c"), QStringLiteral("core.quotePath=false"),
                 QStringLiteral("show"), QStringLiteral("main:") + mirror::entryPath(review)},
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
        QVERIFY(desktop.entries->findByUuid(review.uuid)
                    ->body.startsWith(goals::reviewMarker(there->id)));

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

    void aFolderKeptInStepByAnotherProgram()
    {
        const QString shared = folder(QStringLiteral("Sync"));
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpFolder(laptop, shared);
        setUpFolder(desktop, shared);
        const Entry note =
            test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("周记"),
                           QStringLiteral("第一行\n\n第二行\n"));
        SyncReport report = sync(laptop);
        QCOMPARE(report.pushed, 1);
        QVERIFY(QFile::exists(QDir(shared).filePath(QStringLiteral("waypoint.json"))));
        const QString file = QDir(shared).filePath(mirror::entryPath(*byUuid(laptop, note.uuid)));
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
        QCOMPARE(byUuid(laptop, note.uuid)->body,
                 QStringLiteral("第一行\n\n第二行, 在 vim 里改的\n"));

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

    void aFirstSyncTellsHowFarItIs()
    {
        const QString shared = folder(QStringLiteral("Sync"));
        Machine laptop = machine(QStringLiteral("laptop"));
        Machine desktop = machine(QStringLiteral("desktop"));
        setUpFolder(laptop, shared);
        setUpFolder(desktop, shared);
        {
            sql::Transaction many(laptop.journal->database());
            for (int i = 0; i < 250; ++i)
                test::addEntry(*laptop.entries, QDate(2025, 1, 1).addDays(i),
                               QStringLiteral("第 %1 天").arg(i));
            many.commit();
        }
        for (Machine *m : {&laptop, &desktop}) {
            // Writing the folder on the first, taking the entries in on the second.
            QList<std::pair<int, int>> told;
            auto remote = Synchronizer::remoteFor(*m->journal, SyncSettings::of(*m->journal));
            Synchronizer(*m->journal, *remote).run([&](int done, int total) {
                told.append({done, total});
            });
            QVERIFY(!told.isEmpty());
            int most = 0;
            for (const auto &[done, total] : told) {
                QVERIFY(done >= 0 && done < total);
                most = std::max(most, total);
            }
            QVERIFY2(most >= 250, qPrintable(QString::number(most)));
        }
        QCOMPARE(desktop.entries->count(), 250);
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
        const Entry note =
            test::addEntry(*laptop.entries, QDate(2026, 12, 1), QStringLiteral("日记"),
                           QStringLiteral("一\n\n二\n\n三\n"));
        sync(laptop);
        sync(desktop);
        Entry there = *byUuid(desktop, note.uuid);
        there.body = QStringLiteral("一\n\n二\n\n三, 在台式机上\n");
        desktop.entries->update(there);
        sync(desktop);

        auto folderRemote =
            Synchronizer::remoteFor(*laptop.journal, SyncSettings::of(*laptop.journal));
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
};

QTEST_GUILESS_MAIN(SyncDataTest)
#include "tst_syncdata.moc"
