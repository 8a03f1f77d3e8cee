// Journals saved by every earlier version open in this one with what their
// user wrote: tests/fixtures/journals holds one of each schema version (see
// its README). And a journal made today has the schema an upgraded one has.

#include "TestSupport.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/Migrations.h"
#include "core/ReadingStore.h"
#include "sql/Sql.h"
#include "search/SearchIndex.h"
#include "core/Searcher.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

using namespace waypoint;

namespace {

// The 2×2 PNG the fixtures keep as an attachment (make-journals.sh).
const QByteArray fixturePng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73000000124944415478da6338"
    "a1a1a151718201420100221e050116c039c20000000049454e44ae426082");

QString fixture(int version)
{
    return QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/journals/v%1.waypoint").arg(version);
}

// sqlite_schema, one line per table, index and trigger, its SQL with white
// space made uniform (what a formatting change may move).
QStringList schemaOf(const QSqlDatabase &db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression aroundPunctuation(QStringLiteral(" ?([(),]) ?"));
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT type, name, tbl_name, sql"
                                                  " FROM sqlite_schema ORDER BY type, name"));
    QStringList lines;
    while (query.next()) {
        QString text = query.value(3).toString();
        text.replace(space, QStringLiteral(" "));
        text.replace(aroundPunctuation, QStringLiteral("\\1"));
        lines << QStringLiteral("%1 %2 on %3: %4")
                     .arg(query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), text.trimmed());
    }
    return lines;
}

QStringList titlesOf(const QList<SearchHit> &hits)
{
    QStringList titles;
    for (const SearchHit &hit : hits)
        titles << hit.title;
    return titles;
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A copy of the fixture, opened as the window opens a journal (which upgrades it).
    std::unique_ptr<Journal> openCopy(int version, const QString &name = {})
    {
        const QString copy = m_dir.filePath(
            name.isEmpty() ? QStringLiteral("copy-v%1.waypoint").arg(version) : name);
        QFile::remove(copy);
        if (!QFile::copy(fixture(version), copy))
            return nullptr;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto journal = Journal::open(copy, {}, &error);
        if (!journal)
            qWarning("%s", qPrintable(error));
        return journal;
    }

    static std::optional<Entry> entryTitled(EntryStore &store, const QString &title)
    {
        for (const EntrySummary &summary : store.list())
            if (summary.title == title)
                return store.find(summary.id);
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One fixture per version this build knows, the current one too.
        for (int version = 1; version <= Migrator::latestVersion(); ++version)
            QVERIFY2(QFile::exists(fixture(version)), qPrintable(fixture(version)));
    }

    void aJournalOfEachVersionOpensWithWhatWasWritten_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Migrator::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void aJournalOfEachVersionOpensWithWhatWasWritten()
    {
        QFETCH(int, version);
        auto journal = openCopy(version);
        QVERIFY(journal);
        QVERIFY2(!journal->isReadOnly(), qPrintable(journal->readOnlyReason()));
        const QSqlDatabase db = journal->database();
        QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QCOMPARE(search::SearchIndex::integrityProblem(db), QString());
        QVERIFY(!Migrator::hasPendingBackfills(db));

        // The entries, their dates and tags. Imports came with version 3,
        // goal reviews with version 5.
        EntryStore entries(*journal);
        QStringList expected{QStringLiteral("2016-03-14 读书笔记 [阅读, learning]"),
                             QStringLiteral("2017-08-23 三年之后 [总结]"),
                             QStringLiteral("2021-05-01 k8s 实践 [Kubernetes]")};
        if (version >= 3)
            expected << QStringLiteral("2018-01-01 Hello Hugo [Go]");
        if (version >= 5)
            expected << QStringLiteral("2022-01-02 三年计划回顾 []");
        QStringList listed;
        for (const EntrySummary &summary : entries.list())
            listed << QStringLiteral("%1 %2 [%3]")
                          .arg(summary.date.toString(Qt::ISODate), summary.title,
                               summary.tags.join(QStringLiteral(", ")));
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);

        // The draft the second save of an entry replaced.
        const std::optional<Entry> retrospective = entryTitled(entries, QStringLiteral("三年之后"));
        QVERIFY(retrospective);
        const QList<Revision> revisions = entries.revisions(retrospective->id);
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().title, QStringLiteral("三年之后（草稿）"));
        QCOMPARE(revisions.first().body, QStringLiteral("三年前定下的目标。\n"));
        QCOMPARE(revisions.first().saved, retrospective->updated);

        // The image the entry shows, as it was stored.
        const QString key = AttachmentStore::keyOf(fixturePng);
        QVERIFY(retrospective->body.contains(QStringLiteral("(attachment:%1)").arg(key)));
        const std::optional<Attachment> image = AttachmentStore(*journal).find(key);
        QVERIFY(image);
        QCOMPARE(image->data, fixturePng);
        QCOMPARE(image->mime, QStringLiteral("image/png"));
        QCOMPARE(image->originalName, QStringLiteral("架构图.png"));

        // Search, which version 1 did not have: Chinese words of two
        // characters and English words.
        Searcher searcher(db);
        QCOMPARE(titlesOf(searcher.search(QStringLiteral("调度"))),
                 QStringList{QStringLiteral("读书笔记")});
        QCOMPARE(titlesOf(searcher.search(QStringLiteral("运维"))),
                 QStringList{QStringLiteral("三年之后")});
        QCOMPARE(titlesOf(searcher.search(QStringLiteral("goroutine"))),
                 QStringList{QStringLiteral("读书笔记")});

        // An imported post keeps where it came from.
        if (version >= 3) {
            const QList<EntryStore::ImportedSource> sources = entries.importedSources();
            QCOMPARE(sources.size(), 1);
            QCOMPARE(sources.first().source, QStringLiteral("content/posts/hello.md"));
            QCOMPARE(sources.first().root, QStringLiteral("/home/li/blog"));
            QCOMPARE(entries.find(sources.first().id)->frontMatter,
                     QStringLiteral(R"({"description":"第一篇","slug":"hello"})"));
        }

        // The reading progress written in 2016: suggested from the text by
        // an upgrade from before the reading list; as the user left it after.
        ReadingStore reading(*journal);
        const QList<reading::Suggestion> pending =
            reading.suggestions(reading::Suggestion::State::Pending);
        QStringList suggested;
        for (const reading::Suggestion &suggestion : pending)
            suggested << QStringLiteral("%1 %2 %3/%4")
                             .arg(suggestion.date.toString(Qt::ISODate), suggestion.mention.title)
                             .arg(suggestion.mention.value)
                             .arg(suggestion.mention.total);
        suggested.sort();
        const QString ansiC = QStringLiteral("2016-03-14 The ANSI C Programming Language 83/236");
        if (version < 4) {
            QCOMPARE(suggested,
                     (QStringList{ansiC, QStringLiteral("2016-03-14 语言学的邀请 68/288")}));
            QVERIFY(reading.items().isEmpty());
        } else {
            QCOMPARE(suggested, QStringList{ansiC});
            const QList<reading::Item> items = reading.items();
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().title, QStringLiteral("语言学的邀请"));
            QCOMPARE(items.first().status, reading::Status::Reading);
            QCOMPARE(items.first().value, 68.0);
            QCOMPARE(items.first().total, 288.0);
            QCOMPARE(items.first().lastRead, QDate(2016, 3, 14));
            // An id to sync it by, given once.
            QVERIFY(!QUuid::fromString(items.first().uuid).isNull());
        }

        // Goal evidence: the #goal/k8s written in 2021. Before version 5
        // there were no goals; one added now finds the entry.
        GoalStore goals(*journal);
        if (version < 5) {
            QVERIFY(goals.plans().isEmpty());
            const qint64 plan = goals.addPlan(QStringLiteral("三年计划"), QDate(2021, 1, 1));
            goals::Goal k8s;
            k8s.title = QStringLiteral("学会 Kubernetes");
            k8s.shortName = QStringLiteral("k8s");
            goals.addGoal(plan, QStringLiteral("开发"), k8s);
        }
        QString error;
        const std::optional<goals::Goal> k8s = goals.findGoal(QStringLiteral("k8s"), &error);
        QVERIFY2(k8s, qPrintable(error));
        QVERIFY(!QUuid::fromString(goals.plans().constFirst().uuid).isNull());
        const QList<GoalStore::Evidence> evidence = goals.evidence(k8s->id);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().title, QStringLiteral("k8s 实践"));
        if (version >= 5) {
            const std::optional<goals::Plan> plan = goals.plan(k8s->planId);
            QVERIFY(plan);
            QCOMPARE(plan->reviews.size(), 1);
            QCOMPARE(plan->reviews.first().date, QDate(2022, 1, 2));
            QCOMPARE(plan->reviews.first().score, 60);
            QCOMPARE(plan->reviews.first().scores.size(), 1);
            QCOMPARE(plan->reviews.first().scores.first().score, 70);
            QCOMPARE(plan->reviews.first().scores.first().note, QStringLiteral("集群已上线"));
        }

        // And the journal takes new writing as one made today does.
        const Entry added = test::addEntry(entries, QDate(2026, 11, 30), QStringLiteral("继续"),
                                           QStringLiteral("- 《语言学的邀请》- 进度 120/288\n"
                                                          "复习 Kubernetes 网络。 #goal/k8s\n"));
        QCOMPARE(titlesOf(searcher.search(QStringLiteral("网络"))), QStringList{added.title});
        QCOMPARE(goals.evidence(k8s->id).size(), 2);
        QCOMPARE(reading.pendingCount(), int(pending.size()) + 1);
    }

    void aNewJournalHasTheSchemaOfAnUpgradedOne_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Migrator::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void aNewJournalHasTheSchemaOfAnUpgradedOne()
    {
        QFETCH(int, version);
        QString error;
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.waypoint").arg(version));
        auto created = Journal::open(fresh, {}, &error);
        QVERIFY2(created, qPrintable(error));
        auto upgraded = openCopy(version);
        QVERIFY(upgraded);
        const QStringList schema = schemaOf(created->database());
        QVERIFY(schema.size() > 40);
        QCOMPARE(schemaOf(upgraded->database()), schema);
    }

    void anOpenThatStoppedBeforeItsBackfillDoesItTheNextTime()
    {
        const QString name = QStringLiteral("stopped.waypoint");
        {
            // As if the process ended after the schema steps from version
            // 3, before the reading list was filled in.
            auto journal = openCopy(3, name);
            QVERIFY(journal);
            const QSqlDatabase db = journal->database();
            sql::run(db, QStringLiteral("DELETE FROM reading_mentions"));
            sql::run(db, QStringLiteral("INSERT INTO meta (key, value)"
                                        " VALUES ('backfill:reading-mentions', '4')"));
            QVERIFY(Migrator::hasPendingBackfills(db));
        }
        QString error;
        auto journal = Journal::open(m_dir.filePath(name), {}, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(!Migrator::hasPendingBackfills(journal->database()));
        QCOMPARE(ReadingStore(*journal).pendingCount(), 2);
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
