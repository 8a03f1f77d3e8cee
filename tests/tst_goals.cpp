// Goal plans as a user keeps them: areas and goals, entries linked by their
// #goal/… tags (and unlinked when the tag goes), reviews scored in their own
// text, plans ended with what is unfinished carried over.

#include "TestSupport.h"
#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/ReadingStore.h"
#include "core/Reviews.h"
#include "core/YearReview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::goals;

class GoalsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<GoalStore> m_goals;

    Entry write(QDate date, const QString &body)
    {
        return test::addEntry(*m_entries, date, QStringLiteral("日记"), body);
    }

    Goal goal(const QString &title, const QString &shortName = {})
    {
        Goal g;
        g.title = title;
        g.shortName = shortName;
        return g;
    }

    Goal find(const QString &shortName)
    {
        QString error;
        return m_goals->findGoal(shortName, &error).value_or(Goal{});
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_journal =
            Journal::open(m_dir.filePath(QStringLiteral("g%1.waypoint").arg(++n)), {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_entries = std::make_unique<EntryStore>(*m_journal);
        m_goals = std::make_unique<GoalStore>(*m_journal);
    }
    void cleanup()
    {
        m_goals.reset();
        m_entries.reset();
        m_journal.reset();
    }

    void shortNamesAndTags()
    {
        QCOMPARE(shortNameFor(QStringLiteral("精通 Golang")), QStringLiteral("精通-golang"));
        QCOMPARE(shortNameFor(QStringLiteral("Design a Distributed System!")),
                 QStringLiteral("design-a-distributed-system"));
        QCOMPARE(shortNameFor(QStringLiteral("独立设计分布式系统")),
                 QStringLiteral("独立设计分布式系统"));
        QCOMPARE(shortNameFor(QStringLiteral("？！")), QString());
        QCOMPARE(goalTagsIn(
                     QStringLiteral("今天看了调度器源码 #goal/k8s-source，还有 #goal/精通-golang\n"
                                    "#goal/k8s-source again, and a#goal/not-a-tag")),
                 QStringList({QStringLiteral("k8s-source"), QStringLiteral("精通-golang")}));
    }

    void plansAreasAndGoalsKeepTheirOrder()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2021, 1, 1));
        m_goals->addGoal(plan, QStringLiteral("开发"), goal(QStringLiteral("独立设计分布式系统")));
        m_goals->addGoal(plan, QStringLiteral("开发"), goal(QStringLiteral("精通 Golang")));
        m_goals->addGoal(plan, QStringLiteral("运维"), goal(QStringLiteral("完善监控体系")));
        QCOMPARE(m_goals->addArea(plan, QStringLiteral("开发")),
                 find(QStringLiteral("精通-golang")).areaId);
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            m_goals->addGoal(plan, QStringLiteral("运维"),
                             goal(QStringLiteral("x"), QStringLiteral("精通-golang"))));

        Plan read = *m_goals->plan(plan);
        QCOMPARE(read.end(), QDate(2023, 12, 31));
        QCOMPARE(read.areas.size(), 2);
        QCOMPARE(read.areas.at(0).name, QStringLiteral("开发"));
        QCOMPARE(read.areas.at(0).goals.at(1).title, QStringLiteral("精通 Golang"));

        // Dragged: the Go goal first, then into 运维; 运维 before 开发.
        const Goal go = find(QStringLiteral("精通-golang"));
        m_goals->moveGoal(go.id, go.areaId, 0);
        QCOMPARE(m_goals->plan(plan)->areas.at(0).goals.at(0).id, go.id);
        const qint64 ops = read.areas.at(1).id;
        m_goals->moveGoal(go.id, ops, 1);
        read = *m_goals->plan(plan);
        QCOMPARE(read.areas.at(0).goals.size(), 1);
        QCOMPARE(read.areas.at(1).goals.at(1).id, go.id);
        m_goals->moveArea(ops, 0);
        QCOMPARE(m_goals->plan(plan)->areas.at(0).name, QStringLiteral("运维"));

        // Not into another plan's area.
        const qint64 other = m_goals->addPlan(QStringLiteral("另一个"), QDate(2024, 1, 1));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            m_goals->moveGoal(go.id, m_goals->addArea(other, QStringLiteral("x")), 0));
    }

    void progressOfEachKindOfGoal()
    {
        Goal number = goal(QStringLiteral("读 24 本书"));
        number.measure = Measure::Number;
        number.target = 24;
        number.current = 6;
        QCOMPARE(number.progress(), 25.0);
        Goal list = goal(QStringLiteral("写一个调度器"));
        list.measure = Measure::Checklist;
        list.milestones = {{0, QStringLiteral("设计"), true}, {0, QStringLiteral("原型"), false}};
        QCOMPARE(list.progress(), 50.0);
        Goal words = goal(QStringLiteral("开拓视野"));
        QCOMPARE(words.progress(), -1.0);
        words.lastScore = 65; // as far as its last review scored it
        QCOMPARE(words.progress(), 65.0);
        words.lastScore = -1;
        words.status = Status::Done;
        QCOMPARE(words.progress(), 100.0);
        Area area;
        area.goals = {number, list, goal(QStringLiteral("open words"))};
        QCOMPARE(area.progress(), 37.5);
        Plan plan;
        plan.start = QDate(2021, 1, 1);
        plan.years = 3;
        QCOMPARE(qRound(plan.elapsed(QDate(2022, 7, 2))), 50);
    }

    void entriesLinkByTagAndUnlinkWhenItGoes()
    {
        // Written before the goal existed: linked when it is added.
        const Entry early =
            write(QDate(2021, 2, 1), QStringLiteral("读了 etcd 的 raft 实现 #goal/dist"));
        const qint64 plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2021, 1, 1));
        const Goal dist =
            m_goals->addGoal(plan, QStringLiteral("开发"),
                             goal(QStringLiteral("独立设计分布式系统"), QStringLiteral("dist")));
        QCOMPARE(find(QStringLiteral("dist")).evidence, 1);

        Entry later = write(QDate(2021, 3, 5), QStringLiteral("画了调度器的架构图\n\n#goal/dist"));
        QList<GoalStore::Evidence> evidence = m_goals->evidence(dist.id);
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(evidence.at(0).uuid, later.uuid); // newest first
        QCOMPARE(evidence.at(1).uuid, early.uuid);

        later.body = QStringLiteral("画了调度器的架构图");
        m_entries->update(later);
        QCOMPARE(m_goals->evidence(dist.id).size(), 1);
        m_entries->remove(early.id);
        QCOMPARE(m_goals->evidence(dist.id).size(), 0);
        // A tag naming no goal links nothing.
        write(QDate(2021, 3, 6), QStringLiteral("#goal/nothing-here"));
        QCOMPARE(find(QStringLiteral("dist")).evidence, 0);
    }

    void evidenceIsCountedByMonthAndBetweenDates()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("三年"), QDate(2021, 1, 1), 1);
        const Goal go = m_goals->addGoal(plan, QStringLiteral("开发"),
                                         goal(QStringLiteral("精通 Go"), QStringLiteral("go")));
        const Goal dist = m_goals->addGoal(
            plan, QStringLiteral("开发"), goal(QStringLiteral("分布式"), QStringLiteral("dist")));
        write(QDate(2021, 1, 10), QStringLiteral("#goal/go"));
        // Evidence for two goals of the plan: one entry in the month's count.
        write(QDate(2021, 3, 2), QStringLiteral("#goal/go #goal/dist"));
        write(QDate(2021, 3, 20), QStringLiteral("#goal/dist"));

        const QList<std::pair<QDate, int>> months = m_goals->evidenceByMonth(plan);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.at(0), std::make_pair(QDate(2021, 1, 1), 1));
        QCOMPARE(months.at(1), std::make_pair(QDate(2021, 2, 1), 0));
        QCOMPARE(months.at(2), std::make_pair(QDate(2021, 3, 1), 2));

        const QHash<qint64, int> march = m_goals->evidenceBetween(QDate(2021, 3, 1),
                                                                  QDate(2021, 3, 31));
        QCOMPARE(march.value(go.id), 1);
        QCOMPARE(march.value(dist.id), 2);
        const QHash<qint64, int> january = m_goals->evidenceBetween(QDate(2021, 1, 10),
                                                                    QDate(2021, 1, 10));
        QCOMPARE(january.value(go.id), 1);
        QVERIFY(!january.contains(dist.id));
    }

    void aReviewIsScoredInItsOwnText()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2021, 1, 1));
        m_goals->addGoal(plan, QStringLiteral("开发"),
                         goal(QStringLiteral("独立设计分布式系统"), QStringLiteral("dist")));
        m_goals->addGoal(plan, QStringLiteral("交流"),
                         goal(QStringLiteral("分享一次"), QStringLiteral("talk")));
        write(QDate(2021, 5, 1), QStringLiteral("#goal/dist 设计评审"));

        const QString draft = m_goals->reviewDraft(plan, QDate(2022, 7, 2));
        QVERIFY(draft.startsWith(reviewMarker(plan)));
        QVERIFY2(draft.contains(QStringLiteral("## 开发"))
                     && draft.contains(QStringLiteral("## 交流")),
                 qPrintable(draft));
        QVERIFY2(draft.contains(QStringLiteral("#goal/dist · 1 entries")), qPrintable(draft));
        QVERIFY2(draft.contains(QStringLiteral("50%")), qPrintable(draft)); // of the time passed

        // Not scored yet: a review with no scores.
        Entry review = write(QDate(2022, 7, 2), draft);
        Plan read = *m_goals->plan(plan);
        QCOMPARE(read.reviews.size(), 1);
        QCOMPARE(read.reviews.at(0).score, -1);
        QCOMPARE(find(QStringLiteral("dist")).evidence, 1); // the review is not evidence

        QString scored = draft;
        scored.replace(QStringLiteral("#goal/dist · 1 entries · score: __ · note: "),
                       QStringLiteral("#goal/dist · 1 entries · score: 70 · note: 原型已上线"));
        scored.replace(QStringLiteral("Overall score: __"), QStringLiteral("Overall score: 60"));
        review.body = scored;
        m_entries->update(review);
        read = *m_goals->plan(plan);
        QCOMPARE(read.reviews.at(0).score, 60);
        QCOMPARE(read.reviews.at(0).date, QDate(2022, 7, 2));
        const QList<ReviewScore> scores = read.reviews.at(0).scores;
        QCOMPARE(scores.size(), 2);
        const auto dist = std::find_if(scores.begin(), scores.end(), [&](const ReviewScore &s) {
            return s.goalId == find(QStringLiteral("dist")).id;
        });
        QCOMPARE(dist->score, 70);
        QCOMPARE(dist->note, QStringLiteral("原型已上线"));
        QCOMPARE(find(QStringLiteral("dist")).lastScore, 70);
        QCOMPARE(find(QStringLiteral("dist")).progress(), 70.0);

        // A second review, in Chinese: scores over time.
        write(QDate(2023, 12, 31),
              reviewMarker(plan)
                  + QStringLiteral("\n- 独立设计分布式系统 #goal/dist · 评分：85\n总评分：75\n"));
        read = *m_goals->plan(plan);
        QCOMPARE(read.reviews.size(), 2);
        QCOMPARE(read.reviews.at(1).score, 75);
        QCOMPARE(read.reviews.at(1).scores.constFirst().score, 85);

        // Deleting the review entry deletes the review.
        m_entries->remove(review.id);
        QCOMPARE(m_goals->plan(plan)->reviews.size(), 1);
    }

    void endingAPlanCarriesOverWhatIsUnfinished()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("三年"), QDate(2014, 8, 1));
        Goal django =
            m_goals->addGoal(plan, QStringLiteral("开发"),
                             goal(QStringLiteral("掌握 Django"), QStringLiteral("django")));
        django.status = Status::Done;
        m_goals->updateGoal(django);
        Goal ops = goal(QStringLiteral("自动化运维理念"), QStringLiteral("ops"));
        ops.measure = Measure::Checklist;
        ops.milestones = {{0, QStringLiteral("发布系统"), true},
                          {0, QStringLiteral("监控"), false}};
        m_goals->addGoal(plan, QStringLiteral("运维"), ops);
        write(QDate(2016, 1, 1), QStringLiteral("做完了发布系统 #goal/ops"));

        const qint64 next =
            m_goals->endPlan(plan, QDate(2017, 8, 24), QStringLiteral("下一个三年"));
        QVERIFY(next > 0);
        const Plan ended = *m_goals->plan(plan);
        QCOMPARE(ended.ended, QDate(2017, 8, 24));
        const Plan started = *m_goals->plan(next);
        QCOMPARE(started.start, QDate(2017, 8, 25));
        QCOMPARE(started.years, 3);
        QCOMPARE(started.carriedFrom, plan);
        QCOMPARE(started.areas.size(), 2); // both areas; only the open goal
        QCOMPARE(started.areas.at(0).goals.size(), 0);
        const Goal carried = started.areas.at(1).goals.at(0);
        QCOMPARE(carried.title, QStringLiteral("自动化运维理念"));
        QCOMPARE(carried.carriedFrom, ended.areas.at(1).goals.at(0).id);
        QCOMPARE(carried.milestones.size(), 1); // what is left of it
        QCOMPARE(carried.evidence, 0);          // the old entry stays the old goal's

        // A tag names the goal of the plan its entry's date falls in.
        write(QDate(2018, 3, 1), QStringLiteral("告警收敛做完了 #goal/ops"));
        QCOMPARE(m_goals->plan(next)->areas.at(1).goals.at(0).evidence, 1);
        QCOMPARE(m_goals->plan(plan)->areas.at(1).goals.at(0).evidence, 1);
    }

    // The window's and the command line's "save as an entry" are one use
    // case: a plan's review is an entry of that day that is the plan's
    // review; the year in review carries its heatmap, dated within its year.
    void reviewsAreSavedAsEntriesTheSameFromEverywhere()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2024, 1, 1));
        m_goals->addGoal(plan, QStringLiteral("开发"),
                         goal(QStringLiteral("独立设计分布式系统"), QStringLiteral("dist")));
        const Entry review = Reviews::savePlanReview(*m_journal, plan, QDate(2025, 6, 30));
        QCOMPARE(review.date, QDate(2025, 6, 30));
        QCOMPARE(review.title, QStringLiteral("Review: 下一个三年"));
        QCOMPARE(m_goals->plan(plan)->reviews.size(), 1);
        QCOMPARE(m_goals->plan(plan)->reviews.at(0).entryUuid, review.uuid);
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 Reviews::savePlanReview(*m_journal, plan + 99, QDate(2025, 7, 1)));
        QCOMPARE(m_entries->count(), 1);

        QCOMPARE(Reviews::yearInReviewDate(2025, QDate(2026, 1, 5)), QDate(2025, 12, 31));
        QCOMPARE(Reviews::yearInReviewDate(2026, QDate(2026, 12, 2)), QDate(2026, 12, 2));
        QCOMPARE(Reviews::yearInReviewDate(2027, QDate(2026, 12, 2)), QDate(2027, 1, 1));
        const Entry year = Reviews::saveYearInReview(*m_journal, 2025, QDate(2026, 1, 5));
        QCOMPARE(year.date, QDate(2025, 12, 31));
        QCOMPARE(year.title, QStringLiteral("2025 in review"));
        const qsizetype at = year.body.indexOf(QStringLiteral("attachment:"));
        QVERIFY(at >= 0);
        const QString key = year.body.mid(at + 11, 64);
        QVERIFY(AttachmentStore(*m_journal).find(key).has_value());
    }

    void theYearInReviewCountsWhatTheJournalHolds()
    {
        const qint64 plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2024, 1, 1));
        m_goals->addGoal(plan, QStringLiteral("开发"),
                         goal(QStringLiteral("独立设计分布式系统"), QStringLiteral("dist")));
        m_goals->addGoal(plan, QStringLiteral("运维"),
                         goal(QStringLiteral("完善监控"), QStringLiteral("mon")));
        const QStringList bodies = {
            QStringLiteral("新年第一天 #goal/dist"),
            QStringLiteral("写调度器原型 #goal/dist"),
            QStringLiteral("接入告警 #goal/mon"),
            QStringLiteral("三月的一天，读书"),
        };
        test::addEntry(*m_entries, QDate(2024, 3, 14), QStringLiteral("去年今天"),
                       QStringLiteral("旧"));
        test::addEntry(*m_entries, QDate(2025, 1, 1), QStringLiteral("元旦"), bodies.at(0),
                       {QStringLiteral("work")});
        test::addEntry(*m_entries, QDate(2025, 1, 2), QStringLiteral("二"), bodies.at(1),
                       {QStringLiteral("work"), QStringLiteral("go")});
        test::addEntry(*m_entries, QDate(2025, 1, 3), QStringLiteral("三"), bodies.at(2));
        test::addEntry(*m_entries, QDate(2025, 3, 14), QStringLiteral("白色情人节"), bodies.at(3),
                       {QStringLiteral("go")});
        const QString reviewText =
            reviewMarker(plan)
            + QStringLiteral("\n- 独立设计分布式系统 #goal/dist · 评分：70\n总评分：65\n");
        test::addEntry(*m_entries, QDate(2025, 12, 31), QStringLiteral("复盘"), reviewText);
        test::addEntry(*m_entries, QDate(2026, 1, 1), QStringLiteral("明年"),
                       QStringLiteral("#goal/dist"));

        ReadingStore reading(*m_journal);
        reading::Item book;
        book.title = QStringLiteral("数据密集型应用系统设计");
        book.total = 560;
        book = reading.addItem(book);
        reading.logProgress(book.id, {reading::Notation::ItemUnit, 560, 0}, QDate(2025, 6, 30));
        reading::Item course;
        course.title = QStringLiteral("分布式协议与算法实战");
        course.kind = reading::Kind::Course;
        course.unit = reading::Unit::Percent;
        course = reading.addItem(course);
        reading.logProgress(course.id, {reading::Notation::Percent, 40, 100}, QDate(2025, 9, 1));

        const YearReview y = YearReview::of(*m_journal, 2025);
        QCOMPARE(y.entries, 5);
        qint64 characters = reviewText.size();
        for (const QString &body : bodies)
            characters += body.size();
        QCOMPARE(y.characters, characters);
        QCOMPARE(y.activeDays, 5);
        QCOMPARE(y.longestStreak, 3);
        QCOMPARE(y.perDay.value(QDate(2025, 1, 2)), 1);
        QCOMPARE(y.topMonths.size(), 3);
        QCOMPARE(y.topMonths.at(0).name, QStringLiteral("2025-01"));
        QCOMPARE(y.topMonths.at(0).count, 3);
        QCOMPARE(y.topTags.at(0).name, QStringLiteral("go")); // 2 each: by name
        QCOMPARE(y.topTags.at(0).count, 2);
        QCOMPARE(y.topTags.at(1).name, QStringLiteral("work"));
        QCOMPARE(y.finished.size(), 1);
        QCOMPARE(y.finished.at(0).title, book.title);
        QCOMPARE(y.finished.at(0).date, QDate(2025, 6, 30));
        QCOMPARE(y.reading.size(), 1);
        QCOMPARE(y.reading.at(0).progress, QStringLiteral("40%"));
        QCOMPARE(y.goals.size(), 2);
        QCOMPARE(y.goals.at(0).shortName, QStringLiteral("dist"));
        QCOMPARE(y.goals.at(0).evidence, 2); // not the review, not 2026
        QCOMPARE(y.goals.at(0).score, 70);
        QCOMPARE(y.goals.at(1).evidence, 1);
        QCOMPARE(y.goals.at(1).score, -1);
        QCOMPARE(y.onThisDay.size(), 1);
        QCOMPARE(y.onThisDay.at(0).earlierDate, QDate(2024, 3, 14));

        const QString draft = y.markdown(QStringLiteral("attachment:abc"));
        QVERIFY2(draft.contains(QStringLiteral("!["))
                     && draft.contains(QStringLiteral("(attachment:abc)")),
                 qPrintable(draft));
        QVERIFY2(draft.contains(QStringLiteral("《数据密集型应用系统设计》")), qPrintable(draft));
        QVERIFY2(draft.contains(QStringLiteral("独立设计分布式系统")), qPrintable(draft));
        const QByteArray svg = y.heatmapSvg();
        QVERIFY(svg.startsWith("<svg"));
        QCOMPARE(svg.count("<rect"), 365);
        QVERIFY(svg.contains("<title>2025-01-02: 1</title>"));
    }
};

QTEST_GUILESS_MAIN(GoalsTest)
#include "tst_goals.moc"
