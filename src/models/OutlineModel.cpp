#include "OutlineModel.h"

namespace waypoint {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OutlineModel::setHeadings(const QList<markdown::Heading> &headings)
{
    const qsizetype common = std::min(headings.size(), m_headings.size());
    if (headings.size() < m_headings.size()) {
        beginRemoveRows({}, int(common), int(m_headings.size() - 1));
        m_headings.resize(common);
        endRemoveRows();
    }
    for (qsizetype row = 0; row < common; ++row) {
        if (headings[row] != m_headings[row]) {
            m_headings[row] = headings[row];
            emit dataChanged(index(int(row)), index(int(row)));
        }
    }
    if (headings.size() > m_headings.size()) {
        beginInsertRows({}, int(common), int(headings.size() - 1));
        m_headings.append(headings.mid(common));
        endInsertRows();
    }
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const markdown::Heading &heading = m_headings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        // Nesting shows as indentation; an empty heading still has a row to click.
        return QString((heading.level - 1) * 3, QLatin1Char(' '))
               + (heading.text.isEmpty() ? tr("(empty heading)") : heading.text);
    case Qt::ToolTipRole:
        return tr("Line %1").arg(heading.line + 1);
    case LevelRole:
        return heading.level;
    case LineRole:
        return heading.line;
    case PositionRole:
        return heading.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(LineRole, "line");
    names.insert(PositionRole, "position");
    return names;
}

} // namespace waypoint
