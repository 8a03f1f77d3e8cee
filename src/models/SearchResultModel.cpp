#include "SearchResultModel.h"

#include "search/QueryMatcher.h"
#include "search/SearchIndex.h"
#include "sql/DatabaseError.h"

namespace waypoint {

SearchResultModel::SearchResultModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_searcher(db)
{
}

void SearchResultModel::setQueryText(const QString &text)
{
    m_text = text;
    m_query = search::Query::parse(text);
    QList<SearchHit> hits;
    QString error = m_query.error;
    if (error.isEmpty()) {
        try {
            hits = m_searcher.search(m_query, maxResults);
        } catch (const DatabaseError &e) {
            error = e.message();
        }
    }
    beginResetModel();
    m_hits = hits;
    m_error = error;
    endResetModel();
    emit searched();
}

QList<std::pair<qsizetype, qsizetype>> SearchResultModel::matchesIn(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const search::QueryMatcher::Range &range : search::QueryMatcher(m_query).find(text))
        ranges.append({range.start, range.length});
    return ranges;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title.isEmpty() && role == Qt::DisplayRole ? tr("(untitled)") : hit.title;
    case Qt::ToolTipRole:
        return hit.date.toString(Qt::ISODate);
    case IdRole:
        return hit.id;
    case UuidRole:
        return hit.uuid;
    case DateRole:
        return hit.date;
    case SnippetRole:
        return hit.snippet;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(UuidRole, "uuid");
    names.insert(DateRole, "date");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace waypoint
