#include "Entry.h"

#include <QRegularExpression>

namespace waypoint {

QString toEntryDateText(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate parseEntryDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString normalizedTag(const QString &tag)
{
    QString name = tag.simplified();
    while (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    return name.trimmed();
}

} // namespace waypoint
