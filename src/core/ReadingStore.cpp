#include "ReadingStore.h"

#include "sql/DatabaseError.h"
#include "Entry.h"
#include "EntryStore.h"
#include "Journal.h"
#include "JournalChanges.h"
#include "ReadingRows.h"
#include "sql/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <algorithm>

namespace waypoint {

using namespace reading;

namespace reading::rows {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(QDate date)
{
    return date.isValid() ? toEntryDateText(date) : QString();
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Started:
        return QStringLiteral("started");
    case EventKind::Finished:
        return QStringLiteral("finished");
    case EventKind::Progress:
        break;
    }
    return QStringLiteral("progress");
}

EventKind eventKindFromName(const QString &name)
{
    if (name == QLatin1String("started"))
        return EventKind::Started;
    if (name == QLatin1String("finished"))
        return EventKind::Finished;
    return EventKind::Progress;
}

QString notationName(Notation notation)
{
    switch (notation) {
    case Notation::Count:
        return QStringLiteral("count");
    case Notation::Percent:
        return QStringLiteral("percent");
    case Notation::ItemUnit:
        break;
    }
    return QStringLiteral("unit");
}

Notation notationFromName(const QString &name)
{
    if (name == QLatin1String("count"))
        return Notation::Count;
    if (name == QLatin1String("percent"))
        return Notation::Percent;
    return Notation::ItemUnit;
}

Event eventFor(const ProgressMention &mention)
{
    Event event;
    event.kind = mention.kind == ProgressMention::Kind::Started    ? EventKind::Started
                 : mention.kind == ProgressMention::Kind::Finished ? EventKind::Finished
                                                                   : EventKind::Progress;
    event.notation = mention.unit == ProgressMention::Unit::Count     ? Notation::Count
                     : mention.unit == ProgressMention::Unit::Percent ? Notation::Percent
                                                                      : Notation::ItemUnit;
    event.value = mention.value;
    event.outOf = mention.total;
    event.line = mention.line;
    return event;
}

qint64 itemForKey(const QSqlDatabase &db, const QString &key)
{
    return sql::scalar(db, QStringLiteral("SELECT item_id FROM reading_titles WHERE key = ?"),
                       {key})
        .toLongLong();
}

qint64 insertItem(const QSqlDatabase &db, const Item &item, const QDateTime &now)
{
    const QSqlQuery insert = sql::run(
        db,
        QStringLiteral("INSERT INTO reading_items (title, author, kind, unit, total, status,"
                       " started, finished, rating, notes, auto_apply, created_utc, updated_utc,"
                       " uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.title, item.author, kindName(item.kind), unitName(item.unit), item.total,
         item.statusSet ? statusName(*item.statusSet) : QString(), dateText(item.startedSet),
         dateText(item.finishedSet), item.rating, item.notes, item.autoApply ? 1 : 0,
         utcText(item.created.isValid() ? item.created : now), utcText(now),
         item.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : item.uuid});
    const qint64 id = insert.lastInsertId().toLongLong();
    sql::run(db, QStringLiteral("INSERT INTO reading_titles (key, item_id) VALUES (?, ?)"),
             {normalizeTitle(item.title), id});
    return id;
}

void insertEvent(const QSqlDatabase &db, Event &event)
{
    const QVariant none(QMetaType::fromType<qint64>());
    const QSqlQuery insert = sql::run(
        db,
        QStringLiteral("INSERT INTO reading_progress (item_id, event_date, kind, notation, value,"
                       " out_of, entry_id, mention_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {event.itemId, toEntryDateText(event.date), eventKindName(event.kind),
         notationName(event.notation), event.value, event.outOf,
         event.entryId ? QVariant(event.entryId) : none,
         event.mentionId ? QVariant(event.mentionId) : none});
    event.id = insert.lastInsertId().toLongLong();
}

} // namespace reading::rows

namespace {

using namespace reading::rows;

const QString itemColumns =
    QStringLiteral("id, title, author, kind, unit, total, status, started, finished, rating, notes,"
                   " auto_apply, created_utc, coalesce(uuid, '')");

Item readItem(const QSqlQuery &query)
{
    Item item;
    item.id = query.value(0).toLongLong();
    item.title = query.value(1).toString();
    item.author = query.value(2).toString();
    item.kind = kindFromName(query.value(3).toString()).value_or(Kind::Book);
    item.unit = unitFromName(query.value(4).toString()).value_or(Unit::Page);
    item.total = query.value(5).toDouble();
    item.statusSet = statusFromName(query.value(6).toString());
    item.startedSet = parseEntryDate(query.value(7).toString());
    item.finishedSet = parseEntryDate(query.value(8).toString());
    item.rating = query.value(9).toInt();
    item.notes = query.value(10).toString();
    item.autoApply = query.value(11).toBool();
    item.created = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs).toUTC();
    item.uuid = query.value(13).toString();
    return item;
}

// The most of an item read by the end of a day (-1: nothing by then).
double readBy(const Item &item, const QList<Event> &events, QDate day)
{
    double most = -1;
    for (const Event &event : events)
        if (event.date <= day)
            most = std::max(most, valueInItemUnit(event, item));
    return most;
}

} // namespace

ReadingStore::ReadingStore(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}

void ReadingStore::reportChanged() const
{
    m_journal.changes().report(ChangeSet::ofReading());
}


QList<Event> ReadingStore::readEvents(const QString &condition, const QVariant &binding) const
{
    const QString statement =
        QStringLiteral("SELECT p.id, p.item_id, p.event_date, p.kind, p.notation, p.value,"
                       " p.out_of, coalesce(p.entry_id, 0), coalesce(p.mention_id, 0), m.line"
                       " FROM reading_progress p LEFT JOIN reading_mentions m ON m.id = p.mention_id %1"
                       " ORDER BY p.event_date, p.id")
            .arg(condition);
    QSqlQuery query = binding.isValid() ? sql::run(m_journal.database(), statement, {binding})
                                        : sql::run(m_journal.database(), statement);
    QList<Event> events;
    QList<qint64> entryIds;
    while (query.next()) {
        Event event;
        event.id = query.value(0).toLongLong();
        event.itemId = query.value(1).toLongLong();
        event.date = parseEntryDate(query.value(2).toString());
        event.kind = eventKindFromName(query.value(3).toString());
        event.notation = notationFromName(query.value(4).toString());
        event.value = query.value(5).toDouble();
        event.outOf = query.value(6).toDouble();
        event.entryId = query.value(7).toLongLong();
        event.mentionId = query.value(8).toLongLong();
        event.line = query.value(9).toInt();
        if (event.entryId != 0)
            entryIds.append(event.entryId);
        events.append(event);
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(m_journal.database(), entryIds);
    for (Event &event : events) {
        const EntryStore::Ref entry = entries.value(event.entryId);
        event.entryUuid = entry.uuid;
        event.entryTitle = entry.title;
    }
    return events;
}

QList<Event> ReadingStore::events(qint64 itemId) const
{
    return readEvents(QStringLiteral("WHERE p.item_id = ?"), itemId);
}

QList<Item> ReadingStore::items() const
{
    QSqlQuery query =
        sql::run(m_journal.database(),
                 QStringLiteral("SELECT %1 FROM reading_items ORDER BY id").arg(itemColumns));
    QList<Item> items;
    while (query.next())
        items.append(readItem(query));
    QHash<qint64, QList<Event>> byItem;
    for (const Event &event : readEvents({}, {}))
        byItem[event.itemId].append(event);
    for (Item &item : items)
        deriveProgress(item, byItem.value(item.id));
    return items;
}

std::optional<Item> ReadingStore::item(qint64 id) const
{
    QSqlQuery query = sql::run(
        m_journal.database(),
        QStringLiteral("SELECT %1 FROM reading_items WHERE id = ?").arg(itemColumns), {id});
    if (!query.next())
        return std::nullopt;
    Item item = readItem(query);
    deriveProgress(item, events(id));
    return item;
}

std::optional<Item> ReadingStore::findItem(const QString &idOrTitle, QString *error) const
{
    bool isNumber = false;
    const qint64 id = idOrTitle.toLongLong(&isNumber);
    if (isNumber)
        if (std::optional<Item> found = item(id))
            return found;
    const QString key = normalizeTitle(idOrTitle);
    if (const qint64 byTitle = key.isEmpty() ? 0 : itemForKey(m_journal.database(), key))
        return item(byTitle);
    // A start of a title, when only one item's title starts so.
    std::optional<Item> match;
    if (!key.isEmpty()) {
        for (const Item &candidate : items()) {
            if (!normalizeTitle(candidate.title).startsWith(key))
                continue;
            if (match) {
                *error = tr("%1: more than one item on the reading list has a title starting so")
                             .arg(idOrTitle);
                return std::nullopt;
            }
            match = candidate;
        }
    }
    if (!match)
        *error = tr("%1: no such item on the reading list").arg(idOrTitle);
    return match;
}

Item ReadingStore::addItem(Item item)
{
    item.title = item.title.trimmed();
    const QString key = normalizeTitle(item.title);
    if (key.isEmpty())
        throw DatabaseError(tr("An item needs a title."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    if (const qint64 existing = itemForKey(db, key))
        throw DatabaseError(
            tr("“%1” is on the reading list already (item %2).").arg(item.title).arg(existing));
    item.id = insertItem(db, item, m_journal.now());
    transaction.commit();
    reportChanged();
    return *this->item(item.id);
}

void ReadingStore::updateItem(const Item &item)
{
    const QString key = normalizeTitle(item.title);
    if (key.isEmpty())
        throw DatabaseError(tr("An item needs a title."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const qint64 owner = itemForKey(db, key);
    if (owner && owner != item.id)
        throw DatabaseError(tr("“%1” is on the reading list already (item %2).")
                                .arg(item.title.trimmed())
                                .arg(owner));
    sql::run(db,
             QStringLiteral("UPDATE reading_items SET title = ?, author = ?, kind = ?, unit = ?,"
                            " total = ?, status = ?, started = ?, finished = ?, rating = ?,"
                            " notes = ?, auto_apply = ?, updated_utc = ? WHERE id = ?"),
             {item.title.trimmed(), item.author.trimmed(), kindName(item.kind), unitName(item.unit),
              std::max(0.0, item.total), item.statusSet ? statusName(*item.statusSet) : QString(),
              dateText(item.startedSet), dateText(item.finishedSet), std::clamp(item.rating, 0, 5),
              item.notes, item.autoApply ? 1 : 0, utcText(m_journal.now()), item.id});
    // The old title stays one it is known by: the journal still says it.
    if (!owner)
        sql::run(db, QStringLiteral("INSERT INTO reading_titles (key, item_id) VALUES (?, ?)"),
                 {key, item.id});
    transaction.commit();
    reportChanged();
}

qint64 ReadingStore::receive(const Item &item)
{
    const QString key = normalizeTitle(item.title);
    if (key.isEmpty())
        throw DatabaseError(tr("An item needs a title."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    qint64 id = itemForKey(db, key);
    if (id == 0) {
        id = insertItem(db, item, m_journal.now());
    } else {
        Item here = *this->item(id);
        here.uuid = item.uuid;
        if (here.author.isEmpty())
            here.author = item.author;
        if (here.total == 0)
            here.total = item.total;
        if (here.notes.isEmpty())
            here.notes = item.notes;
        if (here.rating == 0)
            here.rating = item.rating;
        sql::run(db,
                 QStringLiteral("UPDATE reading_items SET uuid = ?, author = ?, total = ?,"
                                " notes = ?, rating = ? WHERE id = ?"),
                 {here.uuid, here.author, here.total, here.notes, here.rating, id});
    }
    transaction.commit();
    reportChanged();
    return id;
}

void ReadingStore::replaceLogged(qint64 itemId, const QList<Event> &events, bool keepOthers)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    QList<Event> logged;
    for (const Event &event : this->events(itemId))
        if (event.entryId == 0 && event.mentionId == 0)
            logged.append(event);
    if (!keepOthers)
        sql::run(db,
                 QStringLiteral("DELETE FROM reading_progress WHERE item_id = ? AND entry_id IS NULL"
                                " AND mention_id IS NULL"),
                 {itemId});
    const auto alike = [](const Event &a, const Event &b) {
        return a.date == b.date && a.kind == b.kind && a.notation == b.notation
               && a.value == b.value && a.outOf == b.outOf;
    };
    for (Event event : events) {
        if (keepOthers && std::any_of(logged.cbegin(), logged.cend(),
                                      [&](const Event &e) { return alike(e, event); }))
            continue;
        event.itemId = itemId;
        event.entryId = 0;
        event.mentionId = 0;
        insertEvent(db, event);
    }
    transaction.commit();
    reportChanged();
}

void ReadingStore::removeItem(qint64 id)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    // Its lines are not suggested again: the user removed what they said.
    sql::run(db,
             QStringLiteral("UPDATE reading_mentions SET state = 'ignored' WHERE id IN"
                            " (SELECT mention_id FROM reading_progress WHERE item_id = ?)"
                            " OR (state = 'pending' AND key IN"
                            " (SELECT key FROM reading_titles WHERE item_id = ?))"),
             {id, id});
    sql::run(db, QStringLiteral("DELETE FROM reading_items WHERE id = ?"), {id});
    transaction.commit();
    reportChanged();
}

Event ReadingStore::logProgress(qint64 itemId, const WrittenValue &value, QDate date,
                                EventKind kind)
{
    if (!date.isValid())
        throw DatabaseError(tr("Progress needs a valid date."));
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    std::optional<Item> target = item(itemId);
    if (!target)
        throw DatabaseError(tr("The item is no longer on the reading list."));
    if (value.notation == Notation::ItemUnit && target->total > 0 && value.value > target->total)
        throw DatabaseError(
            tr("%1 is more than the item's total of %2.").arg(value.value).arg(target->total));
    Event event;
    event.itemId = itemId;
    event.date = date;
    event.kind = kind;
    event.notation = value.notation;
    event.value = value.value;
    event.outOf = value.outOf;
    insertEvent(db, event);
    // "7/13" logged for an item of unknown total tells the total.
    if (value.notation == Notation::Count && target->total == 0 && target->unit != Unit::Percent)
        sql::run(db, QStringLiteral("UPDATE reading_items SET total = ? WHERE id = ?"),
                 {value.outOf, itemId});
    transaction.commit();
    reportChanged();
    return event;
}

void ReadingStore::removeEvent(qint64 eventId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM reading_progress WHERE id = ? AND mention_id IS NULL"),
             {eventId});
    transaction.commit();
    reportChanged();
}

QList<int> ReadingStore::years() const
{
    QSet<int> years;
    QSqlQuery goals =
        sql::run(m_journal.database(), QStringLiteral("SELECT year FROM reading_goals"));
    while (goals.next())
        years.insert(goals.value(0).toInt());
    for (const Item &item : items()) {
        if (item.finished.isValid())
            years.insert(item.finished.year());
        if (item.started.isValid())
            years.insert(item.started.year());
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}

YearSummary ReadingStore::year(int year) const
{
    YearSummary summary;
    summary.year = year;
    summary.goal =
        sql::scalar(m_journal.database(),
                    QStringLiteral("SELECT books FROM reading_goals WHERE year = ?"), {year})
            .toInt();
    const QDate lastYearEnd(year - 1, 12, 31);
    const QDate yearEnd(year, 12, 31);
    for (const Item &item : items()) {
        if (item.status == Status::Finished && item.finished.year() == year) {
            summary.finished.append(item);
            (item.kind == Kind::Book ? summary.booksFinished : summary.othersFinished) += 1;
        }
        if (item.unit != Unit::Page)
            continue;
        const QList<Event> itemEvents = events(item.id);
        const double byEnd = readBy(item, itemEvents, yearEnd);
        if (byEnd > 0)
            summary.pagesRead += byEnd - std::max(0.0, readBy(item, itemEvents, lastYearEnd));
    }
    std::sort(summary.finished.begin(), summary.finished.end(),
              [](const Item &a, const Item &b) { return a.finished < b.finished; });
    return summary;
}

ImportCounts ReadingStore::importItems(const QList<ImportedItem> &imported)
{
    ImportCounts counts;
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    for (const ImportedItem &row : imported) {
        const Item &incoming = row.item;
        const QString key = normalizeTitle(incoming.title);
        if (key.isEmpty())
            continue;
        if (const qint64 id = itemForKey(db, key)) {
            Item merged = *item(id);
            const Item before = merged;
            if (!incoming.author.isEmpty())
                merged.author = incoming.author;
            if (incoming.rating > 0)
                merged.rating = incoming.rating;
            if (incoming.total > 0 && incoming.unit == merged.unit)
                merged.total = incoming.total;
            if (incoming.statusSet)
                merged.statusSet = incoming.statusSet;
            if (incoming.startedSet.isValid())
                merged.startedSet = incoming.startedSet;
            if (incoming.finishedSet.isValid())
                merged.finishedSet = incoming.finishedSet;
            if (!incoming.notes.isEmpty())
                merged.notes = incoming.notes;
            const bool same =
                merged.author == before.author && merged.rating == before.rating
                && merged.total == before.total && merged.statusSet == before.statusSet
                && merged.startedSet == before.startedSet
                && merged.finishedSet == before.finishedSet && merged.notes == before.notes;
            if (same) {
                ++counts.unchanged;
                continue;
            }
            updateItem(merged);
            ++counts.updated;
            continue;
        }
        Event event;
        event.itemId = insertItem(db, incoming, m_journal.now());
        ++counts.added;
        if (!row.progress)
            continue;
        event.notation = row.progress->notation;
        event.value = row.progress->value;
        event.outOf = row.progress->outOf;
        event.date = incoming.finishedSet.isValid()  ? incoming.finishedSet
                     : incoming.startedSet.isValid() ? incoming.startedSet
                     : incoming.created.isValid()    ? incoming.created.date()
                                                     : m_journal.now().date();
        insertEvent(db, event);
    }
    transaction.commit();
    reportChanged();
    return counts;
}

void ReadingStore::setYearGoal(int year, int books)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    if (books > 0)
        sql::run(db,
                 QStringLiteral("INSERT INTO reading_goals (year, books) VALUES (?, ?)"
                                " ON CONFLICT (year) DO UPDATE SET books = excluded.books"),
                 {year, books});
    else
        sql::run(db, QStringLiteral("DELETE FROM reading_goals WHERE year = ?"), {year});
    transaction.commit();
    reportChanged();
}

} // namespace waypoint
