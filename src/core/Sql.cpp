#include "Sql.h"

#include "DatabaseError.h"

#include <QSqlError>

namespace waypoint::sql {

QSqlQuery run(const QSqlDatabase &db, const QString &statement,
              std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw DatabaseError(query.lastError().text());
    for (const QVariant &value : bindings) {
        // A null QString binds as SQL NULL; text columns hold '' instead.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> bindings)
{
    QSqlQuery query = run(db, statement, bindings);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace waypoint::sql
