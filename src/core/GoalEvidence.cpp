// Goals and the journal: links read from #goal/… tags, reviews read from
// review entries, evidence over time, the review draft, ending a plan.

#include "sql/DatabaseError.h"
#include "DerivedData.h"
#include "EntryStore.h"
#include "GoalStore.h"
#include "Journal.h"
#include "JournalChanges.h"
#include "sql/Sql.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace waypoint {

using namespace goals;

namespace {

// The goal a tag on an entry of `date` names: the one of the plan whose span
// holds the date, else of the newest plan that has the name.
qint64 goalNamed(const QSqlDatabase &db, const QString &shortName, QDate date)
{
    const QString day = toEntryDateText(date);
    return sql::scalar(
               db,
               QStringLiteral("SELECT g.id FROM goals g JOIN goal_plans p ON p.id = g.plan_id"
                              " WHERE g.short_name = ?"
                              " ORDER BY (p.start <= ? AND date(p.start, '+' || p.years"
                              " || ' years') > ?) DESC, p.start DESC, p.id DESC LIMIT 1"),
               {shortName, day, day})
        .toLongLong();
}

bool syncReview(const QSqlDatabase &db, qint64 entryId, QDate date,
                const std::optional<ParsedReview> &review)
{
    const qint64 existing =
        sql::scalar(db, QStringLiteral("SELECT id FROM goal_reviews WHERE entry_id = ?"), {entryId})
            .toLongLong();
    const bool planThere =
        review
        && sql::scalar(db, QStringLiteral("SELECT count(*) FROM goal_plans WHERE id = ?"),
                       {review->planId})
                   .toInt()
               > 0;
    if (!planThere) {
        if (existing)
            sql::run(db, QStringLiteral("DELETE FROM goal_reviews WHERE id = ?"), {existing});
        return existing != 0;
    }
    const QVariant none(QMetaType::fromType<int>());
    const QVariant score = review->score >= 0 ? QVariant(review->score) : none;
    qint64 id = existing;
    if (existing) {
        sql::run(db,
                 QStringLiteral("UPDATE goal_reviews SET plan_id = ?, review_date = ?, score = ?"
                                " WHERE id = ?"),
                 {review->planId, toEntryDateText(date), score, existing});
        sql::run(db, QStringLiteral("DELETE FROM goal_review_scores WHERE review_id = ?"),
                 {existing});
    } else {
        id = sql::run(db,
                      QStringLiteral("INSERT INTO goal_reviews (plan_id, entry_id, review_date,"
                                     " score) VALUES (?, ?, ?, ?)"),
                      {review->planId, entryId, toEntryDateText(date), score})
                 .lastInsertId()
                 .toLongLong();
    }
    for (const ParsedReview::GoalLine &line : review->goals) {
        const qint64 goal =
            sql::scalar(db,
                        QStringLiteral("SELECT id FROM goals WHERE plan_id = ? AND short_name = ?"),
                        {review->planId, line.shortName})
                .toLongLong();
        if (!goal)
            continue;
        sql::run(db,
                 QStringLiteral("INSERT OR REPLACE INTO goal_review_scores (review_id, goal_id,"
                                " score, note) VALUES (?, ?, ?, ?)"),
                 {id, goal, line.score >= 0 ? QVariant(line.score) : none, line.note});
    }
    return true;
}

} // namespace

bool GoalStore::syncEntry(const QSqlDatabase &db, qint64 entryId, QDate date, const QString &body)
{
    // A review names every goal it scores: that is not evidence for them.
    const std::optional<ParsedReview> review = parseReview(body);
    bool changed = syncReview(db, entryId, date, review);

    QSet<qint64> wanted;
    if (!review)
        for (const QString &name : goalTagsIn(body))
            if (const qint64 goal = goalNamed(db, name, date))
                wanted.insert(goal);
    QSet<qint64> linked;
    QSqlQuery query = sql::run(
        db, QStringLiteral("SELECT goal_id FROM goal_links WHERE entry_id = ?"), {entryId});
    while (query.next())
        linked.insert(query.value(0).toLongLong());
    for (qint64 goal : linked - wanted) {
        sql::run(db, QStringLiteral("DELETE FROM goal_links WHERE goal_id = ? AND entry_id = ?"),
                 {goal, entryId});
        changed = true;
    }
    for (qint64 goal : wanted - linked) {
        sql::run(db, QStringLiteral("INSERT INTO goal_links (goal_id, entry_id) VALUES (?, ?)"),
                 {goal, entryId});
        changed = true;
    }
    return changed;
}

bool GoalStore::entryHasLines(const QSqlDatabase &db, qint64 entryId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT (SELECT count(*) FROM goal_links WHERE entry_id = ?)"
                                      " + (SELECT count(*) FROM goal_reviews WHERE entry_id = ?)"),
                       {entryId, entryId})
               .toInt()
           > 0;
}

// The goal links and reviews as data derived from entries: read again
// whenever an entry's text or date changes.
class GoalStore::Links : public DerivedData
{
public:
    QString name() const override { return QStringLiteral("goals"); }

    void written(const QSqlDatabase &db, const Entry *before, const Entry &entry,
                 const QDateTime &, ChangeSet &changes) override
    {
        if (before && before->title == entry.title && before->body == entry.body
            && before->date == entry.date)
            return;
        if (syncEntry(db, entry.id, entry.date, entry.body))
            changes.goals = true;
    }

    QVariant removing(const QSqlDatabase &db, const Entry &entry, ChangeSet &changes) override
    {
        if (entryHasLines(db, entry.id))
            changes.goals = true;
        return {}; // the text is the record: restoring it links again
    }

    void restored(const QSqlDatabase &db, const Entry &entry, const QVariant &, const QDateTime &,
                  ChangeSet &changes) override
    {
        if (syncEntry(db, entry.id, entry.date, entry.body))
            changes.goals = true;
    }
};

std::unique_ptr<DerivedData> GoalStore::derivedData()
{
    return std::make_unique<Links>();
}

void GoalStore::reportChanged() const
{
    m_journal.changes().report(ChangeSet::ofGoals());
}

// Each link of the goals the statement selects, with its entry.
static QList<std::pair<qint64, EntryStore::Ref>> linkedEntries(const QSqlDatabase &db,
                                                               const QString &statement,
                                                               const QVariantList &values)
{
    QSqlQuery query = sql::run(db, statement, values);
    QList<std::pair<qint64, qint64>> links;
    QList<qint64> entryIds;
    while (query.next()) {
        links.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        entryIds.append(links.last().second);
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(db, entryIds);
    QList<std::pair<qint64, EntryStore::Ref>> found;
    found.reserve(links.size());
    for (const auto &[goalId, entryId] : std::as_const(links)) {
        const auto entry = entries.constFind(entryId);
        if (entry != entries.cend())
            found.append({goalId, *entry});
    }
    return found;
}

QHash<qint64, int> GoalStore::evidenceBetween(QDate from, QDate to) const
{
    QHash<qint64, int> counts;
    const auto links = linkedEntries(
        m_journal.database(), QStringLiteral("SELECT goal_id, entry_id FROM goal_links"), {});
    for (const auto &[goalId, entry] : links)
        if (entry.date >= from && entry.date <= to)
            ++counts[goalId];
    return counts;
}

QList<GoalStore::Evidence> GoalStore::evidence(qint64 goalId) const
{
    auto links = linkedEntries(
        m_journal.database(),
        QStringLiteral("SELECT goal_id, entry_id FROM goal_links WHERE goal_id = ?"), {goalId});
    std::sort(links.begin(), links.end(), [](const auto &a, const auto &b) {
        return EntryStore::newestFirst(a.second, b.second);
    });
    QList<Evidence> found;
    found.reserve(links.size());
    for (const auto &[goal, entry] : std::as_const(links))
        found.append({entry.id, entry.uuid, entry.date, entry.title});
    return found;
}

QList<std::pair<QDate, int>> GoalStore::evidenceByMonth(qint64 planId) const
{
    const std::optional<Plan> found = plan(planId);
    if (!found)
        return {};
    const auto links = linkedEntries(m_journal.database(),
                                     QStringLiteral("SELECT l.goal_id, l.entry_id FROM goal_links l"
                                                    " JOIN goals g ON g.id = l.goal_id"
                                                    " WHERE g.plan_id = ?"),
                                     {planId});
    // An entry that is evidence for several goals of the plan counts once.
    QHash<QString, QSet<qint64>> entriesByMonth;
    for (const auto &[goal, entry] : links)
        entriesByMonth[entry.date.toString(QStringLiteral("yyyy-MM"))].insert(entry.id);
    QList<std::pair<QDate, int>> months;
    const QDate last = std::min(found->end(), std::max(found->start, QDate::currentDate()));
    for (QDate month(found->start.year(), found->start.month(), 1); month <= last;
         month = month.addMonths(1))
        months.append(
            {month, int(entriesByMonth.value(month.toString(QStringLiteral("yyyy-MM"))).size())});
    return months;
}

qint64 GoalStore::endPlan(qint64 planId, QDate day, const QString &nextTitle)
{
    const std::optional<Plan> ending = plan(planId);
    if (!ending)
        throw DatabaseError(tr("The plan no longer exists."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("UPDATE goal_plans SET ended = ? WHERE id = ?"),
             {toEntryDateText(day), planId});
    qint64 next = 0;
    if (!nextTitle.trimmed().isEmpty()) {
        next = addPlan(nextTitle, day.addDays(1), ending->years);
        sql::run(db, QStringLiteral("UPDATE goal_plans SET carried_from = ? WHERE id = ?"),
                 {planId, next});
        for (const Area &area : ending->areas) {
            addArea(next, area.name);
            for (Goal goal : area.goals) {
                if (goal.status != Status::Open)
                    continue;
                goal.carriedFrom = goal.id;
                goal.milestones.removeIf([](const Milestone &m) { return m.done; });
                addGoal(next, area.name, goal);
            }
        }
    }
    transaction.commit();
    reportChanged();
    return next;
}

QString GoalStore::reviewDraft(qint64 planId, QDate day) const
{
    const std::optional<Plan> found = plan(planId);
    if (!found)
        throw DatabaseError(tr("The plan no longer exists."));
    const Plan &p = *found;
    QString text = reviewMarker(p.id) + QStringLiteral("\n\n");
    text += tr("# Review: %1 (%2 – %3)\n\n")
                .arg(p.title, toEntryDateText(p.start), toEntryDateText(p.end()));
    text += tr("%1% of the plan's time has passed (%2).\n\n")
                .arg(qRound(p.elapsed(day)))
                .arg(toEntryDateText(day));
    for (const Area &area : p.areas) {
        text += QStringLiteral("## %1\n\n").arg(area.name);
        if (!area.goals.isEmpty())
            text += tr("### Goals\n\n");
        for (const Goal &goal : area.goals) {
            QString line = QStringLiteral("- %1 #goal/%2 · ").arg(goal.title, goal.shortName);
            line += tr("%n entries", nullptr, goal.evidence);
            if (goal.progress() >= 0)
                line += tr(" · progress %1%").arg(qRound(goal.progress()));
            if (goal.status != Status::Open)
                line += QStringLiteral(" · ") + Names::status(goal.status);
            line += tr(" · score: __ · note: ");
            text += line + QLatin1Char('\n');
        }
        if (!area.goals.isEmpty())
            text += QLatin1Char('\n');
        text += tr("### Grew\n\n- \n\n### Fell short\n\n- \n\n### Next\n\n- \n\n");
    }
    text += tr("Overall score: __\n");
    return text;
}

} // namespace waypoint
