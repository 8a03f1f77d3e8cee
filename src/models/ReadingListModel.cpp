#include "ReadingListModel.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"

#include <QLocale>

namespace waypoint {

using namespace reading;

namespace {

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ReadingListModel::ReadingListModel(ReadingStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Suggestions and events name their entries: a new date or title shows.
    connect(&m_store.journal().changes(), &JournalChanges::changed, this,
            [this](const ChangeSet &changes) {
                if (changes.reading || changes.touchesList())
                    reload();
            });
    reload();
}

void ReadingListModel::reload()
{
    QList<Item> fresh;
    try {
        fresh = m_store.items();
    } catch (const DatabaseError &) {
        return; // keep showing what was read last; the next change tries again
    }
    // Items are added at the end, so most reloads keep every row where it was
    // and the view keeps its selection and scroll.
    bool prefix = fresh.size() >= m_items.size();
    for (qsizetype i = 0; prefix && i < m_items.size(); ++i)
        prefix = m_items.at(i).id == fresh.at(i).id;
    if (!prefix) {
        beginResetModel();
        m_items = fresh;
        endResetModel();
        return;
    }
    const qsizetype kept = m_items.size();
    if (fresh.size() > kept) {
        beginInsertRows({}, int(kept), int(fresh.size() - 1));
        m_items = fresh;
        endInsertRows();
    } else {
        m_items = fresh;
    }
    if (kept > 0)
        emit dataChanged(index(0, 0), index(int(kept - 1), ColumnCount - 1));
}

int ReadingListModel::rowOf(qint64 itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return int(i);
    return -1;
}

int ReadingListModel::countWithStatus(reading::Status status) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [status](const Item &item) { return item.status == status; }));
}

int ReadingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReadingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case PercentRole:
        return item.percent;
    case StatusRole:
        return int(item.status);
    case Qt::EditRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return item.title;
        case Author:
            return item.author;
        case Kind:
            return Names::kind(item.kind);
        case Progress:
            return Names::ofItem(item);
        case Status:
            return Names::status(item.status);
        case Started:
            return shortDate(item.started);
        case Finished:
            return shortDate(item.finished);
        case LastRead:
            return shortDate(item.lastRead);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Title:
            return item.title.toCaseFolded();
        case Author:
            return item.author.toCaseFolded();
        case Kind:
            return int(item.kind);
        case Progress:
            return item.percent;
        case Status:
            return int(item.status);
        case Started:
            return item.started;
        case Finished:
            return item.finished;
        case LastRead:
            return item.lastRead;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Progress && item.lastRead.isValid())
            return tr("Last read on %1")
                .arg(QLocale().toString(item.lastRead, QLocale::LongFormat));
        if (index.column() == Title && !item.notes.isEmpty())
            return item.notes.left(400);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Progress)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ReadingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Author:
        return tr("Author");
    case Kind:
        return tr("Kind");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case LastRead:
        return tr("Last Read");
    }
    return {};
}

Qt::ItemFlags ReadingListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Title || index.column() == Author))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReadingListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Item item = m_items.at(index.row());
    const QString text = value.toString().trimmed();
    QString &field = index.column() == Title ? item.title : item.author;
    if (field == text || (index.column() == Title && text.isEmpty()))
        return false;
    field = text;
    try {
        m_store.updateItem(item); // reloads through changed()
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
        return false;
    }
    return true;
}

ReadingShelfModel::ReadingShelfModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReadingListModel::SortRole);
    setSortLocaleAware(true);
}

void ReadingShelfModel::setShelf(std::optional<Status> status)
{
    if (m_shelf == status)
        return;
    m_shelf = status;
    invalidateRowsFilter();
}

void ReadingShelfModel::setWords(const QString &words)
{
    const QString folded = words.simplified().toCaseFolded();
    if (m_words == folded)
        return;
    m_words = folded;
    invalidateRowsFilter();
}

bool ReadingShelfModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *list = qobject_cast<const ReadingListModel *>(sourceModel());
    if (!list || sourceParent.isValid())
        return false;
    const Item &item = list->item(sourceRow);
    if (m_shelf && item.status != *m_shelf)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = (item.title + QLatin1Char(' ') + item.author).toCaseFolded();
    const QStringList words = m_words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &word) { return haystack.contains(word); });
}

} // namespace waypoint
