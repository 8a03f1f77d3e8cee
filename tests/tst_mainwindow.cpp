// The real main window, offscreen: Today, typing, switching, deleting, Chinese UI.

#include "ModelTesting.h"
#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/EntryEditor.h"
#include "app/MainWindow.h"
#include "app/Navigator.h"
#include "app/SearchPanel.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "models/EntryListModel.h"
#include "models/EntrySession.h"
#include "models/SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QInputMethodEvent>
#include <QtTest>

using namespace waypoint;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    QString journalPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void todayTypeSwitchAndEverythingIsSaved()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(journalPath("gui.waypoint"), &error), qPrintable(error));
        // The navigator's entries and tags, checked as the window changes them.
        test::LazyModelTester entriesTester(window.navigator()->tree()->model());
        QAbstractItemModelTester tagsTester(window.navigator()->tagFilter()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        action(window, "actionToday")->trigger();
        EntryStore &store = *window.store();
        QCOMPARE(store.count(), 1);
        const qint64 today = window.session()->entryId();
        QCOMPARE(store.find(today)->date, QDate::currentDate());
        QPlainTextEdit *text = window.editor()->textEdit();
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("# ")));
        QTRY_VERIFY(text->hasFocus());

        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral("typed in the window "));
        // Chinese arrives through an input method, as a commit string.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("你好"));
        QApplication::sendEvent(text, &commit);
        // Autosave, with no explicit save.
        QTRY_VERIFY_WITH_TIMEOUT(store.find(today)->body.contains(QStringLiteral("typed in the window 你好")),
                                 5000);
        // The autosave is written on another thread; its report follows the write.
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("saveLabel"))->text(), QStringLiteral("Saved"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("Words")));

        // A new entry, typed into, then back through the navigator: both kept.
        action(window, "actionNewEntry")->trigger();
        QCOMPARE(store.count(), 2);
        const qint64 second = window.session()->entryId();
        QVERIFY(second != today);
        QTest::keyClicks(text, QStringLiteral("# Second"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("body"));
        QTreeView *tree = window.navigator()->tree();
        auto *model = qobject_cast<EntryListModel *>(tree->model());
        const QModelIndex todayRow = model->indexOfEntry(today);
        QVERIFY(todayRow.isValid());
        tree->scrollTo(todayRow);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(todayRow).center());
        QCOMPARE(window.session()->entryId(), today);
        QCOMPARE(store.find(second)->body, QStringLiteral("# Second\nbody"));
        QCOMPARE(store.find(second)->title, QStringLiteral("Second"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("typed in the window 你好")));
    }

    void deleteIsUndoable()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openJournal(journalPath("delete.waypoint"), &error));
        test::LazyModelTester entriesTester(window.navigator()->tree()->model());
        action(window, "actionNewEntry")->trigger();
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("# 要删除的日记"));
        QApplication::sendEvent(window.editor()->textEdit(), &commit);
        const qint64 id = window.session()->entryId();
        action(window, "actionDeleteEntry")->trigger();
        QVERIFY(!window.store()->find(id));
        QAction *undo = action(window, "actionUndoEntry");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(window.store()->find(id));
        QCOMPARE(window.store()->find(id)->body, QStringLiteral("# 要删除的日记"));
        QCOMPARE(window.session()->entryId(), id);
    }

    void historyPutsAnEarlierTextBackUndoably()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openJournal(journalPath("history.waypoint"), &error));
        test::LazyModelTester entriesTester(window.navigator()->tree()->model());
        action(window, "actionNewEntry")->trigger();
        QPlainTextEdit *text = window.editor()->textEdit();
        QTest::keyClicks(text, QStringLiteral("first draft"));
        QVERIFY(window.session()->save());
        // Much later, the text is rewritten: the first draft becomes a revision.
        QTest::keyClicks(text, QStringLiteral(" then rewritten"));
        QVERIFY(window.session()->save());
        const QList<Revision> revisions = window.store()->revisions(window.session()->entryId());
        QCOMPARE(revisions.size(), 1); // the empty start, kept once for this editing session
        QVERIFY(revisions.first().body.isEmpty());

        // Pick it in the dialog and restore it.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        action(window, "actionHistory")->trigger();
        QCOMPARE(text->toPlainText(), QString());
        // The editor's own undo brings the rewritten text back.
        text->undo();
        QCOMPARE(text->toPlainText(), QStringLiteral("first draft then rewritten"));
    }

    void aReadOnlyJournalSaysSoAndCannotBeEdited()
    {
        const QString file = journalPath("readonly.waypoint");
        {
            QString error;
            auto journal = Journal::open(file, {}, &error);
            EntryStore store(*journal);
            for (int i = 0; i < 300; ++i) {
                Entry entry;
                entry.date = QDate(2022, 3, 14).addDays(i);
                entry.body = QStringLiteral("kept as is. ").repeated(100);
                store.create(entry);
            }
        }
        // Damage pages in the middle, as a bad disk block would.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        raw.seek(raw.size() / 2);
        raw.write(QByteArray(8192, '\xA5'));
        raw.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(file, &error), qPrintable(error));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QLabel *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(!notice->isHidden());
        QVERIFY(window.editor()->textEdit()->isReadOnly());
        QVERIFY(!action(window, "actionToday")->isEnabled());
    }

    void ctrlKSearchesAsYouTypeAndEnterOpensTheMatch()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(journalPath("search.waypoint"), &error), qPrintable(error));
        QAbstractItemModelTester resultsTester(window.searchPanel()->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::LazyModelTester entriesTester(window.navigator()->tree()->model());
        EntryStore &store = *window.store();
        test::addEntry(store, {2021, 3, 1}, QStringLiteral("集群笔记"),
                       QStringLiteral("# 集群笔记\n\n搭建 k8s 集群，调试负载\n均衡。"));
        test::addEntry(store, {2022, 5, 1}, QStringLiteral("别的"), QStringLiteral("今天读书。"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        SearchPanel *panel = window.searchPanel();
        QTRY_VERIFY(panel->field()->hasFocus());
        // Chinese arrives as the input method commits it.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("负载均衡"));
        QApplication::sendEvent(panel->field(), &commit);
        // Results come after the typing pause, without pressing anything.
        QTRY_COMPARE(panel->results()->model()->rowCount(), 1);
        const QModelIndex first = panel->results()->model()->index(0, 0);
        QCOMPARE(first.data(SearchResultModel::TitleRole).toString(), QStringLiteral("集群笔记"));
        QVERIFY(panel->status()->text().contains(QLatin1Char('1')));

        QTest::keyClick(panel->field(), Qt::Key_Return);
        QTRY_COMPARE(window.editor()->textEdit()->toPlainText().left(6), QStringLiteral("# 集群笔记"));
        // The match is marked in the editor, and the cursor is on it.
        const QList<QTextEdit::ExtraSelection> marks = window.editor()->textEdit()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("负载\u2029均衡"));
        QCOMPARE(window.editor()->textEdit()->textCursor().position(),
                 marks.first().cursor.selectionStart());

        // The results follow the journal: a new matching entry appears, and
        // the chosen result stays chosen.
        test::addEntry(store, {2020, 1, 1}, QStringLiteral("更早"), QStringLiteral("负载均衡的算法"));
        QTRY_COMPARE(panel->results()->model()->rowCount(), 2);
        QCOMPARE(panel->results()->currentIndex().data(SearchResultModel::TitleRole).toString(),
                 QStringLiteral("集群笔记"));

        // A bad filter says what is wrong instead of showing nothing.
        panel->field()->setText(QStringLiteral("from:2021-02-30"));
        panel->searchNow();
        QVERIFY(panel->status()->text().contains(QStringLiteral("2021-02-30")));
        QTest::keyClick(panel->field(), Qt::Key_Escape);
        QTRY_VERIFY(window.editor()->textEdit()->hasFocus());
    }

    void aSecondWindowOnTheSameJournalIsRefused()
    {
        MainWindow first, second;
        QString error;
        QVERIFY(first.openJournal(journalPath("shared.waypoint"), &error));
        QVERIFY(!second.openJournal(journalPath("shared.waypoint"), &error));
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
    }

    void aboutNamesTheVersion()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openJournal(journalPath("about.waypoint"), &error));
        QString shown;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        action(window, "actionAbout")->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Waypoint " WAYPOINT_PROJECT_VERSION)),
                 qPrintable(shown));
    }

    void chineseInterfaceLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("waypoint"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        MainWindow window;
        QString error;
        QVERIFY(window.openJournal(journalPath("zh.waypoint"), &error));
        QCOMPARE(action(window, "actionNewEntry")->text(), QStringLiteral("新建日记(&N)"));
        QCOMPARE(action(window, "actionToday")->text(), QStringLiteral("今天(&T)"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCoreApplication::removeTranslator(&translator);
    }
};

WAYPOINT_WEB_TEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
