#include "GoalMirror.h"

#include "Mirror.h"

#include "core/Entry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace waypoint::sync::goalMirror {

using namespace goals;

namespace {

const QString prefix = QStringLiteral("plan:");

QString tr(const char *text)
{
    return QCoreApplication::translate("GoalMirror", text);
}

QString dateText(QDate date)
{
    return date.isValid() ? toEntryDateText(date) : QString();
}

QJsonObject goalObject(const Goal &goal, const QString &area)
{
    QJsonArray milestones;
    for (const Milestone &milestone : goal.milestones)
        milestones.append(QJsonObject{{QStringLiteral("title"), milestone.title},
                                      {QStringLiteral("done"), milestone.done}});
    return {
        {QStringLiteral("tag"), goal.shortName},
        {QStringLiteral("area"), area},
        {QStringLiteral("title"), goal.title},
        {QStringLiteral("measure"), measureName(goal.measure)},
        {QStringLiteral("description"), goal.description},
        {QStringLiteral("target"), goal.target},
        {QStringLiteral("unit"), goal.unit},
        {QStringLiteral("current"), goal.current},
        {QStringLiteral("status"), statusName(goal.status)},
        {QStringLiteral("target_date"), dateText(goal.targetDate)},
        {QStringLiteral("milestones"), milestones},
    };
}

Goal goalOf(const QJsonObject &object)
{
    Goal goal;
    goal.shortName = object.value(QStringLiteral("tag")).toString();
    goal.title = object.value(QStringLiteral("title")).toString();
    goal.measure =
        measureFromName(object.value(QStringLiteral("measure")).toString()).value_or(Measure::Text);
    goal.description = object.value(QStringLiteral("description")).toString();
    goal.target = object.value(QStringLiteral("target")).toDouble();
    goal.unit = object.value(QStringLiteral("unit")).toString();
    goal.current = object.value(QStringLiteral("current")).toDouble();
    goal.status =
        statusFromName(object.value(QStringLiteral("status")).toString()).value_or(Status::Open);
    goal.targetDate = parseEntryDate(object.value(QStringLiteral("target_date")).toString());
    for (const QJsonValue &value : object.value(QStringLiteral("milestones")).toArray())
        goal.milestones.append({0, value.toObject().value(QStringLiteral("title")).toString(),
                                value.toObject().value(QStringLiteral("done")).toBool()});
    return goal;
}

QJsonObject planFields(const Plan &plan)
{
    return {
        {QStringLiteral("uuid"), plan.uuid},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("start"), dateText(plan.start)},
        {QStringLiteral("years"), plan.years},
        {QStringLiteral("ended"), dateText(plan.ended)},
    };
}

// The goals by tag, each with its area.
QHash<QString, QJsonObject> goalsOf(const Plan &plan)
{
    QHash<QString, QJsonObject> found;
    for (const Area &area : plan.areas)
        for (const Goal &goal : area.goals)
            found.insert(goal.shortName, goalObject(goal, area.name));
    return found;
}

QStringList areaNames(const Plan &plan)
{
    QStringList names;
    for (const Area &area : plan.areas)
        names.append(area.name);
    return names;
}

Plan planOf(const QJsonObject &fields, const QStringList &areas, const QList<QJsonObject> &goals)
{
    Plan plan;
    plan.uuid = fields.value(QStringLiteral("uuid")).toString().toLower();
    plan.title = fields.value(QStringLiteral("title")).toString();
    plan.start = parseEntryDate(fields.value(QStringLiteral("start")).toString());
    plan.years = fields.value(QStringLiteral("years")).toInt(3);
    plan.ended = parseEntryDate(fields.value(QStringLiteral("ended")).toString());
    QStringList names = areas;
    for (const QJsonObject &goal : goals)
        if (!names.contains(goal.value(QStringLiteral("area")).toString()))
            names.append(goal.value(QStringLiteral("area")).toString());
    for (const QString &name : std::as_const(names)) {
        Area area;
        area.name = name;
        for (const QJsonObject &goal : goals)
            if (goal.value(QStringLiteral("area")).toString() == name)
                area.goals.append(goalOf(goal));
        plan.areas.append(area);
    }
    return plan;
}

} // namespace

QString key(const QString &uuid)
{
    return prefix + uuid;
}

bool isKey(const QString &key)
{
    return key.startsWith(prefix);
}

QString path(const Plan &plan)
{
    return mirror::recordPath(QStringLiteral("goals"), plan.title, plan.uuid);
}

bool isPath(const QString &path)
{
    return path.startsWith(QLatin1String("goals/")) && path.endsWith(QLatin1String(".json"))
           && path.count(QLatin1Char('/')) == 1;
}

QByteArray file(const Plan &plan)
{
    QJsonObject object = planFields(plan);
    object.insert(QStringLiteral("areas"), QJsonArray::fromStringList(areaNames(plan)));
    QJsonArray goals;
    for (const Area &area : plan.areas)
        for (const Goal &goal : area.goals)
            goals.append(goalObject(goal, area.name));
    object.insert(QStringLiteral("goals"), goals);
    // Keys in a fixed (sorted) order, one a line.
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Plan> parse(const QByteArray &file, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (!document.isObject()) {
        *error = tr("it is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    QStringList areas;
    for (const QJsonValue &area : object.value(QStringLiteral("areas")).toArray())
        areas.append(area.toString());
    QList<QJsonObject> goals;
    for (const QJsonValue &goal : object.value(QStringLiteral("goals")).toArray())
        if (!goal.toObject().value(QStringLiteral("tag")).toString().isEmpty())
            goals.append(goal.toObject());
    Plan plan = planOf(object, areas, goals);
    plan.uuid = mirror::canonicalUuid(plan.uuid);
    if (plan.uuid.isEmpty()) {
        *error = tr("it has no valid uuid");
        return std::nullopt;
    }
    if (plan.title.trimmed().isEmpty() || !plan.start.isValid()) {
        *error = tr("it has no title or start date");
        return std::nullopt;
    }
    return plan;
}

Plan merge(const std::optional<Plan> &base, const Plan &ours, const Plan &theirs)
{
    const QJsonObject was = base ? planFields(*base) : QJsonObject();
    const QJsonObject mine = planFields(ours);
    const QJsonObject other = planFields(theirs);
    QJsonObject fields = mine;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        if (base && it.value() == was.value(it.key()))
            fields.insert(it.key(), other.value(it.key()));

    const QStringList wasAreas = base ? areaNames(*base) : QStringList();
    QStringList areas;
    for (const QString &name : areaNames(ours))
        if (areaNames(theirs).contains(name) || !wasAreas.contains(name))
            areas.append(name);
    for (const QString &name : areaNames(theirs))
        if (!areas.contains(name) && !wasAreas.contains(name))
            areas.append(name);

    const QHash<QString, QJsonObject> before =
        base ? goalsOf(*base) : QHash<QString, QJsonObject>();
    const QHash<QString, QJsonObject> here = goalsOf(ours);
    const QHash<QString, QJsonObject> there = goalsOf(theirs);
    QList<QJsonObject> goals;
    QStringList order;
    for (const Area &area : ours.areas)
        for (const Goal &goal : area.goals)
            order.append(goal.shortName);
    for (const Area &area : theirs.areas)
        for (const Goal &goal : area.goals)
            if (!order.contains(goal.shortName))
                order.append(goal.shortName);
    for (const QString &tag : std::as_const(order)) {
        const bool wasThere = before.contains(tag);
        const auto mineGoal = here.constFind(tag);
        const auto otherGoal = there.constFind(tag);
        if (mineGoal != here.cend() && otherGoal != there.cend()) {
            // Each field of the goal: one side's change is taken.
            QJsonObject goal = *mineGoal;
            const QJsonObject old = before.value(tag);
            for (auto it = mineGoal->constBegin(); it != mineGoal->constEnd(); ++it)
                if (wasThere && it.value() == old.value(it.key()))
                    goal.insert(it.key(), otherGoal->value(it.key()));
            goals.append(goal);
        } else if (mineGoal != here.cend()) {
            // Not there: added here, or removed there (kept if changed here).
            if (!wasThere || *mineGoal != before.value(tag))
                goals.append(*mineGoal);
        } else if (otherGoal != there.cend()) {
            if (!wasThere || *otherGoal != before.value(tag))
                goals.append(*otherGoal);
        }
    }
    for (const QJsonObject &goal : std::as_const(goals))
        if (!areas.contains(goal.value(QStringLiteral("area")).toString()))
            areas.append(goal.value(QStringLiteral("area")).toString());
    Plan plan = planOf(fields, areas, goals);
    plan.id = ours.id;
    return plan;
}

namespace {
const QRegularExpression &markerPattern()
{
    static const QRegularExpression marker(
        QStringLiteral(R"((<!--\s*waypoint:review\s+plan=)([0-9a-fA-F-]+)(\s*-->))"));
    return marker;
}
} // namespace

QString reviewToMirror(const QString &body, const QHash<qint64, QString> &uuidOfPlan)
{
    const QRegularExpressionMatch found = markerPattern().match(body);
    if (!found.hasMatch())
        return body;
    bool number = false;
    const qint64 id = found.captured(2).toLongLong(&number);
    if (!number || !uuidOfPlan.contains(id))
        return body;
    QString text = body;
    text.replace(found.capturedStart(2), found.capturedLength(2), uuidOfPlan.value(id));
    return text;
}

QString reviewToJournal(const QString &body, const QHash<QString, qint64> &idOfPlan)
{
    const QRegularExpressionMatch found = markerPattern().match(body);
    if (!found.hasMatch())
        return body;
    const QString uuid = found.captured(2).toLower();
    if (!idOfPlan.contains(uuid))
        return body;
    QString text = body;
    text.replace(found.capturedStart(2), found.capturedLength(2),
                 QString::number(idOfPlan.value(uuid)));
    return text;
}

} // namespace waypoint::sync::goalMirror
