// Opening journals: new, foreign, damaged, newer, read-only, locked; migrations.

#include "TestSupport.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/Migrations.h"
#include "sql/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace waypoint;

class JournalTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Fills a journal with enough entries to span many pages, then closes it.
    void makeJournal(const QString &file, int entries)
    {
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        EntryStore store(*journal);
        for (int i = 0; i < entries; ++i) {
            Entry entry;
            entry.date = QDate(2021, 1, 1).addDays(i);
            entry.title = QStringLiteral("第 %1 篇").arg(i);
            entry.body = QString(QStringLiteral("学习 Kubernetes 与 Go。")).repeated(40);
            store.create(entry);
        }
    }

private slots:
    void createsANewJournal()
    {
        const QString file = path(QStringLiteral("new.waypoint"));
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(!journal->isReadOnly());
        const QSqlDatabase db = journal->database();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt(),
                 Journal::applicationId);
        QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
        journal.reset();
        // Reopening finds the same journal, not a new one.
        journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
    }

    void refusesAFileThatIsNotAJournal()
    {
        const QString file = path(QStringLiteral("notes.waypoint"));
        QVERIFY(test::writeFile(file, "# my notes\nnot a database at all\n"));
        const QByteArray before = test::fileHash(file);
        QString error;
        QVERIFY(!Journal::open(file, {}, &error));
        QVERIFY2(error.contains(file) && error.contains(QStringLiteral("not a Waypoint journal")),
                 qPrintable(error));
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (name TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::fileHash(file);
        QString error;
        QVERIFY(!Journal::open(file, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QCOMPARE(test::fileHash(file), before);
    }

    void refusesAJournalFromANewerVersion()
    {
        const QString file = path(QStringLiteral("newer.waypoint"));
        makeJournal(file, 1);
        {
            QString error;
            auto journal = Journal::open(file, {}, &error);
            QVERIFY(journal);
            sql::run(journal->database(),
                     QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        }
        const QByteArray before = test::fileHash(file);
        QString error;
        QVERIFY(!Journal::open(file, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Waypoint")) && error.contains(QStringLiteral("99")),
                 qPrintable(error));
        QCOMPARE(test::fileHash(file), before);
    }

    void opensADamagedJournalReadOnlyAndNeverWritesIt()
    {
        const QString file = path(QStringLiteral("damaged.waypoint"));
        makeJournal(file, 300);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        const qint64 size = raw.size();
        QVERIFY(size > 64 * 4096);
        // Scribble over the middle of the file, as a bad disk block would.
        raw.seek(size / 2);
        raw.write(QByteArray(8192, '\xA5'));
        raw.close();
        const QByteArray before = test::fileHash(file);

        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->isReadOnly());
        QVERIFY2(journal->readOnlyReason().contains(QStringLiteral("damaged")),
                 qPrintable(journal->readOnlyReason()));
        EntryStore store(*journal);
        Entry entry;
        entry.date = QDate(2022, 3, 14);
        entry.body = QStringLiteral("不应写入");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, store.create(entry));
        journal.reset();
        QCOMPARE(test::fileHash(file), before);
    }

    void readOnlyOptionWritesNothing()
    {
        const QString file = path(QStringLiteral("ro.waypoint"));
        makeJournal(file, 3);
        const QByteArray before = test::fileHash(file);
        Journal::Options options;
        options.readOnly = true;
        QString error;
        auto journal = Journal::open(file, options, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->isReadOnly());
        EntryStore store(*journal);
        QCOMPARE(store.count(), 3);
        Entry entry;
        entry.date = QDate(2022, 3, 14);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, store.create(entry));
        journal.reset();
        QCOMPARE(test::fileHash(file), before);
    }

    void namesAMissingFolder()
    {
        const QString file = path(QStringLiteral("no/such/folder/j.waypoint"));
        QString error;
        QVERIFY(!Journal::open(file, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")) && error.contains(file),
                 qPrintable(error));
    }

    void aSecondWindowIsRefusedWhileTheFirstHoldsTheJournal()
    {
        const QString file = path(QStringLiteral("locked.waypoint"));
        Journal::Options exclusive;
        exclusive.exclusive = true;
        QString error;
        auto first = Journal::open(file, exclusive, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(!Journal::open(file, exclusive, &error));
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
        // The command line does not take the lock; it shares the file safely.
        QVERIFY(Journal::open(file, {}, &error));
        first.reset();
        QVERIFY2(Journal::open(file, exclusive, &error), qPrintable(error));
    }

    void migrationsRunInOrderAndAFailedStepLeavesNothing()
    {
        const QString file = path(QStringLiteral("migrate.waypoint"));
        makeJournal(file, 2);
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY(journal);
        const QSqlDatabase db = journal->database();
        std::vector<Migration> steps = Migrator::builtin();
        const int base = Migrator::latestVersion();
        QStringList ran;
        steps.push_back({base + 1, QStringLiteral("add notes"), [&ran](const QSqlDatabase &db) {
                             ran << QStringLiteral("first");
                             sql::run(db, QStringLiteral("CREATE TABLE notes (body TEXT)"));
                         }});
        steps.push_back({base + 2, QStringLiteral("add more"), [&ran](const QSqlDatabase &db) {
                             ran << QStringLiteral("second");
                             sql::run(db, QStringLiteral("ALTER TABLE notes ADD COLUMN extra TEXT"));
                         }});
        Migrator::migrate(db, steps);
        QCOMPARE(ran, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(Migrator::currentVersion(db), base + 2);
        // Running again does nothing: each step runs once.
        Migrator::migrate(db, steps);
        QCOMPARE(ran.size(), 2);

        steps.push_back({base + 3, QStringLiteral("broken"), [](const QSqlDatabase &db) {
                             sql::run(db, QStringLiteral("CREATE TABLE half_done (x)"));
                             sql::run(db, QStringLiteral("THIS IS NOT SQL"));
                         }});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Migrator::migrate(db, steps));
        QCOMPARE(Migrator::currentVersion(db), base + 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                     .toInt(),
                 0);
        // The entries written before are still there.
        QCOMPARE(EntryStore(*journal).count(), 2);
    }

    void anEmptyFileBecomesAJournal()
    {
        const QString file = path(QStringLiteral("empty.waypoint"));
        QVERIFY(test::writeFile(file, {}));
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(Migrator::currentVersion(journal->database()), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "tst_journal.moc"
