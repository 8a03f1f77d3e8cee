#pragma once

#include "markdown/ParsedDocument.h"

#include <QAbstractListModel>

namespace waypoint {

// The headings of the entry being edited, in order, for the outline panel.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LevelRole = Qt::UserRole + 1, LineRole, PositionRole };

    explicit OutlineModel(QObject *parent = nullptr);

    // Changes only what differs: the view keeps its selection and scroll.
    void setHeadings(const QList<markdown::Heading> &headings);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<markdown::Heading> m_headings;
};

} // namespace waypoint
