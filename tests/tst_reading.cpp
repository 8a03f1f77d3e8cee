// The reading list as it keeps itself from the journal: suggestions on save,
// applying and ignoring them, edits that update or withdraw events, items
// logged by hand, the year's figures, and the upgrade of older journals.

#include "TestSupport.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoodreadsCsv.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"
#include "sql/Sql.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::reading;

namespace {

// A month of a learning log, written for this test in the way the seeds'
// authors write: newest day first, progress at the end of a bullet.
const QString learningLog = QStringLiteral("记录一下最近学了什么。\n\n"
                                           "- Designing Data-Intensive Applications - 212/590\n"
                                           "  - 读了分区这一章，副本那章还要再看一遍\n"
                                           "- 《操作系统导论》- 进度 140/520\n"
                                           "- 极客时间《Rust 编程第一课》 - 35%\n"
                                           "- 《Rust 程序设计语言(中文版)》 - 进度 9/20\n"
                                           "- 把监控迁到 Prometheus 之后，告警噪音下降 70%\n"
                                           "- 完成博客《我的 Vim 配置》- 80%\n"
                                           "- 升级到 Go 1.22\n"
                                           "- Designing Data-Intensive Applications - 150/590\n"
                                           "- 极客时间《Rust 编程第一课》 - 20%\n"
                                           "- 《Rust 程序设计语言(中文版)》 - 60%\n"
                                           "- 读完了《人类简史》\n"
                                           "- 《人类简史》- 300/440\n"
                                           "- 开始读《代码大全》\n");

} // namespace

class ReadingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<ReadingStore> m_reading;

    Entry write(QDate date, const QString &body)
    {
        return test::addEntry(*m_entries, date, QStringLiteral("日记"), body);
    }

    void edit(Entry entry, const QString &body, QDate date = {})
    {
        entry.body = body;
        if (date.isValid())
            entry.date = date;
        m_entries->update(entry);
    }

    Item itemTitled(const QString &title)
    {
        QString error;
        const std::optional<Item> item = m_reading->findItem(title, &error);
        if (!item)
            qWarning("%s", qPrintable(error));
        return item.value_or(Item{});
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_journal =
            Journal::open(m_dir.filePath(QStringLiteral("r%1.waypoint").arg(++n)), {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_journal->setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC); });
        m_entries = std::make_unique<EntryStore>(*m_journal);
        m_reading = std::make_unique<ReadingStore>(*m_journal);
    }
    void cleanup()
    {
        m_reading.reset();
        m_entries.reset();
        m_journal.reset();
    }

    void savingAnEntrySuggestsWhatItFoundAndAppliesNothing()
    {
        write(QDate(2026, 2, 10), learningLog);
        QVERIFY(m_reading->items().isEmpty());
        const QList<Suggestion> pending = m_reading->suggestions(Suggestion::State::Pending);
        QStringList lines;
        for (const Suggestion &suggestion : pending)
            lines.append(suggestion.mention.text);
        // Every progress line, and not the alert noise, the blog post or the version.
        QCOMPARE(lines, QStringList({
                            QStringLiteral("Designing Data-Intensive Applications - 212/590"),
                            QStringLiteral("《操作系统导论》- 进度 140/520"),
                            QStringLiteral("极客时间《Rust 编程第一课》 - 35%"),
                            QStringLiteral("《Rust 程序设计语言(中文版)》 - 进度 9/20"),
                            QStringLiteral("Designing Data-Intensive Applications - 150/590"),
                            QStringLiteral("极客时间《Rust 编程第一课》 - 20%"),
                            QStringLiteral("《Rust 程序设计语言(中文版)》 - 60%"),
                            QStringLiteral("读完了《人类简史》"),
                            QStringLiteral("《人类简史》- 300/440"),
                            QStringLiteral("开始读《代码大全》"),
                        }));
        QCOMPARE(m_reading->pendingCount(), 10);
        // What applying would create, guessed from all the lines of a title.
        const Suggestion &course = pending.at(2);
        QCOMPARE(course.itemId, 0);
        QCOMPARE(course.proposal.kind, Kind::Course);
        QCOMPARE(course.proposal.unit, Unit::Percent);
        const Suggestion &rust = pending.at(6);
        QCOMPARE(rust.proposal.unit, Unit::Chapter); // 9/20 tells the unit; 60% alone would not
        QCOMPARE(rust.proposal.total, 20.0);
    }

    void suggestionsComeNewestEntryFirstAndEventsNameTheirEntry()
    {
        // Written out of order: the row ids do not follow the dates.
        const Entry february = test::addEntry(*m_entries, QDate(2026, 2, 1),
                                              QStringLiteral("二月"),
                                              QStringLiteral("《代码大全》- 进度 100/900"));
        test::addEntry(*m_entries, QDate(2026, 3, 1), QStringLiteral("三月"),
                       QStringLiteral("《代码大全》- 进度 300/900\n《代码大全》- 进度 310/900"));
        test::addEntry(*m_entries, QDate(2026, 1, 5), QStringLiteral("一月"),
                       QStringLiteral("《代码大全》- 进度 20/900"));
        QList<double> values;
        for (const Suggestion &suggestion : m_reading->suggestions(Suggestion::State::Pending))
            values.append(suggestion.mention.value);
        QCOMPARE(values, QList<double>({300, 310, 100, 20}));
        QCOMPARE(m_reading->suggestions(Suggestion::State::Pending).at(2).entryUuid,
                 february.uuid);

        QCOMPARE(m_reading->applyAll(), 4);
        const qint64 item = itemTitled(QStringLiteral("代码大全")).id;
        const QList<Event> events = m_reading->events(item);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).date, QDate(2026, 1, 5));
        QCOMPARE(events.at(0).entryTitle, QStringLiteral("一月"));
        QCOMPARE(events.at(1).entryUuid, february.uuid);
        QCOMPARE(events.at(3).entryTitle, QStringLiteral("三月"));
        // Logged by hand: no entry to name.
        WrittenValue page;
        page.value = 400;
        m_reading->logProgress(item, page, QDate(2026, 3, 2));
        QCOMPARE(m_reading->events(item).constLast().entryTitle, QString());
    }

    void applyingALogGivesEachItemItsUnitTotalAndStatus()
    {
        write(QDate(2026, 2, 10), learningLog);
        QCOMPARE(m_reading->applyAll(), 10);
        QCOMPARE(m_reading->pendingCount(), 0);
        const QList<Item> items = m_reading->items();
        QCOMPARE(items.size(), 6);

        const Item ddia = itemTitled(QStringLiteral("designing data-intensive applications"));
        QCOMPARE(ddia.kind, Kind::Book);
        QCOMPARE(ddia.unit, Unit::Page);
        QCOMPARE(ddia.total, 590.0);
        QCOMPARE(ddia.value, 212.0); // two lines of one day: the furthest one
        QCOMPARE(ddia.status, Status::Reading);
        QCOMPARE(ddia.events, 2);
        QCOMPARE(ddia.started, QDate(2026, 2, 10));

        const Item os = itemTitled(QStringLiteral("操作系统导论"));
        QCOMPARE(os.unit, Unit::Page);
        QCOMPARE(os.total, 520.0);
        QCOMPARE(os.value, 140.0);

        const Item course = itemTitled(QStringLiteral("Rust 编程第一课"));
        QCOMPARE(course.kind, Kind::Course);
        QCOMPARE(course.unit, Unit::Percent);
        QCOMPARE(course.value, 35.0);
        QCOMPARE(course.percent, 35.0);

        // Matched without its edition note; 60% of 20 chapters is 12.
        const Item rust = itemTitled(QStringLiteral("Rust 程序设计语言"));
        QCOMPARE(rust.title, QStringLiteral("Rust 程序设计语言(中文版)"));
        QCOMPARE(rust.unit, Unit::Chapter);
        QCOMPARE(rust.total, 20.0);
        QCOMPARE(rust.value, 12.0);
        QCOMPARE(rust.percent, 60.0);

        const Item sapiens = itemTitled(QStringLiteral("人类简史"));
        QCOMPARE(sapiens.status, Status::Finished);
        QCOMPARE(sapiens.finished, QDate(2026, 2, 10));
        QCOMPARE(sapiens.total, 440.0);
        QCOMPARE(sapiens.percent, 100.0);

        const Item started = itemTitled(QStringLiteral("代码大全"));
        QCOMPARE(started.status, Status::Reading);
        QCOMPARE(started.events, 1);
        QCOMPARE(started.percent, -1.0); // no total known yet
    }

    void editsUpdateOrWithdrawTheEventsAnEntryProduced()
    {
        Entry entry =
            write(QDate(2026, 2, 1), QStringLiteral("- 《操作系统导论》- 进度 100/520\n"));
        m_reading->applyAll();
        const qint64 id = itemTitled(QStringLiteral("操作系统导论")).id;

        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        edit(entry, QStringLiteral("- 《操作系统导论》- 进度 120/520\n今天状态不错。\n"));
        QCOMPARE(m_reading->events(id).size(), 1); // updated, not counted twice
        QCOMPARE(m_reading->item(id)->value, 120.0);
        QCOMPARE(m_reading->pendingCount(), 0);

        edit(entry, entry.body, QDate(2026, 2, 3));
        QCOMPARE(m_reading->events(id).constFirst().date, QDate(2026, 2, 3));

        edit(entry, QStringLiteral("今天没有读书。\n"));
        QVERIFY(m_reading->events(id).isEmpty());
        QCOMPARE(m_reading->item(id)->status, Status::WantToRead);

        // Written again: a suggestion again, since the line was withdrawn.
        edit(entry, QStringLiteral("- 《操作系统导论》- 进度 130/520\n"));
        QCOMPARE(m_reading->pendingCount(), 1);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Pending).constFirst().itemId, id);
        // Each save is heard once, from the entry's store, with what it did
        // to the reading list: the reading store does not announce it again.
        QCOMPARE(changed.size(), 4);
        for (const QList<QVariant> &heard : std::as_const(changed)) {
            const ChangeSet changes = heard.first().value<ChangeSet>();
            QVERIFY(changes.reading);
            QCOMPARE(changes.edited.size() + changes.rewritten.size(), 1);
        }
    }

    void deletingAnEntryWithdrawsItsEvents()
    {
        const Entry entry = write(QDate(2026, 2, 1), QStringLiteral("Refactoring - 88/448\n"));
        write(QDate(2026, 2, 5), QStringLiteral("Refactoring - 120/448\n"));
        m_reading->applyAll();
        const qint64 id = itemTitled(QStringLiteral("Refactoring")).id;
        QCOMPARE(m_reading->events(id).size(), 2);
        const DeletedEntry deleted = m_entries->remove(entry.id);
        QCOMPARE(m_reading->events(id).size(), 1);
        // Undoing the delete brings its event back, applied as it was.
        m_entries->restore(deleted);
        QCOMPARE(m_reading->pendingCount(), 0);
        QCOMPARE(m_reading->events(id).size(), 2);
        QCOMPARE(m_reading->events(id).constFirst().date, QDate(2026, 2, 1));
    }

    void undoingADeleteKeepsWhatWasIgnored()
    {
        const Entry entry =
            write(QDate(2026, 2, 1), QStringLiteral("- 某个项目 - 3/12\n- 《数学之美》- 50/300\n"));
        const QList<Suggestion> pending = m_reading->suggestions(Suggestion::State::Pending);
        m_reading->ignore(pending.at(0).id);
        const DeletedEntry deleted = m_entries->remove(entry.id);
        m_entries->restore(deleted);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Ignored).size(), 1);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Pending).size(), 1);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Pending).constFirst().mention.title,
                 QStringLiteral("数学之美"));
    }

    void anIgnoredLineStaysIgnoredThroughEdits()
    {
        Entry entry =
            write(QDate(2026, 2, 1), QStringLiteral("- 某个项目 - 3/12\n- 《数学之美》- 50/300\n"));
        const QList<Suggestion> pending = m_reading->suggestions(Suggestion::State::Pending);
        QCOMPARE(pending.size(), 2);
        m_reading->ignore(pending.at(0).id);
        edit(entry, QStringLiteral("- 某个项目 - 4/12\n- 《数学之美》- 50/300\n"));
        QCOMPARE(m_reading->pendingCount(), 1);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Ignored).constFirst().mention.value,
                 4.0);
        m_reading->applyAll();
        QCOMPARE(m_reading->items().size(), 1);
    }

    void titlesMatchItemsAlreadyOnTheList()
    {
        Item go;
        go.title = QStringLiteral("Go 程序设计语言");
        go.unit = Unit::Chapter;
        go.total = 13;
        go = m_reading->addItem(go);
        write(QDate(2026, 2, 1), QStringLiteral("阅读《Go 程序设计语言(英文版)》 - 进度 7/13\n"));
        const Suggestion suggestion =
            m_reading->suggestions(Suggestion::State::Pending).constFirst();
        QCOMPARE(suggestion.itemId, go.id);
        QCOMPARE(suggestion.itemTitle, go.title);
        m_reading->apply(suggestion.id);
        QCOMPARE(m_reading->items().size(), 1);
        QCOMPARE(m_reading->item(go.id)->value, 7.0);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_reading->addItem(go)); // once on the list
    }

    void aLineAppliedToAnotherItemTeachesItsTitle()
    {
        Item k8s;
        k8s.title = QStringLiteral("深入剖析 Kubernetes");
        k8s.unit = Unit::Percent;
        k8s = m_reading->addItem(k8s);
        write(QDate(2026, 2, 1), QStringLiteral("- 深入剖析 Kuberntes - 48%\n"));
        Suggestion typo = m_reading->suggestions(Suggestion::State::Pending).constFirst();
        QCOMPARE(typo.itemId, 0); // a misspelt title is not guessed
        m_reading->apply(typo.id, k8s.id);
        write(QDate(2026, 2, 8), QStringLiteral("- 深入剖析 Kuberntes - 53%\n"));
        typo = m_reading->suggestions(Suggestion::State::Pending).constFirst();
        QCOMPARE(typo.itemId, k8s.id);
    }

    void alwaysApplyAndTheJournalSettingApplyWithoutAsking()
    {
        write(QDate(2026, 2, 1), QStringLiteral("- 《数学之美》- 50/300\n"));
        const qint64 id =
            m_reading->alwaysApply(m_reading->suggestions(Suggestion::State::Pending)[0].id);
        write(QDate(2026, 2, 2),
              QStringLiteral("- 《数学之美》- 80/300\n- 《黑客与画家》- 10/260\n"));
        QCOMPARE(m_reading->item(id)->value, 80.0);
        QCOMPARE(m_reading->pendingCount(), 1); // the other book still asks

        QVERIFY(!m_reading->autoApply());
        m_reading->setAutoApply(true);
        QVERIFY(m_reading->autoApply());
        write(QDate(2026, 2, 3), QStringLiteral("- 《浪潮之巅》- 40/400\n"));
        QCOMPARE(itemTitled(QStringLiteral("浪潮之巅")).value, 40.0);
        QCOMPARE(m_reading->pendingCount(), 1);
    }

    void removingAnItemDoesNotSuggestItsLinesAgain()
    {
        write(QDate(2026, 2, 1),
              QStringLiteral("- 《数学之美》- 50/300\n- 《数学之美》- 40/300\n"));
        m_reading->apply(m_reading->suggestions(Suggestion::State::Pending)[0].id);
        m_reading->removeItem(itemTitled(QStringLiteral("数学之美")).id);
        QVERIFY(m_reading->items().isEmpty());
        QCOMPARE(m_reading->pendingCount(), 0);
    }

    void progressLoggedByHandFinishesAtTheTotal()
    {
        Item book;
        book.title = QStringLiteral("The Pragmatic Programmer");
        book.author = QStringLiteral("David Thomas");
        book.total = 352;
        book = m_reading->addItem(book);
        QCOMPARE(book.status, Status::WantToRead);
        m_reading->logProgress(book.id, *parseWrittenValue(QStringLiteral("120")),
                               QDate(2026, 1, 5));
        QCOMPARE(m_reading->item(book.id)->status, Status::Reading);
        m_reading->logProgress(book.id, *parseWrittenValue(QStringLiteral("75%")),
                               QDate(2026, 1, 9));
        QCOMPARE(m_reading->item(book.id)->value, 264.0);
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            m_reading->logProgress(book.id, {Notation::ItemUnit, 400, 0}, QDate(2026, 1, 10)));
        m_reading->logProgress(book.id, *parseWrittenValue(QStringLiteral("352")),
                               QDate(2026, 1, 12));
        const Item finished = *m_reading->item(book.id);
        QCOMPARE(finished.status, Status::Finished);
        QCOMPARE(finished.started, QDate(2026, 1, 5));
        QCOMPARE(finished.finished, QDate(2026, 1, 12));

        // Set by hand, a status wins over what the events say.
        Item abandoned = finished;
        abandoned.statusSet = Status::Abandoned;
        m_reading->updateItem(abandoned);
        QCOMPARE(m_reading->item(book.id)->status, Status::Abandoned);
        QVERIFY(!m_reading->item(book.id)->finished.isValid());
    }

    void aPercentageOfAnUnknownLengthStaysAPercentage()
    {
        Item book;
        book.title = QStringLiteral("人类简史");
        book = m_reading->addItem(book); // pages, total not known
        QCOMPARE(Names::ofItem(book), QString());
        m_reading->logProgress(book.id, *parseWrittenValue(QStringLiteral("45%")),
                               QDate(2026, 1, 5));
        Item read = *m_reading->item(book.id);
        QCOMPARE(read.percent, 45.0);
        QCOMPARE(read.value, 0.0); // not 45 pages
        QCOMPARE(Names::ofItem(read), QStringLiteral("45%"));
        read.total = 440;
        m_reading->updateItem(read);
        read = *m_reading->item(book.id);
        QCOMPARE(read.value, 198.0);
        QVERIFY2(Names::ofItem(read).startsWith(QStringLiteral("198 / 440 ")),
                 qPrintable(Names::ofItem(read)));
    }

    void writtenValuesAreReadStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("notation");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("outOf");
        QTest::newRow("a count") << "120" << true << int(Notation::ItemUnit) << 120.0 << 0.0;
        QTest::newRow("a percentage") << "14.3%" << true << int(Notation::Percent) << 14.3 << 100.0;
        QTest::newRow("full width") << "７／１３" << true << int(Notation::Count) << 7.0 << 13.0;
        QTest::newRow("beyond the whole") << "14/13" << false << 0 << 0.0 << 0.0;
        QTest::newRow("words") << "half" << false << 0 << 0.0 << 0.0;
        QTest::newRow("negative") << "-3" << false << 0 << 0.0 << 0.0;
    }
    void writtenValuesAreReadStrictly()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<WrittenValue> written = parseWrittenValue(text);
        QCOMPARE(written.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, notation);
        QFETCH(double, value);
        QFETCH(double, outOf);
        QCOMPARE(int(written->notation), notation);
        QCOMPARE(written->value, value);
        QCOMPARE(written->outOf, outOf);
    }

    void aYearCountsBooksFinishedAndPagesRead()
    {
        // 2025: 100 pages of one book; 2026: the rest of it (300) and a
        // whole second book (200), and a course finished.
        write(QDate(2025, 12, 20), QStringLiteral("- 《数学之美》- 100/400\n"));
        write(QDate(2026, 1, 15), QStringLiteral("- 《数学之美》- 250/400\n"));
        write(QDate(2026, 2, 1),
              QStringLiteral("- 《数学之美》- 400/400\n- 《黑客与画家》- 200/200\n"
                             "- 极客时间《算法面试通关》- 100%\n"));
        m_reading->applyAll();
        m_reading->setYearGoal(2026, 24);
        const YearSummary y2026 = m_reading->year(2026);
        QCOMPARE(y2026.booksFinished, 2);
        QCOMPARE(y2026.othersFinished, 1);
        QCOMPARE(y2026.pagesRead, 500.0);
        QCOMPARE(y2026.goal, 24);
        QCOMPARE(y2026.finished.size(), 3);
        const YearSummary y2025 = m_reading->year(2025);
        QCOMPARE(y2025.booksFinished, 0);
        QCOMPARE(y2025.pagesRead, 100.0);
        QCOMPARE(y2025.goal, 0);
        QCOMPARE(m_reading->years(), QList<int>({2026, 2025}));
    }

    void aJournalFromVersion3GetsItsProgressSuggested()
    {
        const QString file = m_dir.filePath(QStringLiteral("v3.waypoint"));
        {
            QString error;
            auto journal = Journal::open(file, {}, &error);
            QVERIFY2(journal, qPrintable(error));
            EntryStore store(*journal);
            test::addEntry(store, QDate(2020, 5, 1), QStringLiteral("旧日记"),
                           QStringLiteral("- 《黑客与画家》- 10/260\n"));
            const QSqlDatabase db = journal->database();
            for (const char *table :
                 {"sync_conflicts", "sync_files", "sync_base", "reading_progress",
                  "reading_mentions", "reading_titles", "reading_items",
                  "reading_goals", "goal_review_scores", "goal_reviews", "goal_links",
                  "goal_milestones", "goals", "goal_areas", "goal_plans"})
                sql::run(db, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
            sql::run(db,
                     QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'"));
        }
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        ReadingStore reading(*journal);
        const QList<Suggestion> pending = reading.suggestions(Suggestion::State::Pending);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().mention.title, QStringLiteral("黑客与画家"));
        QCOMPARE(pending.constFirst().date, QDate(2020, 5, 1));
        QVERIFY(reading.items().isEmpty());
    }

    void rescanKeepsWhatWasDecided()
    {
        write(QDate(2026, 2, 1),
              QStringLiteral("- 《数学之美》- 50/300\n- 《黑客与画家》- 10/260\n"));
        const QList<Suggestion> pending = m_reading->suggestions(Suggestion::State::Pending);
        m_reading->apply(pending.at(0).id);
        m_reading->ignore(pending.at(1).id);
        const Entry later = write(QDate(2026, 2, 2), QStringLiteral("- 《浪潮之巅》- 40/400\n"));
        // As if an older recognizer had missed the later entry's line.
        sql::run(m_journal->database(),
                 QStringLiteral("DELETE FROM reading_mentions WHERE entry_id = ?"), {later.id});
        QCOMPARE(m_reading->pendingCount(), 0);

        m_reading->rescan();
        QCOMPARE(m_reading->suggestions(Suggestion::State::Applied).size(), 1);
        QCOMPARE(m_reading->suggestions(Suggestion::State::Ignored).size(), 1);
        const QList<Suggestion> found = m_reading->suggestions(Suggestion::State::Pending);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().mention.title, QStringLiteral("浪潮之巅"));

        // A second rescan changes nothing and counts nothing twice.
        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        m_reading->rescan();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_reading->events(itemTitled(QStringLiteral("数学之美")).id).size(), 1);
    }
    // Noticed while fuzzing the CSV reader: Goodreads' ="ISBN" fields were
    // unwrapped anywhere in the file, also inside a quoted review that
    // happened to say ,=", and changed its text.
    // Found by fuzzing (tests/fuzz/fuzz_goodreads): a field that began with
    // U+FEFF lost it, so writing and reading again changed the row.
    void aByteOrderMarkInsideTheFileIsText()
    {
        const QByteArray csv = "\xEF\xBB\xBFTitle\r\n\xEF\xBB\xBF\xEF\xBB\xBF\r\n\"\xEF\xBB\xBF书\"\r\n";
        QString error;
        const std::optional<QList<QStringList>> rows = readCsv(csv, &error);
        QVERIFY2(rows, qPrintable(error));
        const QList<QStringList> expected{{QStringLiteral("Title")},
                                          {QStringLiteral("\uFEFF\uFEFF")},
                                          {QStringLiteral("\uFEFF书")}};
        QCOMPARE(*rows, expected);
        QCOMPARE(readCsv(writeCsv(*rows), &error), std::optional(expected));
    }

    void aQuotedFieldIsNeverTakenForAGoodreadsFormula()
    {
        const QByteArray csv = "Title,ISBN,My Review\r\n"
                               "\"语言学的邀请\",=\"0201616224\",\"写法 a,=\"\",b 照旧\"\r\n"
                               "Plain,=\"\",\"=\"\"1\"\"\"\r\n";
        QString error;
        const std::optional<QList<QStringList>> rows = readCsv(csv, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1), (QStringList{QStringLiteral("语言学的邀请"), QStringLiteral("0201616224"),
                                          QStringLiteral("写法 a,=\",b 照旧")}));
        QCOMPARE(rows->at(2), (QStringList{QStringLiteral("Plain"), QString(), QStringLiteral("=\"1\"")}));
    }
};

QTEST_GUILESS_MAIN(ReadingTest)
#include "tst_reading.moc"
