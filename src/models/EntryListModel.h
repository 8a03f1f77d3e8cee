#pragma once

#include "core/Entry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace waypoint {

struct ChangeSet;

class EntryStore;

// The navigator's tree: year → month → entries, newest first. Years and
// months (with their counts) load at once; a month's entries load when the
// view expands it (canFetchMore/fetchMore), so a 100k-entry journal opens
// without reading its entries. Follows the store's signals row by row, so
// selection and expansion survive saves.
class EntryListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, DateRole, KindRole, CountRole };
    enum class Kind { Year, Month, Entry };
    Q_ENUM(Kind)

    explicit EntryListModel(EntryStore &store, QObject *parent = nullptr);
    ~EntryListModel() override;

    void setTagFilter(const QString &tag);
    QString tagFilter() const { return m_tag; }
    void reload();

    // The row of an entry, loading its month first when needed; invalid when
    // the entry is not shown (deleted, or filtered out).
    QModelIndex indexOfEntry(qint64 id);
    qint64 entryId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void onChanged(const ChangeSet &changes);
    void onEntryCreated(qint64 id);
    void onEntryChanged(qint64 id, bool listed);
    void onEntryRemoved(qint64 id);

    Node *yearNode(int year, bool create);
    Node *monthNode(int year, int month, bool create);
    void insertEntry(Node *month, const EntrySummary &summary);
    void detachEntry(Node *entry);
    void adjustCount(Node *month, int delta);
    void pruneIfEmpty(Node *month);
    bool matchesFilter(const EntrySummary &summary) const;
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;

    EntryStore &m_store;
    QString m_tag;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_entries; // loaded entry rows by id
};

} // namespace waypoint
