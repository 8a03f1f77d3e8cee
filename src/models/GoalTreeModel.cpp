#include "GoalTreeModel.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"

#include <QMimeData>

namespace waypoint {

using namespace goals;

namespace {

// An index's internal id says where it is: 0 for a plan; for an area, its
// plan's row + 1; for a goal, also its area's row + 1 in the upper bits.
constexpr quintptr areaShift = 24;
constexpr quintptr planMask = (quintptr(1) << areaShift) - 1;

int planRowOf(quintptr id)
{
    return int(id & planMask) - 1;
}

int areaRowOf(quintptr id)
{
    return int(id >> areaShift) - 1;
}

const QString goalMime = QStringLiteral("application/x-waypoint-goal");
const QString areaMime = QStringLiteral("application/x-waypoint-goal-area");

} // namespace

GoalTreeModel::GoalTreeModel(GoalStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&m_store.journal().changes(), &JournalChanges::changed, this,
            [this](const ChangeSet &changes) {
                if (changes.goals || changes.everything)
                    reload();
            });
    reload();
}

void GoalTreeModel::reload()
{
    QList<Plan> fresh;
    try {
        fresh = m_store.plans();
    } catch (const DatabaseError &) {
        return;
    }
    beginResetModel();
    m_plans = fresh;
    endResetModel();
}

GoalTreeModel::Kind GoalTreeModel::kindOf(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return Kind::Plan;
    return areaRowOf(index.internalId()) < 0 ? Kind::Area : Kind::Goal;
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (kindOf(parent) == Kind::Plan)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return createIndex(row, column,
                       quintptr(planRowOf(parent.internalId()) + 1)
                           | (quintptr(parent.row() + 1) << areaShift));
}

QModelIndex GoalTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (areaRowOf(id) < 0)
        return createIndex(planRowOf(id), 0, quintptr(0));
    return createIndex(areaRowOf(id), 0, quintptr(planRowOf(id) + 1));
}

int GoalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plans.size());
    if (parent.column() != 0)
        return 0;
    switch (kindOf(parent)) {
    case Kind::Plan:
        return int(m_plans.at(parent.row()).areas.size());
    case Kind::Area:
        return int(m_plans.at(planRowOf(parent.internalId())).areas.at(parent.row()).goals.size());
    case Kind::Goal:
        break;
    }
    return 0;
}

int GoalTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Plan *GoalTreeModel::planAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : planRowOf(index.internalId());
    return row >= 0 && row < m_plans.size() ? &m_plans.at(row) : nullptr;
}

const Goal *GoalTreeModel::goalAt(const QModelIndex &index) const
{
    if (!index.isValid() || kindOf(index) != Kind::Goal)
        return nullptr;
    return &m_plans.at(planRowOf(index.internalId()))
                .areas.at(areaRowOf(index.internalId()))
                .goals.at(index.row());
}

QModelIndex GoalTreeModel::indexOf(Kind kind, qint64 id) const
{
    for (qsizetype p = 0; p < m_plans.size(); ++p) {
        const QModelIndex plan = index(int(p), 0);
        if (kind == Kind::Plan && m_plans.at(p).id == id)
            return plan;
        for (qsizetype a = 0; a < m_plans.at(p).areas.size(); ++a) {
            const QModelIndex area = index(int(a), 0, plan);
            if (kind == Kind::Area && m_plans.at(p).areas.at(a).id == id)
                return area;
            const QList<Goal> &goals = m_plans.at(p).areas.at(a).goals;
            for (qsizetype g = 0; g < goals.size(); ++g)
                if (kind == Kind::Goal && goals.at(g).id == id)
                    return index(int(g), 0, area);
        }
    }
    return {};
}

QVariant GoalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Plan &plan = *planAt(index);
    const Kind kind = kindOf(index);
    const Area *area = kind == Kind::Plan   ? nullptr
                       : kind == Kind::Area ? &plan.areas.at(index.row())
                                            : &plan.areas.at(areaRowOf(index.internalId()));
    const Goal *goal = goalAt(index);

    double progress = -1;
    int evidence = 0;
    if (goal) {
        progress = goal->progress();
        evidence = goal->evidence;
    } else if (area) {
        progress = area->progress();
        for (const Goal &g : area->goals)
            evidence += g.evidence;
    } else {
        double sum = 0;
        int counted = 0;
        for (const Area &a : plan.areas) {
            for (const Goal &g : a.goals)
                evidence += g.evidence;
            if (a.progress() >= 0) {
                sum += a.progress();
                ++counted;
            }
        }
        progress = counted ? sum / counted : -1;
    }

    switch (role) {
    case KindRole:
        return int(kind);
    case IdRole:
        return goal ? goal->id : area ? area->id : plan.id;
    case ProgressRole:
        return progress;
    case ShortNameRole:
        return goal ? goal->shortName : QString();
    case Qt::EditRole:
        if (index.column() == Name)
            return goal ? goal->title : area ? area->name : plan.title;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            if (goal)
                return goal->title;
            if (area)
                return area->name;
            return tr("%1 (%2 – %3)")
                .arg(plan.title, QString::number(plan.start.year()),
                     QString::number(plan.end().year()));
        case Progress:
            if (goal && goal->status != Status::Open)
                return Names::status(goal->status);
            return progress >= 0 ? QStringLiteral("%1%").arg(qRound(progress)) : QString();
        case Evidence:
            return evidence;
        }
        break;
    case Qt::ToolTipRole:
        if (goal)
            return QStringLiteral("#goal/%1 · %2")
                .arg(goal->shortName, Names::status(goal->status));
        if (!area)
            return tr("%1% of its time has passed").arg(qRound(plan.elapsed(QDate::currentDate())));
        break;
    }
    return {};
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Plan, Area, Goal");
    case Progress:
        return tr("Progress");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}

Qt::ItemFlags GoalTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags;
    const Kind kind = kindOf(index);
    if (index.column() == Name)
        flags |= Qt::ItemIsEditable;
    if (kind != Kind::Plan)
        flags |= Qt::ItemIsDragEnabled;
    if (kind != Kind::Goal)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool GoalTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || !index.isValid())
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == data(index, Qt::EditRole).toString())
        return false;
    try {
        const Plan &plan = *planAt(index);
        switch (kindOf(index)) {
        case Kind::Plan:
            m_store.updatePlan(plan.id, text, plan.start, plan.years);
            break;
        case Kind::Area:
            m_store.renameArea(plan.areas.at(index.row()).id, text);
            break;
        case Kind::Goal: {
            Goal goal = *goalAt(index);
            goal.title = text;
            m_store.updateGoal(goal);
            break;
        }
        }
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
        return false;
    }
    return true;
}

QStringList GoalTreeModel::mimeTypes() const
{
    return {goalMime, areaMime};
}

QMimeData *GoalTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || kindOf(index) == Kind::Plan)
            continue;
        auto *mime = new QMimeData;
        mime->setData(kindOf(index) == Kind::Goal ? goalMime : areaMime,
                      QByteArray::number(data(index, IdRole).toLongLong()));
        return mime;
    }
    return nullptr;
}

Qt::DropActions GoalTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool GoalTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !parent.isValid())
        return false;
    if (data->hasFormat(goalMime)) {
        if (kindOf(parent) != Kind::Area)
            return false;
        const QModelIndex goal = indexOf(Kind::Goal, data->data(goalMime).toLongLong());
        return goal.isValid() && planAt(goal)->id == planAt(parent)->id;
    }
    if (data->hasFormat(areaMime)) {
        if (kindOf(parent) != Kind::Plan)
            return false;
        const QModelIndex area = indexOf(Kind::Area, data->data(areaMime).toLongLong());
        return area.isValid() && planAt(area)->id == planAt(parent)->id;
    }
    return false;
}

// The move is made in the store, which reloads the model; the view's own
// removal of the dragged row afterwards finds removeRows() unsupported.
bool GoalTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int position = row < 0 ? rowCount(parent) : row;
    try {
        if (data->hasFormat(goalMime)) {
            const qint64 goal = data->data(goalMime).toLongLong();
            const QModelIndex from = indexOf(Kind::Goal, goal);
            // Dropped below itself in its own area: the rows above shift up by one.
            const bool sameArea = from.parent() == parent;
            m_store.moveGoal(goal, this->data(parent, IdRole).toLongLong(),
                             sameArea && from.row() < position ? position - 1 : position);
        } else {
            const qint64 area = data->data(areaMime).toLongLong();
            const QModelIndex from = indexOf(Kind::Area, area);
            m_store.moveArea(area, from.row() < position ? position - 1 : position);
        }
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
        return false;
    }
    return true;
}

} // namespace waypoint
