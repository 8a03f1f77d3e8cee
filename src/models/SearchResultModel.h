#pragma once

#include "search/Query.h"
#include "core/Searcher.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace waypoint {

// The results of the search field: date, title and highlighted snippet of
// the best matches, best first.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        DateRole,
        TitleRole,
        SnippetRole, // HTML, the matches in <mark>
        ScoreRole,
    };

    // Searches through db (a connection of this thread).
    explicit SearchResultModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // How many results a search shows at most.
    static constexpr int maxResults = 50;

    void setQueryText(const QString &text);
    QString queryText() const { return m_text; }
    const search::Query &query() const { return m_query; }
    // Where the last search's terms occur in text, as (start, length) in
    // UTF-16 positions: to mark them in the opened entry.
    QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &text) const;
    // Why the last search failed (a bad date in from:, a damaged index), or empty.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void searched();

private:
    Searcher m_searcher;
    QString m_text;
    search::Query m_query;
    QList<SearchHit> m_hits;
    QString m_error;
};

} // namespace waypoint
