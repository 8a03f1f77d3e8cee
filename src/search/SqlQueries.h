#pragma once

#include "SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace waypoint::search {

// Prepares and runs one statement of the search layer, forward only;
// throws SearchError with SQLite's message when it is refused.
inline QSqlQuery runQuery(const QSqlDatabase &db, const QString &statement,
                          const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw SearchError(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw SearchError(query.lastError().text());
    return query;
}

} // namespace waypoint::search
