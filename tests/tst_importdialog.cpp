// File → Import… and File → Export as Blog…: the dialogs offscreen, the plan
// model under QAbstractItemModelTester, and the window taking in what arrived.

#include "ModelTesting.h"
#include "TestSupport.h"
#include "WebTestSupport.h"

#include "app/EntryEditor.h"
#include "app/ExportBlogDialog.h"
#include "app/ImportDialog.h"
#include "app/MainWindow.h"
#include "core/Journal.h"
#include "models/EntryListModel.h"
#include "models/ImportPlanModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace waypoint;

namespace {

const QString hugoSite = QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog/hugo");

blog::ImportRow row(const QString &path, blog::ImportRow::Action action)
{
    blog::ImportRow row;
    row.path = path;
    row.action = action;
    row.date = QDate(2020, 1, 2);
    row.title = path.toUpper();
    return row;
}

} // namespace

class ImportDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Journal> openJournal()
    {
        QString error;
        auto journal = Journal::open(m_dir.filePath(QStringLiteral("d%1.waypoint").arg(++m_count)),
                                     {}, &error);
        if (!journal)
            qFatal("%s", qPrintable(error));
        return journal;
    }

    // A site of n generated posts, to have time to press Stop.
    QString bigSite(int n)
    {
        const QString root = m_dir.filePath(QStringLiteral("big%1").arg(n));
        QDir().mkpath(root + QStringLiteral("/_posts"));
        for (int i = 0; i < n; ++i)
            test::writeFile(
                root + QStringLiteral("/_posts/2020-01-%1-p%2.md").arg(1 + i % 28).arg(i),
                QStringLiteral("---\ntitle: 第 %1 篇\n---\n%2\n")
                    .arg(i)
                    .arg(QString(2000, QChar(0x5B57)))
                    .toUtf8());
        return root;
    }

private slots:
    void thePlanModelPassesTheTester()
    {
        ImportPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(QStringLiteral("a.md"), blog::ImportRow::Action::Import),
                       row(QStringLiteral("b.md"), blog::ImportRow::Action::Skip)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportPlanModel::ActionColumn).data().toString(),
                 QStringLiteral("Will import"));
        model.setPlanned(false);
        QCOMPARE(model.index(0, ImportPlanModel::ActionColumn).data().toString(),
                 QStringLiteral("Imported"));
        blog::ImportRow failed = row(QStringLiteral("a.md"), blog::ImportRow::Action::Fail);
        failed.reason = QStringLiteral("the YAML front matter is broken at line 3");
        failed.missingImages = {QStringLiteral("x.png")};
        model.updateRow(failed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, ImportPlanModel::NotesColumn).data().toString(),
            QStringLiteral("the YAML front matter is broken at line 3; image not found: x.png"));
        model.updateRow(row(QStringLiteral("c.md"), blog::ImportRow::Action::Update));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ImportPlanModel::DateColumn).data().toString(),
                 QStringLiteral("2020-01-02"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsThePlanThenImportsWithProgress()
    {
        auto journal = openJournal();
        ImportDialog dialog(journal->path());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QSignalSpy done(&dialog, &ImportDialog::done);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.setSourcePath(hugoSite);
        QVERIFY(done.wait(10000));
        // The dry run: every post, what will happen, nothing written.
        QCOMPARE(dialog.model()->rowCount(), 10);
        QVERIFY(dialog.findChildren<QLabel *>().constFirst()->text().contains(
            QLatin1String("hugo.toml")));
        QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("To import: 9")));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(EntryStore(*journal).count(), 0);
        int skipRow = -1;
        for (int i = 0; i < dialog.model()->rowCount(); ++i)
            if (dialog.model()->rows().at(i).path == QLatin1String("content/_index.md"))
                skipRow = i;
        QCOMPARE(dialog.model()->index(skipRow, ImportPlanModel::ActionColumn).data().toString(),
                 QStringLiteral("Will skip"));

        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(EntryStore(*journal).count(), 9);
        QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1String("Imported: 9")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(dialog.model()->index(skipRow, ImportPlanModel::ActionColumn).data().toString(),
                 QStringLiteral("Skipped"));
        QCOMPARE(dialog.model()
                     ->index(skipRow == 0 ? 1 : 0, ImportPlanModel::ActionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Imported"));
        QVERIFY(!dialog.importButton()->isEnabled());

        // Looking again: all unchanged, nothing to do.
        dialog.setSourcePath(hugoSite);
        QVERIFY(done.wait(10000));
        QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("unchanged: 9")));
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void stopKeepsWhatIsDone()
    {
        auto journal = openJournal();
        const QString site = bigSite(400);
        ImportDialog dialog(journal->path());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QSignalSpy done(&dialog, &ImportDialog::done);
        dialog.setSourcePath(site);
        QVERIFY(done.wait(20000));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        // Stop as soon as the first post is reported imported.
        QMetaObject::Connection stopper =
            connect(dialog.model(), &QAbstractItemModel::dataChanged, this, [&] {
                QObject::disconnect(stopper);
                QVERIFY(dialog.stopButton()->isVisible());
                QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
            });
        QVERIFY(done.wait(20000));
        const int kept = EntryStore(*journal).count();
        QVERIFY2(kept > 0 && kept < 400, QByteArray::number(kept).constData());
        QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("Stopped")));
        // Importing again goes on from there.
        dialog.setSourcePath(site);
        QVERIFY(done.wait(20000));
        QVERIFY(dialog.summaryLabel()->text().contains(
            QStringLiteral("To import: %1").arg(400 - kept)));
    }

    void aMissingFolderIsSaidClearly()
    {
        auto journal = openJournal();
        ImportDialog dialog(journal->path());
        QSignalSpy done(&dialog, &ImportDialog::done);
        dialog.setSourcePath(m_dir.filePath(QStringLiteral("not-a-blog")));
        QVERIFY(done.wait(10000));
        QVERIFY(dialog.findChildren<QLabel *>().constFirst()->text().contains(
            QLatin1String("not-a-blog")));
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void theWindowShowsWhatWasImported()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(m_dir.filePath(QStringLiteral("window.waypoint")), &error),
                 qPrintable(error));
        // The navigator's entries through the import's reset (see LazyModelTester).
        test::LazyModelTester entriesTester(window.findChild<QTreeView *>()->model());
        window.show();
        QAction *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
        QVERIFY(import);
        // The new actions took no shortcut another action has.
        QHash<QKeySequence, QString> taken;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!taken.contains(key),
                         qPrintable(key.toString() + QLatin1Char(' ') + taken.value(key)
                                    + QLatin1Char(' ') + action->objectName()));
                taken.insert(key, action->objectName());
            }
        }
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QSignalSpy done(dialog, &ImportDialog::done);
            dialog->setSourcePath(hugoSite);
            QVERIFY(done.wait(10000));
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            QVERIFY(done.wait(10000));
            ran = true;
            dialog->reject();
        });
        import->trigger();
        QVERIFY(ran);
        QCOMPARE(window.store()->count(), 9);
        // The navigator lists them without reopening the journal.
        auto *tree = window.findChild<QTreeView *>();
        auto *entries = qobject_cast<EntryListModel *>(tree->model());
        QVERIFY(entries);
        const qint64 id = window.store()->list().constFirst().id;
        QVERIFY(entries->indexOfEntry(id).isValid());
        QCOMPARE(entries->rowCount(), 8); // years: 2015 (file time) … 2023
    }

    void theWindowFollowsAReimportAndAStoppedImport()
    {
        const QString site = m_dir.filePath(QStringLiteral("reimport"));
        QDir().mkpath(site + QStringLiteral("/_posts"));
        const QString post = site + QStringLiteral("/_posts/2020-01-02-a.md");
        QVERIFY(test::writeFile(post, "---\ntitle: A\n---\nFirst text.\n"));
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(m_dir.filePath(QStringLiteral("follow.waypoint")), &error),
                 qPrintable(error));
        test::LazyModelTester entriesTester(window.findChild<QTreeView *>()->model());
        window.show();
        QAction *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
        auto runImport = [&](const QString &path, bool closeAtOnce) {
            QTimer::singleShot(0, this, [&, path, closeAtOnce] {
                auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QSignalSpy done(dialog, &ImportDialog::done);
                dialog->setSourcePath(path);
                QVERIFY(done.wait(20000));
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
                if (!closeAtOnce)
                    QVERIFY(done.wait(20000));
                dialog->reject(); // while importing: stops it, keeps what is done
            });
            import->trigger();
        };

        runImport(site, false);
        const qint64 id = window.store()->list().constFirst().id;
        auto *entries = qobject_cast<EntryListModel *>(window.findChild<QTreeView *>()->model());
        QVERIFY(window.showEntry(window.store()->find(id)->uuid));
        QTRY_VERIFY(
            window.editor()->textEdit()->toPlainText().contains(QLatin1String("First text.")));

        // The post changes and is imported again: the open entry shows it.
        QVERIFY(test::writeFile(post, "---\ntitle: A\n---\nSecond text.\n"));
        runImport(site, false);
        QTRY_VERIFY(
            window.editor()->textEdit()->toPlainText().contains(QLatin1String("Second text.")));
        QCOMPARE(window.store()->revisions(id).constFirst().body, QStringLiteral("First text."));

        // Closed during an import: what arrived is in the navigator (the same
        // month as the open entry, whose rows were loaded before).
        runImport(bigSite(300), true);
        QVERIFY(window.store()->count() > 1);
        QVERIFY(entries->indexOfEntry(window.store()->newest().value()).isValid());
    }

    void exportsFromTheWindowsDialog()
    {
        auto journal = openJournal();
        EntryStore store(*journal);
        test::addEntry(store, QDate(2021, 3, 4), QStringLiteral("周报"), QStringLiteral("text"),
                       {QStringLiteral("work")});
        test::addEntry(store, QDate(2021, 3, 5), QStringLiteral("私事"), QStringLiteral("text"));
        ExportBlogDialog dialog(*journal, {QStringLiteral("work")});
        dialog.accept(); // no folder yet: says so, stays open
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.formatBox()->setCurrentIndex(
            dialog.formatBox()->findData(int(blog::ExportFormat::Markdown)));
        dialog.tagBox()->setCurrentIndex(dialog.tagBox()->findData(QStringLiteral("work")));
        dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("exported")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.report().files, QStringList{QStringLiteral("2021-03-04-周报.md")});
    }
};

WAYPOINT_WEB_TEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
