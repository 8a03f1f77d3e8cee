#pragma once

#include "core/Entry.h"

#include <QAbstractListModel>

namespace waypoint {

class EntryStore;

// Tags with their entry counts for the navigator's filter; row 0 stands for
// "all entries" (an empty tag name).
class TagListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TagNameRole = Qt::UserRole + 1, EntryCountRole };

    explicit TagListModel(EntryStore &store, QObject *parent = nullptr);

    void reload();
    int rowOf(const QString &tag) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    EntryStore &m_store;
    QList<TagCount> m_tags;
};

} // namespace waypoint
