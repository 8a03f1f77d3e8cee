// The navigator's models under QAbstractItemModelTester, and the autosaving session.

#include "ModelTesting.h"
#include "TestSupport.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "models/EntryListModel.h"
#include "models/EntrySession.h"
#include "models/EntryWriter.h"
#include "models/JournalSession.h"
#include "models/TagListModel.h"
#include "models/Templates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace waypoint;

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;

    qint64 add(QDate date, const QString &title, const QStringList &tags = {})
    {
        return test::addEntry(*m_store, date, title, title, tags).id;
    }
    static QString titleAt(const QAbstractItemModel &model, const QModelIndex &index)
    {
        return model.data(index).toString();
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_journal =
            Journal::open(m_dir.filePath(QStringLiteral("m%1.waypoint").arg(++n)), {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_store = std::make_unique<EntryStore>(*m_journal);
    }
    void cleanup()
    {
        m_store.reset();
        m_journal.reset();
    }

    void groupsByYearAndMonthNewestFirstAndLoadsMonthsLazily()
    {
        add(QDate(2021, 3, 1), QStringLiteral("old"));
        add(QDate(2022, 3, 14), QStringLiteral("三年后"));
        add(QDate(2022, 3, 20), QStringLiteral("later"));
        add(QDate(2022, 1, 5), QStringLiteral("january"));
        EntryListModel model(*m_store);
        // The tester fetches everything it can, so look at laziness first.
        {
            const QModelIndex march = model.index(0, 0, model.index(0, 0));
            QVERIFY(model.hasChildren(march));
            QCOMPARE(model.rowCount(march), 0);
            QVERIFY(model.canFetchMore(march));
        }
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex y2022 = model.index(0, 0);
        QVERIFY(titleAt(model, y2022).startsWith(QStringLiteral("2022")));
        QCOMPARE(model.data(y2022, EntryListModel::CountRole).toInt(), 3);
        QCOMPARE(model.rowCount(y2022), 2);
        const QModelIndex march = model.index(0, 0, y2022);
        QCOMPARE(model.data(march, EntryListModel::DateRole).toDate(), QDate(2022, 3, 1));
        QVERIFY(!model.canFetchMore(march));
        QCOMPARE(model.rowCount(march), 2);
        QCOMPARE(model.data(model.index(0, 0, march), EntryListModel::DateRole).toDate(),
                 QDate(2022, 3, 20));
        QVERIFY(titleAt(model, model.index(1, 0, march)).contains(QStringLiteral("三年后")));
    }

    void followsCreatesEditsMovesAndDeletes()
    {
        const qint64 a = add(QDate(2022, 3, 14), QStringLiteral("a"));
        EntryListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QModelIndex aIndex = model.indexOfEntry(a);
        QVERIFY(aIndex.isValid());
        QPersistentModelIndex persistent(aIndex);

        // A new entry in a new year appears at the top.
        const qint64 b = add(QDate(2023, 7, 1), QStringLiteral("b"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.indexOfEntry(b).isValid());

        // A title change updates the row in place.
        Entry entry = *m_store->find(a);
        entry.title = QStringLiteral("改名");
        m_store->update(entry);
        QVERIFY(titleAt(model, persistent).contains(QStringLiteral("改名")));

        // A date change moves the row; views keep it (selection follows).
        entry.date = QDate(2023, 7, 2);
        m_store->update(entry);
        QVERIFY(persistent.isValid());
        QCOMPARE(model.entryId(persistent), a);
        QCOMPARE(model.data(persistent, EntryListModel::DateRole).toDate(), QDate(2023, 7, 2));
        QCOMPARE(model.rowCount(), 1); // 2022 emptied and went away
        QCOMPARE(persistent.parent().parent().row(), 0);
        QCOMPARE(persistent.row(), 0); // 2 July is newer than 1 July

        m_store->remove(b);
        QVERIFY(!model.indexOfEntry(b).isValid());
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 1);
        m_store->remove(a);
        QCOMPARE(model.rowCount(), 0);
    }

    // A new date moves the row up or down in its month, or into another
    // month that has rows already; the tester checks each move's signals.
    void datesMoveRowsWithinAndBetweenMonths()
    {
        const qint64 tenth = add(QDate(2022, 3, 10), QStringLiteral("tenth"));
        const qint64 twentieth = add(QDate(2022, 3, 20), QStringLiteral("twentieth"));
        const qint64 april = add(QDate(2022, 4, 5), QStringLiteral("april"));
        EntryListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto redate = [this](qint64 id, QDate date) {
            Entry entry = *m_store->find(id);
            entry.date = date;
            m_store->update(entry);
        };
        QPersistentModelIndex moving(model.indexOfEntry(tenth));
        QCOMPARE(moving.row(), 1);
        redate(tenth, QDate(2022, 3, 25)); // up
        QCOMPARE(moving.row(), 0);
        QCOMPARE(model.entryId(moving), tenth);
        redate(tenth, QDate(2022, 3, 1)); // down, to the end
        QCOMPARE(moving.row(), 1);
        QCOMPARE(model.entryId(model.index(0, 0, moving.parent())), twentieth);
        redate(tenth, QDate(2022, 3, 2)); // a day later, still last: the row stays
        QCOMPARE(moving.row(), 1);

        QPersistentModelIndex fromApril(model.indexOfEntry(april));
        redate(april, QDate(2022, 3, 15));
        QVERIFY(fromApril.isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // April emptied and went away
        QCOMPARE(fromApril.parent(), moving.parent());
        QCOMPARE(fromApril.row(), 1); // between the 20th and the 2nd
        QCOMPARE(model.data(fromApril.parent(), EntryListModel::CountRole).toInt(), 3);
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 3);
    }

    // An entry of a month not opened yet changes its date: the months it
    // left and joined count it where it is now.
    void aDateChangeInAMonthNotLoadedMovesItsCount()
    {
        const qint64 march = add(QDate(2022, 3, 1), QStringLiteral("三月"));
        add(QDate(2022, 7, 1), QStringLiteral("七月"));
        EntryListModel model(*m_store);
        const QModelIndex year = model.index(0, 0);
        QCOMPARE(model.rowCount(year), 2);
        QVERIFY(model.canFetchMore(model.index(1, 0, year))); // March not loaded

        Entry entry = *m_store->find(march);
        entry.date = QDate(2022, 7, 15);
        QVERIFY(m_store->update(entry));
        const QModelIndex y2022 = model.index(0, 0);
        QCOMPARE(model.rowCount(y2022), 1);
        const QModelIndex july = model.index(0, 0, y2022);
        QCOMPARE(model.data(july, EntryListModel::DateRole).toDate(), QDate(2022, 7, 1));
        QCOMPARE(model.data(july, EntryListModel::CountRole).toInt(), 2);
    }

    void filtersByTag()
    {
        add(QDate(2022, 1, 1), QStringLiteral("reading"), {QStringLiteral("读书")});
        add(QDate(2022, 1, 2), QStringLiteral("ops"), {QStringLiteral("运维")});
        EntryListModel model(*m_store);
        // Through the reset that filtering is (see LazyModelTester).
        test::LazyModelTester tester(&model);
        model.setTagFilter(QStringLiteral("读书"));
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 1);
        // A new entry without the tag stays out; one with it comes in.
        add(QDate(2022, 1, 3), QStringLiteral("other"));
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 1);
        add(QDate(2022, 1, 4), QStringLiteral("more reading"), {QStringLiteral("读书")});
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 2);
    }

    // Entries that take or drop the filtered tag, entries written through
    // another connection (an import), the filter cleared: the tester follows
    // each reset, insert and removal, fetches included.
    void keepsUpWithTheFilterAndWithAnImport()
    {
        const qint64 reading =
            add(QDate(2022, 1, 1), QStringLiteral("reading"), {QStringLiteral("读书")});
        const qint64 ops = add(QDate(2022, 2, 1), QStringLiteral("ops"), {QStringLiteral("运维")});
        EntryListModel model(*m_store);
        test::LazyModelTester tester(&model);
        model.setTagFilter(QStringLiteral("读书"));
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 1);

        Entry entry = *m_store->find(ops);
        entry.tags = {QStringLiteral("运维"), QStringLiteral("读书")};
        m_store->update(entry);
        QVERIFY(model.indexOfEntry(ops).isValid());
        QCOMPARE(model.data(model.index(0, 0), EntryListModel::CountRole).toInt(), 2);
        entry = *m_store->find(reading);
        entry.tags = {};
        m_store->update(entry);
        QVERIFY(!model.indexOfEntry(reading).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // January emptied and went away

        {
            // An import's writes are heard at once, when it is done: a reset.
            JournalChanges::Batch import(m_journal->changes());
            EntryStore importer(*m_journal);
            test::addEntry(importer, QDate(2023, 5, 5), QStringLiteral("导入"),
                           QStringLiteral("正文"), {QStringLiteral("读书")});
            QCOMPARE(model.rowCount(), 1); // not heard of yet
        }
        QCOMPARE(model.rowCount(), 2);

        model.setTagFilter({});
        QCOMPARE(model.data(model.index(1, 0), EntryListModel::CountRole).toInt(), 2);
        m_store->remove(ops);
        m_store->remove(reading);
        QCOMPARE(model.rowCount(), 1);
    }

    void tagModelCountsEntriesAndStartsWithAll()
    {
        const qint64 a = add(QDate(2022, 1, 1), QStringLiteral("a"), {QStringLiteral("go")});
        TagListModel tags(*m_store);
        QAbstractItemModelTester tester(&tags,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tags.rowCount(), 2);
        QCOMPARE(tags.index(0).data(TagListModel::TagNameRole).toString(), QString());
        add(QDate(2022, 1, 2), QStringLiteral("b"), {QStringLiteral("go"), QStringLiteral("读书")});
        QCOMPARE(tags.rowCount(), 3);
        QCOMPARE(
            tags.index(tags.rowOf(QStringLiteral("GO"))).data(TagListModel::EntryCountRole).toInt(),
            2);
        // Counts change in place; a tag no entry has any more goes.
        m_store->remove(a);
        QCOMPARE(
            tags.index(tags.rowOf(QStringLiteral("go"))).data(TagListModel::EntryCountRole).toInt(),
            1);
        Entry b = *m_store->find(m_store->newest().value());
        b.tags = {QStringLiteral("go")};
        m_store->update(b);
        QCOMPARE(tags.rowCount(), 2);
        QCOMPARE(tags.rowOf(QStringLiteral("读书")), -1);
    }

    void sessionSavesASecondAfterChangesEvenWhileTypingGoesOn()
    {
        const qint64 id = add(QDate(2022, 3, 14), QString());
        EntrySession session(*m_store);
        QVERIFY(session.open(id));
        QElapsedTimer typing;
        typing.start();
        QString text;
        bool savedWhileTyping = false;
        // Two and a half seconds of steady typing, a key every 50 ms.
        while (typing.elapsed() < 2500) {
            text += QLatin1Char('k');
            session.setBody(text);
            QTest::qWait(50);
            if (m_store->find(id)->body.size() > 0)
                savedWhileTyping = true;
        }
        QVERIFY2(savedWhileTyping, "nothing was saved while typing went on");
        QCOMPARE(session.state(), EntrySession::State::Unsaved);
        // And after typing stops, everything arrives.
        QTRY_COMPARE_WITH_TIMEOUT(m_store->find(id)->body, text, 5000);
        QCOMPARE(session.state(), EntrySession::State::Saved);
    }

    // With a writer, autosaves are written on its thread through its own
    // connection: the models hear of them, explicit saves keep their order,
    // and a failing writer leaves the draft unsaved, never lost.
    void autosavesThroughTheWriterThread()
    {
        const qint64 id = add(QDate(2022, 3, 14), QString()); // untitled: follows its heading
        EntryWriter writer(m_journal->path());
        EntryWriter broken(m_dir.filePath(QStringLiteral("no/such/folder/j.waypoint")));
        EntrySession session(*m_store);
        session.setWriter(&writer);
        QVERIFY(session.open(id));
        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        session.setBody(QStringLiteral("# 写在另一个线程\n\n正文"));
        QCOMPARE(session.state(), EntrySession::State::Unsaved);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), EntrySession::State::Saved, 5000);
        QCOMPARE(m_store->find(id)->body, QStringLiteral("# 写在另一个线程\n\n正文"));
        QCOMPARE(m_store->find(id)->title, QStringLiteral("写在另一个线程"));
        QVERIFY(!changed.isEmpty()); // a new title: the list and the calendar hear of it

        // Typing on while a write is under way: the newer text is never
        // overwritten by the older one, and save() waits for the writer.
        session.setBody(QStringLiteral("第一版"));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->find(id)->body == QStringLiteral("第一版"), 5000);
        session.setBody(QStringLiteral("第二版"));
        QVERIFY(session.save());
        QCOMPARE(m_store->find(id)->body, QStringLiteral("第二版"));
        QCOMPARE(session.state(), EntrySession::State::Saved);

        // A writer that cannot reach the journal: the draft stays, marked
        // not saved, and an explicit save still writes it.
        // A writer that cannot reach the journal: saves are made directly.
        QVERIFY(!broken.isUsable());
        session.setWriter(&broken);
        session.setBody(QStringLiteral("第三版"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->find(id)->body, QStringLiteral("第三版"), 5000);
        QCOMPARE(session.state(), EntrySession::State::Saved);
        session.setWriter(nullptr);
    }

    // Another process holds the journal's write lock, so an autosave waits
    // in the writer; switching away saves at once all the same, in order, and
    // the list hears of the new title.
    void aSaveThatOvertakesTheWriterStillTellsTheList()
    {
        const qint64 id = add(QDate(2022, 3, 14), QString());
        const qint64 other = add(QDate(2022, 3, 15), QString());
        EntryWriter writer(m_journal->path());
        EntrySession session(*m_store);
        session.setWriter(&writer);
        QVERIFY(session.open(id));
        std::atomic<bool> locked = false;
        std::thread locker([path = m_journal->path(), &locked] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
                db.setDatabaseName(path);
                db.open();
                QSqlQuery query(db);
                query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(2500));
                query.exec(QStringLiteral("COMMIT"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        });
        QTRY_VERIFY(locked);
        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        session.setBody(QStringLiteral("# 新标题\n\n正文"));
        QTRY_VERIFY_WITH_TIMEOUT(session.isWriting(), 5000); // handed over, held up by the lock
        QVERIFY(session.open(other));                        // waits for the writer, then saves
        locker.join();
        QCOMPARE(m_store->find(id)->body, QStringLiteral("# 新标题\n\n正文"));
        QCOMPARE(m_store->find(id)->title, QStringLiteral("新标题"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().first().value<ChangeSet>().edited.contains(id));
    }

    // The window's journal session makes the writer and the models on
    // demand and closes in order: what was typed and not yet saved is in the
    // file after it goes; a read-only journal's session never writes.
    void aJournalSessionKeepsWhatWasTypedWhenItCloses()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("session.waypoint"));
        std::unique_ptr<JournalSession> open = JournalSession::open(path, {}, &error);
        QVERIFY2(open, qPrintable(error));
        const Entry entry = test::addEntry(open->entries(), QDate(2026, 12, 3),
                                           QStringLiteral("草稿"), QStringLiteral("旧的"));
        QCOMPARE(open->entryList().rowCount(), 1); // a year
        EntrySession &editing = open->editing();
        QVERIFY(editing.open(entry.id));
        editing.setBody(QStringLiteral("新写的，还没保存"));
        QCOMPARE(editing.state(), EntrySession::State::Unsaved);
        open.reset();

        Journal::Options readOnly;
        readOnly.readOnly = true;
        open = JournalSession::open(path, readOnly, &error);
        QVERIFY2(open, qPrintable(error));
        QCOMPARE(open->entries().find(entry.id)->body, QStringLiteral("新写的，还没保存"));
        QVERIFY(open->isReadOnly());
        QVERIFY(open->editing().isReadOnly());
        QVERIFY(open->editing().open(entry.id));
        open->editing().setBody(QStringLiteral("不会写进去"));
        QCOMPARE(open->editing().state(), EntrySession::State::Saved);
    }

    void openingAnotherEntrySavesAtOnce()
    {
        const qint64 a = add(QDate(2022, 3, 14), QStringLiteral("a"));
        const qint64 b = add(QDate(2022, 3, 15), QStringLiteral("b"));
        EntrySession session(*m_store);
        session.open(a);
        session.setBody(QStringLiteral("changed before switching"));
        session.open(b);
        QCOMPARE(m_store->find(a)->body, QStringLiteral("changed before switching"));
    }

    void titleFollowsTheFirstHeadingUntilTheUserSetsOne()
    {
        const qint64 id = add(QDate(2022, 3, 14), QString());
        EntrySession session(*m_store);
        session.open(id);
        session.setBody(QStringLiteral("# 下一个三年\n\n正文"));
        QVERIFY(session.save());
        QCOMPARE(m_store->find(id)->title, QStringLiteral("下一个三年"));
        session.setBody(QStringLiteral("# 下一个三年的期望\n\n正文"));
        session.save();
        QCOMPARE(m_store->find(id)->title, QStringLiteral("下一个三年的期望"));
        session.setTitle(QStringLiteral("我的规划"));
        session.setBody(QStringLiteral("# 别的标题"));
        session.save();
        QCOMPARE(m_store->find(id)->title, QStringLiteral("我的规划"));
        session.setTitle(QString());
        session.save();
        QCOMPARE(m_store->find(id)->title, QStringLiteral("别的标题"));
    }

    void todayReusesTodaysEntryOrStartsOneFromTheTemplate()
    {
        const QDate day(2026, 11, 22);
        const qint64 first = Templates::openOrCreateDay(*m_store, day);
        QVERIFY(m_store->find(first)->body.startsWith(QStringLiteral("# ")));
        QCOMPARE(Templates::openOrCreateDay(*m_store, day), first);
        QCOMPARE(m_store->count(), 1);
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
