#pragma once

#include "blog/Importer.h"

#include <QAbstractTableModel>

namespace waypoint {

// The posts of an import, one row each: what the dry run says will happen to
// them, then what did, as the import goes.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ActionColumn,
        DateColumn,
        TitleColumn,
        TagsColumn,
        ImagesColumn,
        PathColumn,
        NotesColumn, // last: it stretches
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<blog::ImportRow> &rows);
    // Replaces the row of the same path (or appends it).
    void updateRow(const blog::ImportRow &row);
    const QList<blog::ImportRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionText(blog::ImportRow::Action action, bool planned);
    // What the user should know about a post: why it is skipped or failed,
    // where its date came from when not written, missing images, shortcodes.
    static QString notes(const blog::ImportRow &row);

    // Whether the rows describe a dry run (future tense) or a done import.
    void setPlanned(bool planned);

private:
    QList<blog::ImportRow> m_rows;
    bool m_planned = true;
};

} // namespace waypoint
