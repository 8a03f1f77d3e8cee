#include "AttachmentStore.h"

#include "Journal.h"
#include "sql/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace waypoint {

AttachmentStore::AttachmentStore(Journal &journal)
    : m_journal(journal)
{
}

QString AttachmentStore::keyOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::add(const QByteArray &data, const QString &mime,
                             const QString &originalName)
{
    const QString key = keyOf(data);
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db,
             QStringLiteral("INSERT INTO attachments (sha256, mime, original_name, size, data,"
                            " created_utc) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
             {key, mime, originalName, data.size(), data,
              m_journal.now().toString(Qt::ISODateWithMs)});
    transaction.commit();
    return key;
}

std::optional<Attachment> AttachmentStore::find(const QString &sha256) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT mime, original_name, data FROM attachments"
                                              " WHERE sha256 = ?"),
                               {sha256.toLower()});
    if (!query.next())
        return std::nullopt;
    return Attachment{sha256.toLower(), query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toByteArray()};
}

bool AttachmentStore::contains(const QString &sha256) const
{
    return sql::scalar(m_journal.database(),
                       QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 = ?"),
                       {sha256.toLower()})
               .toInt()
        > 0;
}

QHash<QString, QString> AttachmentStore::mimes() const
{
    QSqlQuery query =
        sql::run(m_journal.database(), QStringLiteral("SELECT sha256, mime FROM attachments"));
    QHash<QString, QString> found;
    while (query.next())
        found.insert(query.value(0).toString(), query.value(1).toString());
    return found;
}

} // namespace waypoint
