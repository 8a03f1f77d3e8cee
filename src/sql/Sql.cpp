#include "Sql.h"

#include "DatabaseError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace waypoint::sql {

QSqlQuery run(const QSqlDatabase &db, const QString &statement,
              std::initializer_list<QVariant> bindings)
{
    return run(db, statement, QVariantList(bindings));
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
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

namespace {

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    auto *connection = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    return connection && sqlite3_get_autocommit(connection) == 0;
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_nested(inTransaction(db))
{
    run(m_db, m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        if (m_nested) {
            rollback.exec(QStringLiteral("ROLLBACK TO nested"));
            rollback.exec(QStringLiteral("RELEASE nested"));
        } else {
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
}

void Transaction::commit()
{
    run(m_db, m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace waypoint::sql
