// Entries, tags, revisions and attachments as the user sees them come back.

#include "TestSupport.h"
#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/DerivedData.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "sql/Sql.h"

#include <QSignalSpy>
#include <QtTest>
#include <ctime>
#include <thread>

using namespace waypoint;

class EntryStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
    QDateTime m_now;

    Entry make(QDate date, const QString &title, const QString &body, const QStringList &tags = {})
    {
        return test::addEntry(*m_store, date, title, body, tags);
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_journal = Journal::open(m_dir.filePath(QStringLiteral("j%1.waypoint").arg(++n)), {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        m_journal->setClock([this] { return m_now; });
        m_store = std::make_unique<EntryStore>(*m_journal);
    }
    void cleanup()
    {
        m_store.reset();
        m_journal.reset();
    }

    void chineseAndEmojiComeBackExactly()
    {
        const QString body = QStringLiteral("# 三年后 🎯\n\n今天读完了《语言学的邀请》- 进度 288/288 ✅\n"
                                            "k8s 集群升级；𠀋 (CJK Ext-B)\n");
        const Entry created = make(QDate(2022, 3, 14), QStringLiteral("三年后 🎯"), body,
                                   {QStringLiteral("读书"), QStringLiteral("k8s")});
        QVERIFY(!created.uuid.isEmpty());
        const auto found = m_store->find(created.id);
        QVERIFY(found);
        QCOMPARE(found->body, body);
        QCOMPARE(found->title, QStringLiteral("三年后 🎯"));
        QCOMPARE(found->tags, (QStringList{QStringLiteral("读书"), QStringLiteral("k8s")}));
        QCOMPARE(found->date, QDate(2022, 3, 14));
        QCOMPARE(found->created, m_now);
        const auto listed = m_store->list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().chars, qint64(body.toUcs4().size()));
    }

    void datesStayAsWrittenInEveryTimeZone()
    {
        const QByteArray oldTz = qgetenv("TZ");
        for (const char *zone : {"Pacific/Kiritimati", "America/Los_Angeles", "Asia/Shanghai", "UTC"}) {
            qputenv("TZ", zone);
            tzset();
            // Late evening and just after midnight local time.
            for (const QTime time : {QTime(23, 59), QTime(0, 1)}) {
                m_now = QDateTime(QDate(2022, 3, 14), time).toUTC();
                const Entry entry = make(QDate(2022, 3, 14), QString::fromLatin1(zone), {});
                QCOMPARE(m_store->find(entry.id)->date, QDate(2022, 3, 14));
                QCOMPARE(sql::scalar(m_journal->database(),
                                     QStringLiteral("SELECT entry_date FROM entries WHERE id = ?"),
                                     {entry.id})
                             .toString(),
                         QStringLiteral("2022-03-14"));
            }
        }
        qputenv("TZ", oldTz);
        tzset();
        QCOMPARE(m_store->list({QDate(2022, 3, 14), QDate(2022, 3, 14), {}, -1}).size(), 8);
    }

    void severalEntriesShareADateNewestFirst()
    {
        const QDate day(2023, 5, 1);
        make(day, QStringLiteral("早上"), QStringLiteral("a"));
        make(day, QStringLiteral("中午"), QStringLiteral("b"));
        make(day.addDays(-1), QStringLiteral("昨天"), QStringLiteral("c"));
        make(day, QStringLiteral("晚上"), QStringLiteral("d"));
        QStringList titles;
        for (const EntrySummary &s : m_store->list())
            titles << s.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("晚上"), QStringLiteral("中午"),
                                      QStringLiteral("早上"), QStringLiteral("昨天")}));
        QCOMPARE(*m_store->newestOn(day), m_store->list().first().id);
    }

    void tagsAreCleanedKeptInOrderAndForgottenWhenUnused()
    {
        Entry entry = make(QDate(2022, 1, 1), QStringLiteral("t"), QStringLiteral("x"),
                           {QStringLiteral(" #Go "), QStringLiteral("读书"), QStringLiteral("go"),
                            QStringLiteral(""), QStringLiteral("运维")});
        QCOMPARE(m_store->find(entry.id)->tags,
                 (QStringList{QStringLiteral("Go"), QStringLiteral("读书"), QStringLiteral("运维")}));
        make(QDate(2022, 1, 2), QStringLiteral("u"), QStringLiteral("y"), {QStringLiteral("GO")});
        const QList<TagCount> counts = m_store->tagCounts();
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.first().name, QStringLiteral("Go"));
        QCOMPARE(counts.first().entries, 2);

        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        entry.tags = {QStringLiteral("go")};
        QVERIFY(m_store->update(entry));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<ChangeSet>().tags);
        QCOMPARE(m_store->tagCounts().size(), 1); // 读书 and 运维 are gone with their last entry
        QCOMPARE(m_store->list({{}, {}, QStringLiteral("GO"), -1}).size(), 2);
    }

    void listFiltersByDatesAndTag()
    {
        make(QDate(2021, 12, 31), QStringLiteral("a"), {}, {QStringLiteral("年度总结")});
        make(QDate(2022, 1, 1), QStringLiteral("b"), {});
        make(QDate(2022, 6, 1), QStringLiteral("c"), {}, {QStringLiteral("年度总结")});
        make(QDate(2023, 1, 1), QStringLiteral("d"), {});
        QCOMPARE(m_store->list({QDate(2022, 1, 1), QDate(2022, 12, 31), {}, -1}).size(), 2);
        QCOMPARE(m_store->list({QDate(2022, 1, 1), {}, QStringLiteral("年度总结"), -1}).size(), 1);
        QCOMPARE(m_store->list({{}, {}, {}, 1}).first().title, QStringLiteral("d"));
        const QList<MonthCount> months = m_store->monthCounts();
        QCOMPARE(months.size(), 4);
        QCOMPARE(months.first().year, 2023);
        QCOMPARE(m_store->datesWithEntries(QDate(2022, 1, 1), QDate(2022, 12, 31)),
                 (QSet<QDate>{QDate(2022, 1, 1), QDate(2022, 6, 1)}));
    }

    void revisionsKeepThePreviousTextAtMostOncePerTenMinutes()
    {
        Entry entry = make(QDate(2024, 2, 2), QStringLiteral("草稿"), QStringLiteral("v1"));
        entry.body = QStringLiteral("v2");
        QVERIFY(m_store->update(entry));
        QCOMPARE(m_store->revisions(entry.id).size(), 1);
        QCOMPARE(m_store->revisions(entry.id).first().body, QStringLiteral("v1"));

        // Autosave while typing: many saves within ten minutes add nothing.
        for (int minute = 1; minute <= 9; ++minute) {
            m_now = m_now.addSecs(60);
            entry.body = QStringLiteral("v2 typing %1").arg(minute);
            QVERIFY(m_store->update(entry));
        }
        QCOMPARE(m_store->revisions(entry.id).size(), 1);

        m_now = m_now.addSecs(2 * 60);
        entry.body = QStringLiteral("v3");
        QVERIFY(m_store->update(entry));
        const QList<Revision> revisions = m_store->revisions(entry.id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.first().body, QStringLiteral("v2 typing 9"));

        // Saving what is already stored is not a change.
        QVERIFY(!m_store->update(entry));
        // Only tags changing keeps no revision of the text.
        entry.tags = {QStringLiteral("x")};
        m_now = m_now.addSecs(3600);
        QVERIFY(m_store->update(entry));
        QCOMPARE(m_store->revisions(entry.id).size(), 2);
    }

    void deleteCanBeUndoneExactly()
    {
        Entry entry = make(QDate(2020, 2, 29), QStringLiteral("闰日"), QStringLiteral("old"),
                           {QStringLiteral("life")});
        entry.body = QStringLiteral("new");
        m_store->update(entry);
        const Entry before = *m_store->find(entry.id);
        QSignalSpy changed(&m_journal->changes(), &JournalChanges::changed);
        const DeletedEntry deleted = m_store->remove(entry.id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeSet>().removed, QList<qint64>{entry.id});
        QVERIFY(!m_store->find(entry.id));
        QVERIFY(m_store->tagCounts().isEmpty());

        m_store->restore(deleted);
        const auto after = m_store->find(entry.id);
        QVERIFY(after);
        QCOMPARE(after->uuid, before.uuid);
        QCOMPARE(after->body, before.body);
        QCOMPARE(after->tags, before.tags);
        QCOMPARE(after->created, before.created);
        QCOMPARE(m_store->revisions(entry.id).size(), 1);
        QCOMPARE(m_store->revisions(entry.id).first().body, QStringLiteral("old"));
    }

    void undoAfterTheRowIdWasReusedStillRestores()
    {
        const Entry entry = make(QDate(2022, 5, 1), QStringLiteral("newest"), QStringLiteral("text"));
        const DeletedEntry deleted = m_store->remove(entry.id);
        // SQLite hands the freed id to the next entry.
        const Entry next = make(QDate(2022, 5, 2), QStringLiteral("next"), QStringLiteral("other"));
        const qint64 restored = m_store->restore(deleted);
        QVERIFY(restored != next.id);
        QCOMPARE(m_store->find(restored)->uuid, entry.uuid);
        QCOMPARE(m_store->find(next.id)->body, QStringLiteral("other"));
        QCOMPARE(m_store->count(), 2);
    }

    // Data kept from entries' text is written in the entry's transaction: a
    // kind that fails takes the whole save back with it, and what a kind
    // keeps of a deleted entry comes back with undo.
    void derivedDataIsWrittenWithTheEntryOrNotAtAll()
    {
        struct Words : DerivedData
        {
            QHash<qint64, qsizetype> *lengths;
            bool *fail;
            QString name() const override { return QStringLiteral("words"); }
            void written(const QSqlDatabase &, const Entry *, const Entry &entry, const QDateTime &,
                         ChangeSet &) override
            {
                if (*fail)
                    throw DatabaseError(QStringLiteral("disk full"));
                lengths->insert(entry.id, entry.body.size());
            }
            QVariant removing(const QSqlDatabase &, const Entry &entry, ChangeSet &) override
            {
                return QVariant::fromValue(lengths->take(entry.id));
            }
            void restored(const QSqlDatabase &, const Entry &entry, const QVariant &kept,
                          const QDateTime &, ChangeSet &) override
            {
                lengths->insert(entry.id, kept.value<qsizetype>());
            }
        };
        QHash<qint64, qsizetype> lengths;
        bool fail = false;
        auto words = std::make_unique<Words>();
        words->lengths = &lengths;
        words->fail = &fail;
        m_store->addDerivedData(std::move(words));

        Entry entry = make(QDate(2026, 1, 2), QStringLiteral("一"), QStringLiteral("四个汉字"));
        QCOMPARE(lengths.value(entry.id), 4);

        fail = true;
        entry.body = QStringLiteral("不会保存");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_store->update(entry));
        QCOMPARE(m_store->find(entry.id)->body, QStringLiteral("四个汉字"));
        QVERIFY(m_store->list().size() == 1);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, make(QDate(2026, 1, 3), QString(), QStringLiteral("x")));
        QCOMPARE(m_store->count(), 1);
        fail = false;

        const DeletedEntry deleted = m_store->remove(entry.id);
        QVERIFY(!lengths.contains(entry.id));
        QVERIFY(deleted.kept.contains(QStringLiteral("words")));
        const qint64 back = m_store->restore(deleted);
        QCOMPARE(lengths.value(back), 4);
    }

    // Writes through another connection (the autosave writer's thread) are
    // heard on the journal's thread, in order; an import's writes, held in a
    // batch, are heard once.
    void changesFromEveryConnectionReachOneHub()
    {
        QSignalSpy heard(&m_journal->changes(), &JournalChanges::changed);
        const Entry entry = make(QDate(2026, 1, 2), QStringLiteral("一"), QStringLiteral("正文"));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.takeFirst().first().value<ChangeSet>().created, QList<qint64>{entry.id});

        std::thread writer([path = m_journal->path(), id = entry.id] {
            QString error;
            std::unique_ptr<Journal> other = Journal::attach(path, &error);
            if (!other)
                return;
            EntryStore store(*other);
            Entry changed = *store.find(id);
            changed.body = QStringLiteral("另一个线程写的");
            store.update(changed);
            changed.title = QStringLiteral("新标题");
            store.update(changed);
            JournalChanges::Batch batch(other->changes());
            for (int i = 0; i < 3; ++i)
                test::addEntry(store, QDate(2026, 1, 3), QString(), QStringLiteral("导入"));
        });
        writer.join();
        QVERIFY(heard.isEmpty()); // queued to this thread
        QTRY_COMPARE(heard.size(), 3);
        QCOMPARE(heard.at(0).first().value<ChangeSet>().rewritten, QList<qint64>{entry.id});
        QCOMPARE(heard.at(1).first().value<ChangeSet>().edited, QList<qint64>{entry.id});
        const ChangeSet imported = heard.at(2).first().value<ChangeSet>();
        QVERIFY(imported.everything);
        QCOMPARE(imported.created.size(), 3);
    }

    void findsByUuidPrefix()
    {
        const Entry a = make(QDate(2022, 1, 1), QStringLiteral("a"), {});
        const Entry b = make(QDate(2022, 1, 2), QStringLiteral("b"), {});
        QCOMPARE(m_store->findByUuid(a.uuid)->id, a.id);
        QCOMPARE(m_store->findByUuid(a.uuid.left(8).toUpper())->id, a.id);
        QVERIFY(!m_store->findByUuid(QStringLiteral("zzzz")));
        QVERIFY(!m_store->findByUuid(QStringLiteral("abc"))); // too short to mean one entry
        Q_UNUSED(b);
    }

    void anInvalidDateIsRefused()
    {
        Entry entry;
        entry.body = QStringLiteral("no date");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_store->create(entry));
        QCOMPARE(m_store->count(), 0);
        QVERIFY(!parseEntryDate(QStringLiteral("2022-02-30")).isValid());
        QVERIFY(!parseEntryDate(QStringLiteral("2022-3-14")).isValid());
        QCOMPARE(parseEntryDate(QStringLiteral("2022-03-14")), QDate(2022, 3, 14));
    }

    void attachmentsAreStoredOncePerContent()
    {
        AttachmentStore attachments(*m_journal);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'x');
        const QString key = attachments.add(png, QStringLiteral("image/png"), QStringLiteral("图.png"));
        QCOMPARE(key.size(), 64);
        QCOMPARE(attachments.add(png, QStringLiteral("image/png"), QStringLiteral("copy.png")), key);
        QCOMPARE(sql::scalar(m_journal->database(), QStringLiteral("SELECT count(*) FROM attachments"))
                     .toInt(),
                 1);
        const auto found = attachments.find(key);
        QVERIFY(found);
        QCOMPARE(found->data, png);
        QCOMPARE(found->originalName, QStringLiteral("图.png"));
    }
};

QTEST_GUILESS_MAIN(EntryStoreTest)
#include "tst_entrystore.moc"
