// Sync in the window, offscreen: File → Sync Now brings in what another
// machine wrote (into the open entry too) without blocking the window, the
// status line tells how it went, a conflict is listed until marked
// resolved, and quitting waits for the sync before it.

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/EntryEditor.h"
#include "app/MainWindow.h"
#include "app/SyncControl.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "models/EntrySession.h"
#include "sync/Synchronizer.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::sync;

class SyncWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    // Another machine's journal, synced through the same folder.
    struct Other
    {
        std::unique_ptr<Journal> journal;
        std::unique_ptr<EntryStore> entries;
    };
    Other other(const QString &folder)
    {
        Other o;
        QString error;
        o.journal = Journal::open(m_dir.filePath(QStringLiteral("%1-other.waypoint").arg(m_case)),
                                  {}, &error);
        o.entries = std::make_unique<EntryStore>(*o.journal);
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Folder;
        settings.folder = folder;
        settings.saveTo(*o.journal);
        return o;
    }
    static void sync(Other &o)
    {
        auto remote = Synchronizer::remoteFor(*o.journal, SyncSettings::of(*o.journal));
        Synchronizer(*o.journal, *remote).run();
    }
    // A journal the window opens, set up to sync through folder.
    QString windowJournal(const QString &folder)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-window.waypoint").arg(m_case));
        QString error;
        auto journal = Journal::open(path, {}, &error);
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Folder;
        settings.folder = folder;
        settings.saveTo(*journal);
        return path;
    }

private slots:
    void init()
    {
        ++m_case;
        QSettings().setValue(QStringLiteral("sync/onOpen"), false);
        QSettings().setValue(QStringLiteral("sync/onQuit"), false);
        QSettings().setValue(QStringLiteral("sync/everyMinutes"), 0);
    }

    void syncNowBringsInWhatAnotherMachineWrote()
    {
        const QString folder = m_dir.filePath(QStringLiteral("%1-Sync").arg(m_case));
        Other laptop = other(folder);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1),
                                          QStringLiteral("周记"), QStringLiteral("在笔记本上写的"));
        sync(laptop);

        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(windowJournal(folder), &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *line = window.findChild<QLabel *>(QStringLiteral("syncLine"));
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("Not synced yet"));

        action(window, "actionSyncNow")->trigger();
        // The window is not blocked: the line says so while it runs.
        QCOMPARE(line->text(), QStringLiteral("Syncing…"));
        QTRY_VERIFY_WITH_TIMEOUT(line->text().startsWith(QStringLiteral("Synced ")), 10000);
        QVERIFY(window.store()->findByUuid(note.uuid));

        // The entry open in the window changes on the laptop: shown as it is now.
        window.session()->open(window.store()->findByUuid(note.uuid)->id);
        Entry edited = *laptop.entries->findByUuid(note.uuid);
        edited.body = QStringLiteral("在笔记本上写的\n\n又加了一段");
        laptop.entries->update(edited);
        sync(laptop);
        action(window, "actionSyncNow")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.editor()->textEdit()->toPlainText().contains(QStringLiteral("又加了一段")),
            10000);
    }

    void aFileChangedInTheFolderIsReadInWhileTheWindowIsOpen()
    {
        const QString folder = m_dir.filePath(QStringLiteral("%1-Sync").arg(m_case));
        Other laptop = other(folder);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1),
                                          QStringLiteral("周记"), QStringLiteral("第一版"));
        sync(laptop);
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(windowJournal(folder), &error), qPrintable(error));
        QSignalSpy synced(window.findChild<SyncControl *>(), &SyncControl::synced);
        action(window, "actionSyncNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);

        // Syncthing brings the laptop's next version, and another note: no Sync Now.
        Entry edited = *laptop.entries->findByUuid(note.uuid);
        edited.body = QStringLiteral("第二版");
        laptop.entries->update(edited);
        const Entry added =
            test::addEntry(*laptop.entries, QDate(2027, 1, 2), QStringLiteral("新年"));
        sync(laptop);
        QTRY_VERIFY_WITH_TIMEOUT(window.store()->findByUuid(added.uuid).has_value(), 15000);
        QCOMPARE(window.store()->findByUuid(note.uuid)->body, QStringLiteral("第二版"));
    }

    void aConflictIsListedUntilResolved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("%1-Sync").arg(m_case));
        Other laptop = other(folder);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1),
                                          QStringLiteral("计划"), QStringLiteral("明天: 读书"));
        sync(laptop);
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(windowJournal(folder), &error), qPrintable(error));
        QSignalSpy synced(window.findChild<SyncControl *>(), &SyncControl::synced);
        action(window, "actionSyncNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);

        Entry mine = *window.store()->findByUuid(note.uuid);
        mine.body = QStringLiteral("明天: 跑步");
        window.store()->update(mine);
        Entry theirs = *laptop.entries->findByUuid(note.uuid);
        theirs.body = QStringLiteral("明天: 游泳");
        laptop.entries->update(theirs);
        sync(laptop);
        action(window, "actionSyncNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 10000);
        auto *line = window.findChild<QLabel *>(QStringLiteral("syncLine"));
        QVERIFY2(line->text().endsWith(QStringLiteral("1 in conflict")), qPrintable(line->text()));

        // The list shows it; Mark Resolved takes it off.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("syncConflictsDialog"));
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("syncConflictList"));
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().startsWith(QStringLiteral("计划")));
            dialog->findChild<QPushButton *>(QStringLiteral("syncMarkResolved"))->click();
            QCOMPARE(list->item(0)->text(), QStringLiteral("No entry is in conflict."));
            dialog->reject();
        });
        action(window, "actionSyncConflicts")->trigger();
        QVERIFY(Synchronizer::status(window.store()->journal()).conflicts.isEmpty());
        QVERIFY(!line->text().contains(QStringLiteral("conflict")));
    }

    void aWindowForAScreenshotNeverSyncsByItself()
    {
        QSettings().setValue(QStringLiteral("sync/onOpen"), true);
        QSettings().setValue(QStringLiteral("sync/onQuit"), true);
        QSettings().setValue(QStringLiteral("sync/everyMinutes"), 1);
        const QString folder = m_dir.filePath(QStringLiteral("%1-Sync").arg(m_case));
        QDir().mkpath(folder);
        const QString path = windowJournal(folder);
        {
            MainWindow window; // as `waypoint --screenshot` opens it
            window.setSyncAutomatically(false);
            QString error;
            QVERIFY2(window.openJournal(path, &error), qPrintable(error));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            test::addEntry(*window.store(), QDate(2026, 12, 3), QStringLiteral("not for now"));
            QVERIFY(!window.findChild<SyncControl *>()->isSyncing());
            QVERIFY(window.close()); // not held for a sync
        }
        QVERIFY(QDir(folder).isEmpty());
        {
            MainWindow window; // as the user opens it: syncs at once
            QString error;
            QVERIFY2(window.openJournal(path, &error), qPrintable(error));
            QVERIFY(window.findChild<SyncControl *>()->isSyncing());
            QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<SyncControl *>()->isSyncing(), 10000);
        }
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("waypoint.json"))));
    }

    void quittingWaitsForTheSync()
    {
        QSettings().setValue(QStringLiteral("sync/onQuit"), true);
        const QString folder = m_dir.filePath(QStringLiteral("%1-Sync").arg(m_case));
        const QString path = windowJournal(folder);
        QString uuid;
        {
            MainWindow window;
            QString error;
            QVERIFY2(window.openJournal(path, &error), qPrintable(error));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            uuid = test::addEntry(*window.store(), QDate(2026, 12, 3), QStringLiteral("last words"))
                       .uuid;
            QVERIFY(!window.close()); // held for the sync
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
        }
        Other laptop = other(folder);
        sync(laptop);
        QVERIFY(laptop.entries->findByUuid(uuid));
    }
};

WAYPOINT_WEB_TEST_MAIN(SyncWindowTest)
#include "tst_syncwindow.moc"
