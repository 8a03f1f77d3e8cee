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

QString titleSlug(const QString &title, int maxLength)
{
    // Letters of every script and digits, by code point: Hugo drops emoji
    // and other symbols from addresses, so they must not tell posts apart.
    QString slug;
    bool dash = false;
    int length = 0;
    for (const char32_t c : title.normalized(QString::NormalizationForm_KC).toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            if (length >= maxLength)
                break;
            if (dash && !slug.isEmpty()) {
                slug += QLatin1Char('-');
                ++length;
            }
            dash = false;
            slug += QString::fromUcs4(&c, 1).toLower();
            ++length;
        } else {
            dash = true;
        }
    }
    return slug;
}

} // namespace waypoint
