#include "EntryListModel.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"

#include <QLocale>
#include <algorithm>

namespace waypoint {

struct EntryListModel::Node
{
    Kind kind = Kind::Year;
    int year = 0;
    int month = 0;
    int count = 0;        // entries below a year or month, loaded or not
    bool fetched = false; // a month's entries are loaded
    EntrySummary entry;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.begin(), siblings.end(),
                                     [this](const auto &child) { return child.get() == this; });
        return int(it - siblings.begin());
    }
};

namespace {

// Newest first: later date, then the later-created entry.
bool entryBefore(const EntrySummary &a, const EntrySummary &b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}

} // namespace

EntryListModel::EntryListModel(EntryStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
    connect(&m_store.journal().changes(), &JournalChanges::changed, this,
            &EntryListModel::onChanged);
    reload();
}

EntryListModel::~EntryListModel() = default;

void EntryListModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    reload();
}

void EntryListModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_entries.clear();
    QList<MonthCount> months;
    try {
        months = m_store.monthCounts(m_tag);
    } catch (const DatabaseError &error) {
        qWarning("Cannot list entries: %s", qPrintable(error.message()));
    }
    for (const MonthCount &count : std::as_const(months)) {
        if (m_root->children.empty() || m_root->children.back()->year != count.year) {
            auto year = std::make_unique<Node>();
            year->kind = Kind::Year;
            year->year = count.year;
            year->parent = m_root.get();
            m_root->children.push_back(std::move(year));
        }
        Node *year = m_root->children.back().get();
        auto month = std::make_unique<Node>();
        month->kind = Kind::Month;
        month->year = count.year;
        month->month = count.month;
        month->count = count.entries;
        month->parent = year;
        year->count += count.entries;
        year->children.push_back(std::move(month));
    }
    endResetModel();
}

QModelIndex EntryListModel::indexOfEntry(qint64 id)
{
    if (Node *node = m_entries.value(id))
        return indexOf(node);
    std::optional<EntrySummary> summary;
    try {
        summary = m_store.summary(id);
    } catch (const DatabaseError &) {
    }
    if (!summary || !matchesFilter(*summary))
        return {};
    Node *month = monthNode(summary->date.year(), summary->date.month(), false);
    if (!month)
        return {};
    if (!month->fetched)
        fetchMore(indexOf(month));
    Node *node = m_entries.value(id);
    return node ? indexOf(node) : QModelIndex();
}

qint64 EntryListModel::entryId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->kind == Kind::Entry ? node->entry.id : 0;
}

QModelIndex EntryListModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (column != 0 || !parentNode || row < 0 || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex EntryListModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? int(node->children.size()) : 0;
}

int EntryListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool EntryListModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || node->kind == Kind::Entry)
        return false;
    return node->kind == Kind::Month && !node->fetched ? node->count > 0 : !node->children.empty();
}

bool EntryListModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && node->kind == Kind::Month && !node->fetched;
}

void EntryListModel::fetchMore(const QModelIndex &parent)
{
    Node *month = nodeOf(parent);
    if (!month || month->kind != Kind::Month || month->fetched)
        return;
    month->fetched = true;
    EntryFilter filter;
    filter.from = QDate(month->year, month->month, 1);
    filter.to = filter.from.addMonths(1).addDays(-1);
    filter.tag = m_tag;
    QList<EntrySummary> summaries;
    try {
        summaries = m_store.list(filter);
    } catch (const DatabaseError &error) {
        qWarning("Cannot list entries: %s", qPrintable(error.message()));
    }
    // An entry that moved here while the month was unloaded already has a row.
    summaries.removeIf([this](const EntrySummary &s) { return m_entries.contains(s.id); });
    if (summaries.isEmpty())
        return;
    const int first = int(month->children.size());
    beginInsertRows(parent, first, first + int(summaries.size()) - 1);
    for (const EntrySummary &summary : std::as_const(summaries)) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Entry;
        node->entry = summary;
        node->parent = month;
        m_entries.insert(summary.id, node.get());
        month->children.push_back(std::move(node));
    }
    endInsertRows();
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (node->kind) {
        case Kind::Year:
            return tr("%1 (%2)").arg(node->year).arg(node->count);
        case Kind::Month:
            return tr("%1 (%2)").arg(locale.standaloneMonthName(node->month)).arg(node->count);
        case Kind::Entry: {
            const QString title = node->entry.title.isEmpty() ? tr("Untitled") : node->entry.title;
            return tr("%1  %2").arg(locale.toString(node->entry.date, QStringLiteral("d ddd")),
                                    title);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (node->kind == Kind::Entry)
            return tr("%1 · %n character(s)", nullptr, int(node->entry.chars))
                .arg(locale.toString(node->entry.date, QLocale::LongFormat));
        break;
    case EntryIdRole:
        return node->kind == Kind::Entry ? QVariant(node->entry.id) : QVariant();
    case DateRole:
        return node->kind == Kind::Entry ? QVariant(node->entry.date)
                                         : QVariant(QDate(node->year, qMax(1, node->month), 1));
    case KindRole:
        return QVariant::fromValue(node->kind);
    case CountRole:
        return node->kind == Kind::Entry ? 1 : node->count;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(KindRole, "kind");
    names.insert(CountRole, "count");
    return names;
}

void EntryListModel::onChanged(const ChangeSet &changes)
{
    if (changes.everything) {
        reload();
        return;
    }
    for (qint64 id : changes.created)
        onEntryCreated(id);
    // A new text changes the row's length; what else it shows may have changed too.
    for (qint64 id : changes.edited)
        onEntryChanged(id, true);
    for (qint64 id : changes.rewritten)
        onEntryChanged(id, false);
    for (qint64 id : changes.removed)
        onEntryRemoved(id);
}

void EntryListModel::onEntryCreated(qint64 id)
{
    std::optional<EntrySummary> summary;
    try {
        summary = m_store.summary(id);
    } catch (const DatabaseError &) {
    }
    if (!summary || !matchesFilter(*summary) || m_entries.contains(id))
        return;
    Node *month = monthNode(summary->date.year(), summary->date.month(), true);
    adjustCount(month, +1);
    if (month->fetched)
        insertEntry(month, *summary);
}

void EntryListModel::onEntryChanged(qint64 id, bool listed)
{
    std::optional<EntrySummary> summary;
    try {
        summary = m_store.summary(id);
    } catch (const DatabaseError &) {
    }
    Node *node = m_entries.value(id);
    if (!summary || !matchesFilter(*summary)) {
        if (node)
            onEntryRemoved(id);
        else if (!m_tag.isEmpty())
            reload(); // an unloaded row may have left the filter: counts are stale
        return;
    }
    if (!node) {
        // Not loaded: it may have joined the filter, or its date moved it
        // to another month; the counts are read again.
        if (listed || !m_tag.isEmpty())
            reload();
        return;
    }
    Node *oldMonth = node->parent;
    const bool sameMonth =
        oldMonth->year == summary->date.year() && oldMonth->month == summary->date.month();
    const int row = node->row();
    const auto &siblings = oldMonth->children;
    const bool stillInOrder =
        sameMonth && (row == 0 || entryBefore(siblings[size_t(row - 1)]->entry, *summary))
        && (row + 1 == int(siblings.size())
            || entryBefore(*summary, siblings[size_t(row + 1)]->entry));
    if (stillInOrder) {
        node->entry = *summary;
        const QModelIndex changed = indexOf(node);
        emit dataChanged(changed, changed);
        return;
    }

    // Move the row so that views keep it selected.
    Node *newMonth = monthNode(summary->date.year(), summary->date.month(), true);
    if (!newMonth->fetched)
        fetchMore(indexOf(newMonth));
    node->entry = *summary;
    auto &target = newMonth->children;
    auto position = std::find_if(target.begin(), target.end(), [&](const auto &other) {
        return other.get() != node && entryBefore(*summary, other->entry);
    });
    int destination = int(position - target.begin());
    const QModelIndex from = indexOf(oldMonth);
    const QModelIndex to = indexOf(newMonth);
    if (oldMonth == newMonth && (destination == row || destination == row + 1)) {
        const QModelIndex changed = indexOf(node);
        emit dataChanged(changed, changed);
        return;
    }
    beginMoveRows(from, row, row, to, destination);
    std::unique_ptr<Node> owned = std::move(oldMonth->children[size_t(row)]);
    oldMonth->children.erase(oldMonth->children.begin() + row);
    if (oldMonth == newMonth && destination > row)
        --destination;
    owned->parent = newMonth;
    newMonth->children.insert(newMonth->children.begin() + destination, std::move(owned));
    endMoveRows();
    if (oldMonth != newMonth) {
        adjustCount(newMonth, +1);
        adjustCount(oldMonth, -1);
        pruneIfEmpty(oldMonth);
    }
}

void EntryListModel::onEntryRemoved(qint64 id)
{
    Node *node = m_entries.value(id);
    if (!node) {
        reload(); // which month it was in is gone with it
        return;
    }
    Node *month = node->parent;
    detachEntry(node);
    adjustCount(month, -1);
    pruneIfEmpty(month);
}

EntryListModel::Node *EntryListModel::yearNode(int year, bool create)
{
    auto &years = m_root->children;
    auto it = std::find_if(years.begin(), years.end(),
                           [year](const auto &node) { return node->year <= year; });
    if (it != years.end() && (*it)->year == year)
        return it->get();
    if (!create)
        return nullptr;
    const int row = int(it - years.begin());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Year;
    node->year = year;
    node->parent = m_root.get();
    Node *raw = node.get();
    years.insert(years.begin() + row, std::move(node));
    endInsertRows();
    return raw;
}

EntryListModel::Node *EntryListModel::monthNode(int year, int month, bool create)
{
    Node *yearRow = yearNode(year, create);
    if (!yearRow)
        return nullptr;
    auto &months = yearRow->children;
    auto it = std::find_if(months.begin(), months.end(),
                           [month](const auto &node) { return node->month <= month; });
    if (it != months.end() && (*it)->month == month)
        return it->get();
    if (!create)
        return nullptr;
    const int row = int(it - months.begin());
    beginInsertRows(indexOf(yearRow), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Month;
    node->year = year;
    node->month = month;
    node->fetched = true; // a new month has no unloaded entries
    node->parent = yearRow;
    Node *raw = node.get();
    months.insert(months.begin() + row, std::move(node));
    endInsertRows();
    return raw;
}

void EntryListModel::insertEntry(Node *month, const EntrySummary &summary)
{
    auto &children = month->children;
    auto it = std::find_if(children.begin(), children.end(),
                           [&](const auto &other) { return entryBefore(summary, other->entry); });
    const int row = int(it - children.begin());
    beginInsertRows(indexOf(month), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Entry;
    node->entry = summary;
    node->parent = month;
    m_entries.insert(summary.id, node.get());
    children.insert(children.begin() + row, std::move(node));
    endInsertRows();
}

void EntryListModel::detachEntry(Node *entry)
{
    Node *month = entry->parent;
    const int row = entry->row();
    beginRemoveRows(indexOf(month), row, row);
    m_entries.remove(entry->entry.id);
    month->children.erase(month->children.begin() + row);
    endRemoveRows();
}

void EntryListModel::adjustCount(Node *month, int delta)
{
    month->count += delta;
    month->parent->count += delta;
    const QModelIndex monthIndex = indexOf(month);
    const QModelIndex yearIndex = indexOf(month->parent);
    emit dataChanged(monthIndex, monthIndex);
    emit dataChanged(yearIndex, yearIndex);
}

void EntryListModel::pruneIfEmpty(Node *month)
{
    if (month->count > 0)
        return;
    Node *year = month->parent;
    const int monthRow = month->row();
    beginRemoveRows(indexOf(year), monthRow, monthRow);
    year->children.erase(year->children.begin() + monthRow);
    endRemoveRows();
    if (year->count > 0)
        return;
    const int yearRow = year->row();
    beginRemoveRows({}, yearRow, yearRow);
    m_root->children.erase(m_root->children.begin() + yearRow);
    endRemoveRows();
}

bool EntryListModel::matchesFilter(const EntrySummary &summary) const
{
    return m_tag.isEmpty() || summary.tags.contains(m_tag, Qt::CaseInsensitive);
}

QModelIndex EntryListModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

EntryListModel::Node *EntryListModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

} // namespace waypoint
