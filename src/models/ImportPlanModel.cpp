#include "ImportPlanModel.h"

namespace waypoint {

using Action = blog::ImportRow::Action;

namespace {

// Whether the post becomes (or changes) an entry: only then do its date,
// title and tags mean anything.
bool arrives(const blog::ImportRow &row)
{
    return row.action == Action::Import || row.action == Action::Update;
}

} // namespace

void ImportPlanModel::setRows(const QList<blog::ImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ImportPlanModel::updateRow(const blog::ImportRow &row)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == row.path) {
            m_rows[i] = row;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void ImportPlanModel::setPlanned(bool planned)
{
    if (m_planned == planned)
        return;
    m_planned = planned;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ActionColumn), index(int(m_rows.size()) - 1, ActionColumn));
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::actionText(Action action, bool planned)
{
    switch (action) {
    case Action::Import:
        return planned ? tr("Will import") : tr("Imported");
    case Action::Update:
        return planned ? tr("Will update") : tr("Updated");
    case Action::Unchanged:
        return tr("Unchanged");
    case Action::Skip:
        return planned ? tr("Will skip") : tr("Skipped");
    case Action::Fail:
        return planned ? tr("Will fail") : tr("Failed");
    }
    return {};
}

QString ImportPlanModel::notes(const blog::ImportRow &row)
{
    QStringList notes;
    if (!row.reason.isEmpty())
        notes.append(row.reason);
    if (arrives(row) && row.dateOrigin == blog::DateOrigin::FileName)
        notes.append(tr("date from the file name"));
    if (arrives(row) && row.dateOrigin == blog::DateOrigin::FileTime)
        notes.append(tr("no date written: the file's time"));
    for (const QString &image : row.missingImages)
        notes.append(tr("image not found: %1").arg(image));
    if (row.unconvertedTags > 0)
        notes.append(tr("shortcodes left as written: %1").arg(row.unconvertedTags));
    notes += row.warnings;
    return notes.join(QStringLiteral("; "));
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const blog::ImportRow &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return notes(row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ActionColumn:
        return actionText(row.action, m_planned);
    case DateColumn:
        return arrives(row) ? row.date.toString(Qt::ISODate) : QString();
    case TitleColumn:
        return arrives(row) ? row.title : QString();
    case TagsColumn:
        return arrives(row) ? row.tags.join(QStringLiteral(", ")) : QString();
    case ImagesColumn:
        return row.images > 0 ? QVariant(row.images) : QVariant();
    case NotesColumn:
        return notes(row);
    case PathColumn:
        return row.path;
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case TagsColumn:
        return tr("Tags");
    case ImagesColumn:
        return tr("Images");
    case NotesColumn:
        return tr("Notes");
    case PathColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace waypoint
