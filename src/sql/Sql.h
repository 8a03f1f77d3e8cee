#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>
#include <initializer_list>

namespace waypoint::sql {

// Prepares and runs one statement, throwing DatabaseError with the statement's
// error when SQLite refuses it.
QSqlQuery run(const QSqlDatabase &db, const QString &statement,
              std::initializer_list<QVariant> bindings = {});

// Runs a statement and returns the first column of the first row (or an
// invalid QVariant when there is no row).
QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> bindings = {});

// The same with values made at run time (a filter's), in order.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings);

// A write transaction taken with BEGIN IMMEDIATE, so that two processes never
// deadlock upgrading a read lock; rolled back unless commit() was called.
// Inside another transaction on the same connection it is a savepoint, so a
// caller can make several stores' writes one transaction (an imported post
// with its images) while each store keeps its own.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace waypoint::sql
