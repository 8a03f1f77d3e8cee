// The reading list's models under QAbstractItemModelTester, and the Reading
// List window as a user drives it: suggestions applied and ignored, the chart
// of an item's progress, entries opened from it, shelves and filters.

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/EntryEditor.h"
#include "app/MainWindow.h"
#include "app/MarkdownEditor.h"
#include "app/ReadingItemPane.h"
#include "app/ReadingWindow.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/ReadingStore.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"
#include "models/ReadingListModel.h"
#include "models/SuggestionListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::reading;

class ReadingWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalSession> m_open;
    EntryStore *m_entries = nullptr;
    ReadingStore *m_reading = nullptr;

    Entry write(QDate date, const QString &body)
    {
        return test::addEntry(*m_entries, date, QStringLiteral("学习记录"), body);
    }

    Item add(const QString &title, Unit unit = Unit::Page, double total = 0)
    {
        Item item;
        item.title = title;
        item.unit = unit;
        item.total = total;
        return m_reading->addItem(item);
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_open = JournalSession::open(m_dir.filePath(QStringLiteral("w%1.waypoint").arg(++n)), {},
                                      &error);
        QVERIFY2(m_open, qPrintable(error));
        m_entries = &m_open->entries();
        m_reading = &m_open->reading();
    }
    void cleanup()
    {
        m_open.reset();
    }

    void theListModelFollowsTheStoreAndTheEntries()
    {
        add(QStringLiteral("数学之美"), Unit::Page, 300);
        ReadingListModel model(*m_reading);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ReadingListModel::ColumnCount));
        QCOMPARE(model.index(0, ReadingListModel::Status).data().toString(),
                 Names::status(Status::WantToRead));

        // Rows are added at the end as items are.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        add(QStringLiteral("黑客与画家"), Unit::Page, 260);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);

        // A saved entry that says how far a book is, applied, moves its row.
        write(QDate(2026, 3, 1), QStringLiteral("- 《数学之美》- 150/300\n"));
        m_reading->applyAll();
        const QModelIndex progress = model.index(0, ReadingListModel::Progress);
        QCOMPARE(progress.data(ReadingListModel::PercentRole).toDouble(), 50.0);
        QVERIFY2(progress.data().toString().contains(QStringLiteral("150")),
                 qPrintable(progress.data().toString()));
        QCOMPARE(model.index(0, ReadingListModel::Status).data().toString(),
                 Names::status(Status::Reading));

        // Titles edit in place; one already on the list is refused with a reason.
        QVERIFY(model.flags(model.index(0, ReadingListModel::Title)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ReadingListModel::Progress)) & Qt::ItemIsEditable));
        QVERIFY(
            model.setData(model.index(1, ReadingListModel::Author), QStringLiteral("Paul Graham")));
        QCOMPARE(m_reading->items().at(1).author, QStringLiteral("Paul Graham"));
        QSignalSpy refused(&model, &ReadingListModel::writeFailed);
        QVERIFY(!model.setData(model.index(1, ReadingListModel::Title),
                               QStringLiteral("《数学之美》")));
        QCOMPARE(refused.size(), 1);

        // Removing an item resets the rows.
        m_reading->removeItem(m_reading->items().at(0).id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ReadingListModel::Title).data().toString(),
                 QStringLiteral("黑客与画家"));
    }

    void shelvesFilterAndSort()
    {
        add(QStringLiteral("数学之美"), Unit::Page, 300);
        add(QStringLiteral("The Pragmatic Programmer"), Unit::Page, 352);
        add(QStringLiteral("人类简史"), Unit::Page, 440);
        const QList<Item> items = m_reading->items();
        m_reading->logProgress(items.at(0).id, {Notation::ItemUnit, 30, 0}, QDate(2026, 1, 2));
        m_reading->logProgress(items.at(1).id, {Notation::ItemUnit, 300, 0}, QDate(2026, 1, 2));
        ReadingListModel list(*m_reading);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReadingShelfModel shelf;
        shelf.setSourceModel(&list);
        QAbstractItemModelTester tester(&shelf,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shelf.rowCount(), 3);
        shelf.setShelf(Status::Reading);
        QCOMPARE(shelf.rowCount(), 2);
        shelf.setShelf(Status::WantToRead);
        QCOMPARE(shelf.rowCount(), 1);
        QCOMPARE(shelf.index(0, 0).data().toString(), QStringLiteral("人类简史"));
        shelf.setShelf(std::nullopt);
        shelf.setWords(QStringLiteral("pragmatic"));
        QCOMPARE(shelf.rowCount(), 1);
        shelf.setWords({});
        shelf.sort(ReadingListModel::Progress, Qt::DescendingOrder);
        QCOMPARE(shelf.index(0, 0).data().toString(), QStringLiteral("The Pragmatic Programmer"));
        QCOMPARE(shelf.index(2, 0).data().toString(), QStringLiteral("人类简史"));

        // Progress logged while a shelf is shown moves the item onto it.
        shelf.setShelf(Status::Reading);
        QCOMPARE(shelf.rowCount(), 2);
        m_reading->logProgress(items.at(2).id, {Notation::ItemUnit, 44, 0}, QDate(2026, 1, 3));
        QCOMPARE(shelf.rowCount(), 3);
        // Removing one resets the list; the shelf follows.
        m_reading->removeItem(items.at(0).id);
        QCOMPARE(shelf.rowCount(), 2);
    }

    void theSuggestionModelCountsWhatWaits()
    {
        SuggestionListModel model(*m_reading);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &SuggestionListModel::countChanged);
        const Entry entry =
            write(QDate(2026, 3, 1), QStringLiteral("- 《数学之美》- 50/300\n"
                                                    "- 极客时间《算法面试通关》- 20%\n"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.constLast().at(0).toInt(), 2);
        QCOMPARE(model.index(0, SuggestionListModel::Line).data().toString(),
                 QStringLiteral("《数学之美》- 50/300"));
        QVERIFY2(model.index(1, SuggestionListModel::Target)
                     .data()
                     .toString()
                     .contains(Names::kind(Kind::Course)),
                 qPrintable(model.index(1, SuggestionListModel::Target).data().toString()));
        QCOMPARE(model.index(0, 0).data(SuggestionListModel::EntryUuidRole).toString(), entry.uuid);
        m_reading->ignore(
            model.index(1, 0).data(SuggestionListModel::SuggestionIdRole).toLongLong());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count.constLast().at(0).toInt(), 1);
    }

    void theWindowAppliesSuggestionsAndChartsProgress()
    {
        const Entry first =
            write(QDate(2026, 1, 10), QStringLiteral("- 《操作系统导论》- 进度 100/520\n"));
        write(QDate(2026, 2, 10), QStringLiteral("- 《操作系统导论》- 进度 260/520\n"));
        write(QDate(2026, 2, 11), QStringLiteral("- 某个项目 - 3/12\n"));
        ReadingWindow window(*m_open);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester listTester(window.listModel(), mode);
        QAbstractItemModelTester shelfTester(window.shelfModel(), mode);
        QAbstractItemModelTester suggestionTester(window.suggestionModel(), mode);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.suggestionModel()->rowCount(), 3);
        QCOMPARE(window.listModel()->rowCount(), 0);

        // Newest first: ignore the project line, apply the book's two lines.
        window.suggestionView()->selectRow(0);
        window.ignoreSelected();
        QCOMPARE(window.suggestionModel()->rowCount(), 2);
        window.suggestionView()->selectAll();
        window.applySelected();
        QCOMPARE(window.suggestionModel()->rowCount(), 0);
        QCOMPARE(window.listModel()->rowCount(), 1);

        // The new item is chosen, and its chart has both days.
        ReadingItemPane *pane = window.itemPane();
        QCOMPARE(pane->itemId(), window.listModel()->item(0).id);
        QLineSeries *series = pane->progressSeries();
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->at(0).y(), 100.0 / 520 * 100);
        QCOMPARE(series->at(1).y(), 50.0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(series->at(1).x())).date(),
                 QDate(2026, 2, 10));

        // Logged by hand, a third point.
        m_reading->logProgress(pane->itemId(), {Notation::ItemUnit, 520, 0}, QDate(2026, 3, 1));
        QCOMPARE(series->count(), 3);
        QCOMPARE(window.listModel()->index(0, ReadingListModel::Status).data().toString(),
                 Names::status(Status::Finished));

        // The entries that mention it open in the main window.
        auto *mentions = pane->findChild<QListWidget *>();
        QVERIFY(mentions);
        QCOMPARE(mentions->count(), 2);
        QSignalSpy opened(&window, &ReadingWindow::entryActivated);
        emit mentions->itemActivated(mentions->item(1));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().at(0).toString(), first.uuid);

        // The journal setting, from its checkbox.
        auto *automatic = window.findChild<QCheckBox *>();
        QVERIFY(automatic);
        automatic->setChecked(true);
        QVERIFY(m_reading->autoApply());
        write(QDate(2026, 3, 2), QStringLiteral("- 《浪潮之巅》- 40/400\n"));
        QCOMPARE(window.listModel()->rowCount(), 2);
        QCOMPARE(window.suggestionModel()->rowCount(), 0);

        // No two of the window's actions share a key.
        QHash<QKeySequence, QString> taken;
        for (QAction *action : window.findChildren<QAction *>())
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!taken.contains(key), qPrintable(action->objectName()));
                taken.insert(key, action->objectName());
            }
    }

    void aYearShowsItsBooksPagesAndGoal()
    {
        write(QDate(2024, 5, 1),
              QStringLiteral("- 《数学之美》- 300/300\n- 《黑客与画家》- 60/260\n"));
        m_reading->applyAll();
        ReadingWindow window(*m_open);
        window.show();
        QComboBox *years = window.yearBox();
        const int thisYear = QDate::currentDate().year();
        QCOMPARE(years->itemData(0).toInt(), thisYear);
        const int row = years->findData(2024);
        QVERIFY(row > 0);
        years->setCurrentIndex(row);
        emit years->activated(row);
        // 300 pages of one book and 60 of the other; one of them finished.
        const QString figures = window.yearLabel()->text();
        QVERIFY2(figures.startsWith(QStringLiteral("1 book"))
                     && figures.contains(QStringLiteral(" 360 page")),
                 qPrintable(figures));

        auto *goal = window.findChild<QSpinBox *>(QStringLiteral("goalBox"));
        QVERIFY(goal);
        goal->setValue(12);
        emit goal->editingFinished();
        QCOMPARE(m_reading->year(2024).goal, 12);
        QCOMPARE(m_reading->year(thisYear).goal, 0);
        QCOMPARE(years->currentData().toInt(), 2024); // still the year chosen
    }

    void theMainWindowTellsOfProgressAndOpensTheList()
    {
        cleanup();
        const QString file = m_dir.filePath(QStringLiteral("main.waypoint"));
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(file, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.readingWindow());

        Entry entry;
        entry.date = QDate(2026, 3, 5);
        entry.title = QStringLiteral("周四");
        entry.body = QStringLiteral("- 《语言学的邀请》- 进度 68/288\n");
        entry = window.store()->create(entry);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1")),
                 qPrintable(window.statusBar()->currentMessage()));

        auto *open = window.findChild<QAction *>(QStringLiteral("actionReadingList"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        open->trigger();
        ReadingWindow *reading = window.readingWindow();
        QVERIFY(reading);
        QVERIFY(reading->isVisible());
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester listTester(reading->listModel(), mode);
        QAbstractItemModelTester suggestionTester(reading->suggestionModel(), mode);
        QCOMPARE(reading->suggestionModel()->rowCount(), 1);
        reading->applyAll();
        QCOMPARE(reading->listModel()->rowCount(), 1);
        QCOMPARE(reading->listModel()->item(0).value, 68.0);

        // From the list back to the entry.
        emit reading->entryActivated(entry.uuid);
        QCOMPARE(window.session()->entryId(), entry.id);
        open->trigger();
        QCOMPARE(window.readingWindow(), reading); // one window, raised again

        // Typed into an entry, a progress line reaches the list with the
        // autosave (written on the session's thread), before any entry switch.
        window.newEntry();
        MarkdownEditor *text = window.editor()->markdownEditor();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("notes"));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), EntrySession::State::Saved, 8000);
        QTest::qWait(200); // the entry list has heard of the new entry; body saves go quietly
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("- "));
        text->insertPlainText(QStringLiteral("《黑客与画家》")); // as an input method commits it
        QTest::keyClicks(text, QStringLiteral("- 40/260"));
        QTRY_COMPARE_WITH_TIMEOUT(reading->suggestionModel()->rowCount(), 1, 8000);
        QCOMPARE(reading->suggestionModel()->suggestion(0).mention.value, 40.0);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Shift+R")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

WAYPOINT_WEB_TEST_MAIN(ReadingWindowTest)
#include "tst_readingwindow.moc"
