#include "GoalStore.h"

#include "EntryStore.h"
#include "sql/DatabaseError.h"
#include "Journal.h"
#include "sql/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace waypoint {

using namespace goals;

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? toEntryDateText(date) : QString();
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

void renumber(const QSqlDatabase &db, const QString &table, const QString &parentColumn,
              qint64 parent, qint64 moving, int position)
{
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?"
                                              " ORDER BY position, id")
                                   .arg(table, parentColumn),
                               {parent, moving});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    ids.insert(std::clamp<qsizetype>(position, 0, ids.size()), moving);
    for (qsizetype i = 0; i < ids.size(); ++i)
        sql::run(db, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table),
                 {int(i), ids.at(i)});
}

} // namespace

GoalStore::GoalStore(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}


QList<Plan> GoalStore::readPlans(const QString &condition, const QVariant &binding) const
{
    const QSqlDatabase db = m_journal.database();
    const QString statement =
        QStringLiteral("SELECT id, title, start, years, ended, coalesce(carried_from, 0),"
                       " coalesce(uuid, '') FROM goal_plans %1 ORDER BY start, id")
            .arg(condition);
    QSqlQuery query =
        binding.isValid() ? sql::run(db, statement, {binding}) : sql::run(db, statement);
    QList<Plan> plans;
    QHash<qint64, qsizetype> planIndex;
    while (query.next()) {
        Plan plan;
        plan.id = query.value(0).toLongLong();
        plan.title = query.value(1).toString();
        plan.start = parseEntryDate(query.value(2).toString());
        plan.years = query.value(3).toInt();
        plan.ended = parseEntryDate(query.value(4).toString());
        plan.carriedFrom = query.value(5).toLongLong();
        plan.uuid = query.value(6).toString();
        planIndex.insert(plan.id, plans.size());
        plans.append(plan);
    }
    if (plans.isEmpty())
        return plans;

    QHash<qint64, std::pair<qsizetype, qsizetype>> areaIndex; // area → (plan, area)
    QSqlQuery areas = sql::run(
        db, QStringLiteral("SELECT id, plan_id, name FROM goal_areas ORDER BY position, id"));
    while (areas.next()) {
        const auto plan = planIndex.find(areas.value(1).toLongLong());
        if (plan == planIndex.end())
            continue;
        Area area;
        area.id = areas.value(0).toLongLong();
        area.name = areas.value(2).toString();
        areaIndex.insert(area.id, {*plan, plans[*plan].areas.size()});
        plans[*plan].areas.append(area);
    }

    QHash<qint64, QList<Milestone>> milestones;
    QSqlQuery steps = sql::run(db, QStringLiteral("SELECT goal_id, id, title, done FROM"
                                                  " goal_milestones ORDER BY position, id"));
    while (steps.next())
        milestones[steps.value(0).toLongLong()].append(
            {steps.value(1).toLongLong(), steps.value(2).toString(), steps.value(3).toBool()});

    QSqlQuery goals = sql::run(
        db, QStringLiteral("SELECT g.id, g.plan_id, g.area_id, g.title, g.short_name, g.measure,"
                           " g.description, g.target, g.unit, g.current, g.status, g.target_date,"
                           " coalesce(g.carried_from, 0),"
                           " (SELECT count(*) FROM goal_links l WHERE l.goal_id = g.id)"
                           " FROM goals g ORDER BY g.position, g.id"));
    while (goals.next()) {
        const auto where = areaIndex.find(goals.value(2).toLongLong());
        if (where == areaIndex.end())
            continue;
        Goal goal;
        goal.id = goals.value(0).toLongLong();
        goal.planId = goals.value(1).toLongLong();
        goal.areaId = goals.value(2).toLongLong();
        goal.title = goals.value(3).toString();
        goal.shortName = goals.value(4).toString();
        goal.measure = measureFromName(goals.value(5).toString()).value_or(Measure::Text);
        goal.description = goals.value(6).toString();
        goal.target = goals.value(7).toDouble();
        goal.unit = goals.value(8).toString();
        goal.current = goals.value(9).toDouble();
        goal.status = statusFromName(goals.value(10).toString()).value_or(Status::Open);
        goal.targetDate = parseEntryDate(goals.value(11).toString());
        goal.carriedFrom = goals.value(12).toLongLong();
        goal.evidence = goals.value(13).toInt();
        goal.milestones = milestones.value(goal.id);
        plans[where->first].areas[where->second].goals.append(goal);
    }

    QHash<qint64, QList<ReviewScore>> scores;
    QSqlQuery scored = sql::run(db, QStringLiteral("SELECT review_id, goal_id,"
                                                   " coalesce(score, -1), note"
                                                   " FROM goal_review_scores"));
    while (scored.next())
        scores[scored.value(0).toLongLong()].append(
            {scored.value(1).toLongLong(), scored.value(2).toInt(), scored.value(3).toString()});
    QSqlQuery reviews = sql::run(
        db, QStringLiteral("SELECT r.id, r.plan_id, r.entry_id, r.review_date,"
                           " coalesce(r.score, -1) FROM goal_reviews r"
                           " ORDER BY r.review_date, r.id"));
    QList<std::pair<qsizetype, Review>> found;
    QList<qint64> reviewEntries;
    while (reviews.next()) {
        const auto plan = planIndex.find(reviews.value(1).toLongLong());
        if (plan == planIndex.end())
            continue;
        Review review;
        review.id = reviews.value(0).toLongLong();
        review.planId = reviews.value(1).toLongLong();
        review.entryId = reviews.value(2).toLongLong();
        review.date = parseEntryDate(reviews.value(3).toString());
        review.score = reviews.value(4).toInt();
        review.scores = scores.value(review.id);
        reviewEntries.append(review.entryId);
        found.append({*plan, review});
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(db, reviewEntries);
    for (auto &[plan, review] : found) {
        const auto entry = entries.constFind(review.entryId);
        if (entry == entries.cend())
            continue; // a review is removed with its entry
        review.entryUuid = entry->uuid;
        plans[plan].reviews.append(review);
    }
    // Reviews come oldest first: the last score given to a goal stays.
    for (Plan &plan : plans) {
        QHash<qint64, int> last;
        for (const Review &review : std::as_const(plan.reviews))
            for (const ReviewScore &score : review.scores)
                if (score.score >= 0)
                    last.insert(score.goalId, score.score);
        for (Area &area : plan.areas)
            for (Goal &goal : area.goals)
                goal.lastScore = last.value(goal.id, -1);
    }
    return plans;
}

QList<Plan> GoalStore::plans() const
{
    return readPlans({}, {});
}

std::optional<Plan> GoalStore::plan(qint64 id) const
{
    const QList<Plan> found = readPlans(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Plan>(found.constFirst());
}

std::optional<Plan> GoalStore::findPlan(const QString &idOrTitle, QString *error) const
{
    const QList<Plan> all = plans();
    bool isNumber = false;
    const qint64 id = idOrTitle.toLongLong(&isNumber);
    for (const Plan &plan : all)
        if ((isNumber && plan.id == id) || folded(plan.title) == folded(idOrTitle))
            return plan;
    *error = tr("%1: no such plan").arg(idOrTitle);
    return std::nullopt;
}

std::optional<Goal> GoalStore::findGoal(const QString &idOrShortName, QString *error) const
{
    bool isNumber = false;
    const qint64 id = idOrShortName.toLongLong(&isNumber);
    const QString name = idOrShortName.startsWith(QLatin1String("#goal/"))
                             ? idOrShortName.mid(6).toCaseFolded()
                             : idOrShortName.toCaseFolded();
    std::optional<Goal> found;
    for (const Plan &plan : plans()) // oldest first: a later plan's goal wins
        for (const Area &area : plan.areas)
            for (const Goal &goal : area.goals)
                if ((isNumber && goal.id == id) || goal.shortName == name)
                    found = goal;
    if (!found)
        *error = tr("%1: no such goal").arg(idOrShortName);
    return found;
}

qint64 GoalStore::addPlan(const QString &title, QDate start, int years, const QString &uuid)
{
    if (title.trimmed().isEmpty())
        throw DatabaseError(tr("A plan needs a title."));
    if (!start.isValid() || years < 1 || years > 20)
        throw DatabaseError(tr("A plan needs a start date and a span of 1 to 20 years."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const QSqlQuery insert = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO goal_plans (title, start, years, created_utc, uuid) VALUES (?, ?, ?, ?, ?)"),
        {title.trimmed(), toEntryDateText(start), years,
         m_journal.now().toString(Qt::ISODateWithMs),
         uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid});
    transaction.commit();
    reportChanged();
    return insert.lastInsertId().toLongLong();
}

void GoalStore::updatePlan(qint64 planId, const QString &title, QDate start, int years)
{
    if (title.trimmed().isEmpty() || !start.isValid() || years < 1 || years > 20)
        throw DatabaseError(tr("A plan needs a title, a start date and a span of 1 to 20 years."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db,
             QStringLiteral("UPDATE goal_plans SET title = ?, start = ?, years = ? WHERE id = ?"),
             {title.trimmed(), toEntryDateText(start), years, planId});
    transaction.commit();
    reportChanged();
}

void GoalStore::setPlanEnded(qint64 planId, QDate ended)
{
    sql::run(m_journal.database(), QStringLiteral("UPDATE goal_plans SET ended = ? WHERE id = ?"),
             {ended.isValid() ? toEntryDateText(ended) : QString(), planId});
    reportChanged();
}

void GoalStore::removePlan(qint64 planId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM goal_plans WHERE id = ?"), {planId});
    transaction.commit();
    reportChanged();
}

qint64 GoalStore::addArea(qint64 planId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw DatabaseError(tr("An area needs a name."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    QSqlQuery existing =
        sql::run(db, QStringLiteral("SELECT id, name FROM goal_areas WHERE plan_id = ?"), {planId});
    while (existing.next())
        if (folded(existing.value(1).toString()) == folded(trimmed))
            return existing.value(0).toLongLong();
    if (!sql::scalar(db, QStringLiteral("SELECT count(*) FROM goal_plans WHERE id = ?"), {planId})
             .toInt())
        throw DatabaseError(tr("The plan no longer exists."));
    const QSqlQuery insert =
        sql::run(db,
                 QStringLiteral(
                     "INSERT INTO goal_areas (plan_id, name, position) VALUES (?, ?,"
                     " (SELECT coalesce(max(position) + 1, 0) FROM goal_areas WHERE plan_id = ?))"),
                 {planId, trimmed, planId});
    transaction.commit();
    reportChanged();
    return insert.lastInsertId().toLongLong();
}

void GoalStore::renameArea(qint64 areaId, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw DatabaseError(tr("An area needs a name."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("UPDATE goal_areas SET name = ? WHERE id = ?"),
             {name.trimmed(), areaId});
    transaction.commit();
    reportChanged();
}

void GoalStore::removeArea(qint64 areaId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM goal_areas WHERE id = ?"), {areaId});
    transaction.commit();
    reportChanged();
}

void GoalStore::moveArea(qint64 areaId, int position)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const qint64 planId =
        sql::scalar(db, QStringLiteral("SELECT plan_id FROM goal_areas WHERE id = ?"), {areaId})
            .toLongLong();
    renumber(db, QStringLiteral("goal_areas"), QStringLiteral("plan_id"), planId, areaId, position);
    transaction.commit();
    reportChanged();
}

Goal GoalStore::addGoal(qint64 planId, const QString &area, Goal goal)
{
    goal.title = goal.title.trimmed();
    if (goal.title.isEmpty())
        throw DatabaseError(tr("A goal needs a title."));
    goal.shortName = shortNameFor(goal.shortName.isEmpty() ? goal.title : goal.shortName);
    if (goal.shortName.isEmpty())
        throw DatabaseError(
            tr("“%1” gives no short name: give one with letters or digits.").arg(goal.title));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    if (sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM goals WHERE plan_id = ? AND short_name = ?"),
            {planId, goal.shortName})
            .toInt())
        throw DatabaseError(tr("The plan has a goal called #goal/%1 already.").arg(goal.shortName));
    goal.planId = planId;
    goal.areaId = addArea(planId, area);
    const QSqlQuery insert = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO goals (plan_id, area_id, title, short_name, measure, description, target,"
            " unit, current, status, target_date, position, carried_from) VALUES (?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM goals WHERE area_id = "
            "?),"
            " ?)"),
        {planId, goal.areaId, goal.title, goal.shortName, measureName(goal.measure),
         goal.description, goal.target, goal.unit, goal.current, statusName(goal.status),
         dateText(goal.targetDate), goal.areaId,
         goal.carriedFrom ? QVariant(goal.carriedFrom) : QVariant(QMetaType::fromType<qint64>())});
    goal.id = insert.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < goal.milestones.size(); ++i)
        sql::run(
            db,
            QStringLiteral("INSERT INTO goal_milestones (goal_id, title, done, position)"
                           " VALUES (?, ?, ?, ?)"),
            {goal.id, goal.milestones.at(i).title, goal.milestones.at(i).done ? 1 : 0, int(i)});
    // Entries written before the goal existed may name it already.
    EntryStore::eachText(
        db,
        [&db](const Entry &entry) {
            syncEntry(db, entry.id, entry.date, entry.body);
            return true;
        },
        QStringLiteral("#goal/") + goal.shortName);
    transaction.commit();
    reportChanged();
    return goal;
}

void GoalStore::updateGoal(const Goal &goal)
{
    if (goal.title.trimmed().isEmpty())
        throw DatabaseError(tr("A goal needs a title."));
    const QString shortName = shortNameFor(goal.shortName);
    if (shortName.isEmpty())
        throw DatabaseError(tr("A goal needs a short name of letters or digits."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    if (sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM goals WHERE plan_id = (SELECT plan_id"
                                   " FROM goals WHERE id = ?) AND short_name = ? AND id <> ?"),
                    {goal.id, shortName, goal.id})
            .toInt())
        throw DatabaseError(tr("The plan has a goal called #goal/%1 already.").arg(shortName));
    sql::run(db,
             QStringLiteral("UPDATE goals SET title = ?, short_name = ?, measure = ?,"
                            " description = ?, target = ?, unit = ?, current = ?, status = ?,"
                            " target_date = ? WHERE id = ?"),
             {goal.title.trimmed(), shortName, measureName(goal.measure), goal.description,
              goal.target, goal.unit, goal.current, statusName(goal.status),
              dateText(goal.targetDate), goal.id});
    sql::run(db, QStringLiteral("DELETE FROM goal_milestones WHERE goal_id = ?"), {goal.id});
    for (qsizetype i = 0; i < goal.milestones.size(); ++i)
        sql::run(
            db,
            QStringLiteral("INSERT INTO goal_milestones (goal_id, title, done, position)"
                           " VALUES (?, ?, ?, ?)"),
            {goal.id, goal.milestones.at(i).title, goal.milestones.at(i).done ? 1 : 0, int(i)});
    transaction.commit();
    reportChanged();
}

void GoalStore::removeGoal(qint64 goalId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM goals WHERE id = ?"), {goalId});
    transaction.commit();
    reportChanged();
}

void GoalStore::moveGoal(qint64 goalId, qint64 areaId, int position)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const int samePlan =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM goals g JOIN goal_areas a"
                                   " ON a.plan_id = g.plan_id WHERE g.id = ? AND a.id = ?"),
                    {goalId, areaId})
            .toInt();
    if (!samePlan)
        throw DatabaseError(tr("A goal moves only between the areas of its own plan."));
    sql::run(db, QStringLiteral("UPDATE goals SET area_id = ? WHERE id = ?"), {areaId, goalId});
    renumber(db, QStringLiteral("goals"), QStringLiteral("area_id"), areaId, goalId, position);
    transaction.commit();
    reportChanged();
}

} // namespace waypoint
