#pragma once

#include "core/Goals.h"

#include <QAbstractItemModel>

namespace waypoint {

class EntryStore;
class GoalStore;

// Plans → areas → goals as a tree. Names edit in place; goals drag between
// the areas of their plan and areas within their plan. Reads everything
// again when the store (or a save through the entries) changes goals.
class GoalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Progress, Evidence, ColumnCount };
    enum class Kind { Plan, Area, Goal };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        IdRole,                      // the plan's, area's or goal's id
        ProgressRole,                // 0–100, -1 when not known
        ShortNameRole,               // a goal's, without #goal/
    };

    explicit GoalTreeModel(GoalStore &store, QObject *parent = nullptr);

    void reload();

    const QList<goals::Plan> &plans() const { return m_plans; }
    QModelIndex indexOf(Kind kind, qint64 id) const;
    // The plan an index is in (itself, or its area's, or its goal's).
    const goals::Plan *planAt(const QModelIndex &index) const;
    const goals::Goal *goalAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void writeFailed(const QString &message);

private:
    Kind kindOf(const QModelIndex &index) const;

    GoalStore &m_store;
    QList<goals::Plan> m_plans;
};

} // namespace waypoint
