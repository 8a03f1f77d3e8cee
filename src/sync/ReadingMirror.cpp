#include "ReadingMirror.h"

#include "Mirror.h"

#include "core/Entry.h"
#include "core/ReadingRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace waypoint::sync::readingMirror {

using namespace reading;

namespace {

const QString prefix = QStringLiteral("reading:");

QString tr(const char *text)
{
    return QCoreApplication::translate("ReadingMirror", text);
}

QString dateText(QDate date)
{
    return date.isValid() ? toEntryDateText(date) : QString();
}

// The item's fields, in the order the file has them.
const QStringList fieldOrder{
    QStringLiteral("uuid"),    QStringLiteral("title"),   QStringLiteral("author"),
    QStringLiteral("kind"),    QStringLiteral("unit"),    QStringLiteral("total"),
    QStringLiteral("status"),  QStringLiteral("started"), QStringLiteral("finished"),
    QStringLiteral("rating"),  QStringLiteral("notes"),   QStringLiteral("always_apply"),
    QStringLiteral("created"),
};

QJsonObject fieldsOf(const Item &item)
{
    return {
        {QStringLiteral("uuid"), item.uuid},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("author"), item.author},
        {QStringLiteral("kind"), kindName(item.kind)},
        {QStringLiteral("unit"), unitName(item.unit)},
        {QStringLiteral("total"), item.total},
        {QStringLiteral("status"), item.statusSet ? statusName(*item.statusSet) : QString()},
        {QStringLiteral("started"), dateText(item.startedSet)},
        {QStringLiteral("finished"), dateText(item.finishedSet)},
        {QStringLiteral("rating"), item.rating},
        {QStringLiteral("notes"), item.notes},
        {QStringLiteral("always_apply"), item.autoApply},
        {QStringLiteral("created"), item.created.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Item itemOf(const QJsonObject &fields)
{
    Item item;
    item.uuid = fields.value(QStringLiteral("uuid")).toString().toLower();
    item.title = fields.value(QStringLiteral("title")).toString();
    item.author = fields.value(QStringLiteral("author")).toString();
    item.kind = kindFromName(fields.value(QStringLiteral("kind")).toString()).value_or(Kind::Book);
    item.unit = unitFromName(fields.value(QStringLiteral("unit")).toString()).value_or(Unit::Page);
    item.total = std::max(0.0, fields.value(QStringLiteral("total")).toDouble());
    item.statusSet = statusFromName(fields.value(QStringLiteral("status")).toString());
    item.startedSet = parseEntryDate(fields.value(QStringLiteral("started")).toString());
    item.finishedSet = parseEntryDate(fields.value(QStringLiteral("finished")).toString());
    item.rating = std::clamp(fields.value(QStringLiteral("rating")).toInt(), 0, 5);
    item.notes = fields.value(QStringLiteral("notes")).toString();
    item.autoApply = fields.value(QStringLiteral("always_apply")).toBool();
    item.created =
        QDateTime::fromString(fields.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
            .toUTC();
    return item;
}

QJsonObject eventOf(const Event &event)
{
    return {
        {QStringLiteral("date"), toEntryDateText(event.date)},
        {QStringLiteral("kind"), rows::eventKindName(event.kind)},
        {QStringLiteral("notation"), rows::notationName(event.notation)},
        {QStringLiteral("value"), event.value},
        {QStringLiteral("out_of"), event.outOf},
    };
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A JSON value as the file writes it, on one line.
QByteArray valueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QStringList eventLines(const QList<Event> &events)
{
    QStringList lines;
    for (const Event &event : events)
        lines.append(compact(eventOf(event)));
    return lines;
}

} // namespace

QString key(const QString &uuid)
{
    return prefix + uuid;
}

bool isKey(const QString &key)
{
    return key.startsWith(prefix);
}

QString uuidOfKey(const QString &key)
{
    return key.mid(prefix.size());
}

QString path(const Item &item)
{
    return mirror::recordPath(QStringLiteral("reading"), item.title, item.uuid);
}

bool isPath(const QString &path)
{
    return path.startsWith(QLatin1String("reading/")) && path.endsWith(QLatin1String(".json"))
           && path.count(QLatin1Char('/')) == 1;
}

QByteArray file(const ReadingFile &reading)
{
    // One field a line and one event a line: two machines' changes to
    // different fields or events merge line by line in any git tool too.
    const QJsonObject fields = fieldsOf(reading.item);
    QByteArray out = "{\n";
    for (const QString &name : fieldOrder)
        out += "  " + valueText(name) + ": " + valueText(fields.value(name)) + ",\n";
    out += "  \"events\": [";
    const QStringList events = eventLines(reading.events);
    for (qsizetype i = 0; i < events.size(); ++i)
        out += (i ? ",\n    " : "\n    ") + events.at(i).toUtf8();
    out += events.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::optional<ReadingFile> parse(const QByteArray &file, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (!document.isObject()) {
        *error = tr("it is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ReadingFile reading;
    reading.item = itemOf(object);
    reading.item.uuid = mirror::canonicalUuid(reading.item.uuid);
    if (reading.item.uuid.isEmpty()) {
        *error = tr("it has no valid uuid");
        return std::nullopt;
    }
    if (reading.item.title.trimmed().isEmpty()) {
        *error = tr("it has no title");
        return std::nullopt;
    }
    for (const QJsonValue &value : object.value(QStringLiteral("events")).toArray()) {
        const QJsonObject fields = value.toObject();
        Event event;
        event.date = parseEntryDate(fields.value(QStringLiteral("date")).toString());
        if (!event.date.isValid())
            continue;
        event.kind = rows::eventKindFromName(fields.value(QStringLiteral("kind")).toString());
        event.notation =
            rows::notationFromName(fields.value(QStringLiteral("notation")).toString());
        event.value = fields.value(QStringLiteral("value")).toDouble();
        event.outOf = fields.value(QStringLiteral("out_of")).toDouble();
        reading.events.append(event);
    }
    return reading;
}

ReadingFile merge(const std::optional<ReadingFile> &base, const ReadingFile &ours,
                  const ReadingFile &theirs)
{
    const QJsonObject was = base ? fieldsOf(base->item) : QJsonObject();
    const QJsonObject mine = fieldsOf(ours.item);
    const QJsonObject other = fieldsOf(theirs.item);
    QJsonObject merged = mine;
    for (const QString &name : fieldOrder)
        if (mine.value(name) == was.value(name) && base)
            merged.insert(name, other.value(name));
    ReadingFile result;
    result.item = itemOf(merged);
    result.item.id = ours.item.id;

    const QStringList before = base ? eventLines(base->events) : QStringList();
    const QStringList here = eventLines(ours.events);
    const QStringList there = eventLines(theirs.events);
    QList<std::pair<QString, Event>> kept;
    for (qsizetype i = 0; i < here.size(); ++i)
        if (there.contains(here.at(i)) || !before.contains(here.at(i)))
            kept.append({here.at(i), ours.events.at(i)});
    for (qsizetype i = 0; i < there.size(); ++i)
        if (!here.contains(there.at(i)) && !before.contains(there.at(i)))
            kept.append({there.at(i), theirs.events.at(i)});
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto &a, const auto &b) { return a.second.date < b.second.date; });
    for (const auto &[line, event] : kept)
        result.events.append(event);
    return result;
}

} // namespace waypoint::sync::readingMirror
