#pragma once

#include "core/Reading.h"

#include <QAbstractTableModel>

namespace waypoint {

class EntryStore;
class ReadingStore;

// The recognizer's suggestions that wait for a decision, newest entry first:
// the day, the line as written, and what applying it would do.
class SuggestionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Line, Target, ColumnCount };
    enum Role { SuggestionIdRole = Qt::UserRole + 1, EntryUuidRole, ItemIdRole };

    explicit SuggestionListModel(ReadingStore &store, QObject *parent = nullptr);

    void reload();

    const reading::Suggestion &suggestion(int row) const { return m_suggestions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The number waiting changed (after a save found progress, or a decision).
    void countChanged(int count);

private:
    ReadingStore &m_store;
    QList<reading::Suggestion> m_suggestions;
};

} // namespace waypoint
