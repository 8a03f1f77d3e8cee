#include "TagListModel.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"

namespace waypoint {

TagListModel::TagListModel(EntryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    // Counts follow new and deleted entries too.
    connect(&m_store.journal().changes(), &JournalChanges::changed, this,
            [this](const ChangeSet &changes) {
                if (changes.tags || changes.everything || !changes.created.isEmpty()
                    || !changes.removed.isEmpty())
                    reload();
            });
    reload();
}

void TagListModel::reload()
{
    QList<TagCount> tags;
    try {
        tags = m_store.tagCounts();
    } catch (const DatabaseError &error) {
        qWarning("Cannot list tags: %s", qPrintable(error.message()));
    }
    const bool sameNames = std::equal(tags.begin(), tags.end(), m_tags.begin(), m_tags.end(),
                                      [](const TagCount &a, const TagCount &b) {
                                          return a.name == b.name;
                                      });
    if (sameNames) {
        // Only counts moved: keep rows (and the views' selection) in place.
        m_tags = tags;
        if (!m_tags.isEmpty())
            emit dataChanged(index(1), index(int(m_tags.size())));
        return;
    }
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

int TagListModel::rowOf(const QString &tag) const
{
    if (tag.isEmpty())
        return 0;
    for (int i = 0; i < m_tags.size(); ++i) {
        if (m_tags[i].name.compare(tag, Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return -1;
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size()) + 1;
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All entries");
        case TagNameRole:
            return QString();
        default:
            return {};
        }
    }
    const TagCount &tag = m_tags[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(tag.name).arg(tag.entries);
    case TagNameRole:
        return tag.name;
    case EntryCountRole:
        return tag.entries;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TagNameRole, "tagName");
    names.insert(EntryCountRole, "entryCount");
    return names;
}

} // namespace waypoint
