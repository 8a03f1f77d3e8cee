#pragma once

#include "core/Reading.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace waypoint {

class EntryStore;
class ReadingStore;

// The reading list as a table: one row per item, in the order added. Title,
// author, kind, unit, total and status edit in place. Reloads when the store
// changes, and when entries are saved (their lines carry progress).
class ReadingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Author, Kind, Progress, Status, Started, Finished, LastRead, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        PercentRole, // double, -1 when the total is unknown
        StatusRole,  // int(reading::Status)
        SortRole,    // what the column sorts by: text, a number or a date
    };

    explicit ReadingListModel(ReadingStore &store, QObject *parent = nullptr);

    void reload();

    const reading::Item &item(int row) const { return m_items.at(row); }
    int rowOf(qint64 itemId) const; // -1 when absent
    int countWithStatus(reading::Status status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A write the user asked for was refused (a title already on the list).
    void writeFailed(const QString &message);

private:
    ReadingStore &m_store;
    QList<reading::Item> m_items;
};

// One shelf of the list (every status, or one), narrowed by words of the
// title or author, sorted by any column.
class ReadingShelfModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReadingShelfModel(QObject *parent = nullptr);

    void setShelf(std::optional<reading::Status> status);
    std::optional<reading::Status> shelf() const { return m_shelf; }
    void setWords(const QString &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<reading::Status> m_shelf;
    QString m_words;
};

} // namespace waypoint
