#include "SuggestionListModel.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"

#include <QLocale>

namespace waypoint {

using namespace reading;

SuggestionListModel::SuggestionListModel(ReadingStore &store, QObject *parent)
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

void SuggestionListModel::reload()
{
    QList<Suggestion> fresh;
    try {
        fresh = m_store.suggestions(Suggestion::State::Pending);
    } catch (const DatabaseError &) {
        return;
    }
    const auto ids = [](const QList<Suggestion> &list) {
        QList<qint64> result;
        for (const Suggestion &s : list)
            result.append(s.id);
        return result;
    };
    const qsizetype before = m_suggestions.size();
    if (ids(fresh) == ids(m_suggestions)) {
        m_suggestions = fresh;
        if (!m_suggestions.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_suggestions = fresh;
    endResetModel();
    if (before != m_suggestions.size())
        emit countChanged(int(m_suggestions.size()));
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &s = m_suggestions.at(index.row());
    switch (role) {
    case SuggestionIdRole:
        return s.id;
    case EntryUuidRole:
        return s.entryUuid;
    case ItemIdRole:
        return s.itemId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(s.date, QLocale::ShortFormat);
        case Line:
            return s.mention.text;
        case Target: {
            if (s.itemId)
                return tr("→ %1").arg(s.itemTitle);
            const Item &p = s.proposal;
            const QString unit = p.unit == Unit::Percent || p.total <= 0
                                     ? Names::unit(p.unit)
                                     : Names::progress(p.total, 0, p.unit);
            return tr("New: %1 (%2, %3)").arg(p.title, Names::kind(p.kind), unit);
        }
        }
        break;
    case Qt::ToolTipRole:
        return tr("Line %1 of “%2”").arg(s.mention.line).arg(s.entryTitle);
    }
    return {};
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Line:
        return tr("Found in the Entry");
    case Target:
        return tr("Applies To");
    }
    return {};
}

} // namespace waypoint
