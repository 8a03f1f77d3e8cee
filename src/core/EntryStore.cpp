#include "EntryStore.h"

#include "sql/DatabaseError.h"
#include "DerivedData.h"
#include "GoalStore.h"
#include "Journal.h"
#include "JournalChanges.h"
#include "ReadingStore.h"
#include "sql/Sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace waypoint {

namespace {

const QChar tagSeparator(0x1f);

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The columns of an EntrySummary, tags gathered in the order given.
const QString summaryColumns = QStringLiteral(
    "e.id, e.uuid, e.entry_date, e.title, length(e.body), e.source,"
    " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM entry_tags et"
    "  JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id ORDER BY et.position))");

const QString tagCondition =
    QStringLiteral("EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                   " WHERE et.entry_id = e.id AND t.name = ?)");

EntrySummary readSummary(const QSqlQuery &query)
{
    EntrySummary summary;
    summary.id = query.value(0).toLongLong();
    summary.uuid = query.value(1).toString();
    summary.date = parseEntryDate(query.value(2).toString());
    summary.title = query.value(3).toString();
    summary.chars = query.value(4).toLongLong();
    summary.source = query.value(5).toString();
    const QString tags = query.value(6).toString();
    if (!tags.isEmpty())
        summary.tags = tags.split(tagSeparator);
    return summary;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString name = normalizedTag(tag);
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

} // namespace

EntryStore::EntryStore(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    addDerivedData(searchIndexData());
    addDerivedData(ReadingStore::derivedData());
    addDerivedData(GoalStore::derivedData());
}

EntryStore::~EntryStore() = default;

void EntryStore::addDerivedData(std::unique_ptr<DerivedData> data)
{
    m_derived.push_back(std::move(data));
}

Entry EntryStore::create(Entry entry)
{
    if (!entry.date.isValid())
        throw DatabaseError(tr("An entry needs a valid date."));
    entry.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.created = entry.updated = m_journal.now();
    return insert(std::move(entry));
}

Entry EntryStore::receive(Entry entry)
{
    if (!entry.date.isValid())
        throw DatabaseError(tr("An entry needs a valid date."));
    if (QUuid::fromString(entry.uuid).isNull())
        throw DatabaseError(tr("An entry from elsewhere needs its id."));
    if (!entry.created.isValid())
        entry.created = m_journal.now();
    if (!entry.updated.isValid())
        entry.updated = entry.created;
    return insert(std::move(entry));
}

void EntryStore::keepRevision(qint64 id, const QString &title, const QString &body,
                              const QDateTime &saved)
{
    sql::run(m_journal.database(),
             QStringLiteral("INSERT INTO entry_revisions (entry_id, title, body, saved_utc)"
                            " VALUES (?, ?, ?, ?)"),
             {id, title, body, utcText(saved)});
}

Entry EntryStore::insert(Entry entry)
{
    const QSqlDatabase db = m_journal.database();
    entry.tags = cleanTags(entry.tags);
    ChangeSet changes;
    sql::Transaction transaction(db);
    const QSqlQuery insert =
        sql::run(db,
                 QStringLiteral("INSERT INTO entries (uuid, entry_date, title, body, created_utc,"
                                " updated_utc, source, source_hash, front_matter, source_root)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {entry.uuid, toEntryDateText(entry.date), entry.title, entry.body,
                  utcText(entry.created), utcText(entry.updated), entry.source, entry.sourceHash,
                  entry.frontMatter, entry.sourceRoot});
    entry.id = insert.lastInsertId().toLongLong();
    writeTags(entry.id, entry.tags);
    for (const std::unique_ptr<DerivedData> &data : m_derived)
        data->written(db, nullptr, entry, entry.created, changes);
    transaction.commit();
    changes.created.append(entry.id);
    changes.tags = !entry.tags.isEmpty();
    m_journal.changes().report(changes);
    return entry;
}

bool EntryStore::update(const Entry &entry, RevisionPolicy policy)
{
    const QSqlDatabase db = m_journal.database();
    if (!entry.date.isValid())
        throw DatabaseError(tr("An entry needs a valid date."));
    sql::Transaction transaction(db);
    const std::optional<Entry> stored = find(entry.id);
    if (!stored)
        throw DatabaseError(tr("The entry no longer exists."));
    Entry written = entry;
    written.tags = cleanTags(entry.tags);
    const bool textChanged = stored->title != written.title || stored->body != written.body;
    const bool tagsDiffer = stored->tags != written.tags;
    const bool listed = stored->title != written.title || tagsDiffer || stored->date != written.date
                        || stored->source != written.source;
    const bool received = policy == RevisionPolicy::Received && entry.updated.isValid();
    if (!textChanged && !listed && stored->sourceHash == written.sourceHash
        && stored->frontMatter == written.frontMatter && stored->sourceRoot == written.sourceRoot) {
        if (!received || utcText(stored->updated) == utcText(entry.updated))
            return false;
        // Only the time differs: no revision, nothing for the lists.
        sql::run(db, QStringLiteral("UPDATE entries SET updated_utc = ? WHERE id = ?"),
                 {utcText(entry.updated), entry.id});
        transaction.commit();
        return true;
    }

    const QDateTime now = m_journal.now();
    const QDateTime updated = received ? entry.updated : now;
    if (textChanged) {
        const QString lastRevision =
            sql::scalar(
                db, QStringLiteral("SELECT max(saved_utc) FROM entry_revisions WHERE entry_id = ?"),
                {entry.id})
                .toString();
        const bool recent = policy == RevisionPolicy::Coalesce && !lastRevision.isEmpty()
                            && fromUtcText(lastRevision).secsTo(now) < revisionIntervalSecs;
        if (!recent)
            sql::run(db,
                     QStringLiteral("INSERT INTO entry_revisions (entry_id, title, body, saved_utc)"
                                    " VALUES (?, ?, ?, ?)"),
                     {entry.id, stored->title, stored->body, utcText(now)});
    }
    sql::run(db,
             QStringLiteral(
                 "UPDATE entries SET entry_date = ?, title = ?, body = ?, updated_utc = ?,"
                 " source = ?, source_hash = ?, front_matter = ?, source_root = ? WHERE id = ?"),
             {toEntryDateText(entry.date), entry.title, entry.body, utcText(updated), entry.source,
              entry.sourceHash, entry.frontMatter, entry.sourceRoot, entry.id});
    if (tagsDiffer)
        writeTags(entry.id, written.tags);
    ChangeSet changes;
    for (const std::unique_ptr<DerivedData> &data : m_derived)
        data->written(db, &*stored, written, now, changes);
    transaction.commit();
    (listed ? changes.edited : changes.rewritten).append(entry.id);
    changes.tags = tagsDiffer;
    m_journal.changes().report(changes);
    return true;
}

DeletedEntry EntryStore::remove(qint64 id)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const std::optional<Entry> entry = find(id);
    if (!entry)
        throw DatabaseError(tr("The entry no longer exists."));
    DeletedEntry deleted{*entry, revisions(id), {}};
    ChangeSet changes;
    for (const std::unique_ptr<DerivedData> &data : m_derived) {
        const QVariant kept = data->removing(db, *entry, changes);
        if (kept.isValid())
            deleted.kept.insert(data->name(), kept);
    }
    sql::run(db, QStringLiteral("DELETE FROM entries WHERE id = ?"), {id});
    sql::run(db,
             QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)"));
    transaction.commit();
    changes.removed.append(id);
    changes.tags = !entry->tags.isEmpty();
    m_journal.changes().report(changes);
    return deleted;
}

qint64 EntryStore::restore(const DeletedEntry &deleted)
{
    Entry entry = deleted.entry;
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    // SQLite may have given the deleted row id to a newer entry; then the
    // restored one takes a fresh id (its uuid, which users see, is kept).
    const bool idFree = !find(entry.id).has_value();
    const QSqlQuery insert = sql::run(
        db,
        QStringLiteral("INSERT INTO entries (id, uuid, entry_date, title, body, created_utc,"
                       " updated_utc, source, source_hash, front_matter, source_root)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idFree ? QVariant(entry.id) : QVariant(QMetaType::fromType<qint64>()), entry.uuid,
         toEntryDateText(entry.date), entry.title, entry.body, utcText(entry.created),
         utcText(entry.updated), entry.source, entry.sourceHash, entry.frontMatter,
         entry.sourceRoot});
    entry.id = idFree ? entry.id : insert.lastInsertId().toLongLong();
    writeTags(entry.id, entry.tags);
    ChangeSet changes;
    const QDateTime now = m_journal.now();
    for (const std::unique_ptr<DerivedData> &data : m_derived)
        data->restored(db, entry, deleted.kept.value(data->name()), now, changes);
    for (const Revision &revision : deleted.revisions)
        sql::run(db,
                 QStringLiteral("INSERT INTO entry_revisions (entry_id, title, body, saved_utc)"
                                " VALUES (?, ?, ?, ?)"),
                 {entry.id, revision.title, revision.body, utcText(revision.saved)});
    transaction.commit();
    changes.created.append(entry.id);
    changes.tags = !entry.tags.isEmpty();
    m_journal.changes().report(changes);
    return entry.id;
}

namespace {

const QString entryColumns =
    QStringLiteral("e.id, e.uuid, e.entry_date, e.title, e.body, e.created_utc, e.updated_utc,"
                   " e.source, e.source_hash, e.front_matter, e.source_root");

Entry readEntry(const QSqlQuery &query)
{
    Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.uuid = query.value(1).toString();
    entry.date = parseEntryDate(query.value(2).toString());
    entry.title = query.value(3).toString();
    entry.body = query.value(4).toString();
    entry.created = fromUtcText(query.value(5).toString());
    entry.updated = fromUtcText(query.value(6).toString());
    entry.source = query.value(7).toString();
    entry.sourceHash = query.value(8).toString();
    entry.frontMatter = query.value(9).toString();
    entry.sourceRoot = query.value(10).toString();
    return entry;
}

} // namespace

QList<Entry> EntryStore::all() const
{
    const QSqlDatabase db = m_journal.database();
    QHash<qint64, QStringList> tags;
    QSqlQuery tagged = sql::run(db, QStringLiteral("SELECT et.entry_id, t.name FROM entry_tags et"
                                                   " JOIN tags t ON t.id = et.tag_id"
                                                   " ORDER BY et.entry_id, et.position"));
    while (tagged.next())
        tags[tagged.value(0).toLongLong()].append(tagged.value(1).toString());
    QSqlQuery query = sql::run(
        db, QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM entries e ORDER BY e.id"));
    QList<Entry> entries;
    while (query.next()) {
        entries.append(readEntry(query));
        entries.last().tags = tags.value(entries.last().id);
    }
    return entries;
}

std::optional<Entry> EntryStore::find(qint64 id) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT ") + entryColumns
                                   + QStringLiteral(" FROM entries e WHERE e.id = ?"),
                               {id});
    if (!query.next())
        return std::nullopt;
    Entry entry = readEntry(query);
    entry.tags = readTags(entry.id);
    return entry;
}

bool EntryStore::isIdOrPrefix(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-fA-F-]{4,36}$"));
    return shape.match(text).hasMatch();
}

std::optional<Entry> EntryStore::findByUuid(const QString &uuidOrPrefix, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    if (!isIdOrPrefix(uuidOrPrefix))
        return std::nullopt;
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT id FROM entries WHERE uuid >= ? AND uuid < ?"
                                              " ORDER BY uuid LIMIT 2"),
                               {uuidOrPrefix.toLower(), uuidOrPrefix.toLower() + QChar(0x7f)});
    if (!query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    if (query.next()) {
        if (ambiguous)
            *ambiguous = true;
        return std::nullopt;
    }
    return find(id);
}

QString EntryStore::filterSql(QDate from, QDate to, const QStringList &tags,
                              const QStringList &without, QVariantList *values)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions << QStringLiteral("e.entry_date >= ?");
        values->append(toEntryDateText(from));
    }
    if (to.isValid()) {
        conditions << QStringLiteral("e.entry_date <= ?");
        values->append(toEntryDateText(to));
    }
    // tags.name compares case folded (COLLATE NOCASE).
    for (const QString &tag : tags) {
        conditions << tagCondition;
        values->append(normalizedTag(tag));
    }
    for (const QString &tag : without) {
        conditions << QStringLiteral("NOT ") + tagCondition;
        values->append(normalizedTag(tag));
    }
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
}

QList<EntrySummary> EntryStore::list(const EntryFilter &filter) const
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT ") + summaryColumns
                        + QStringLiteral(" FROM entries e WHERE ")
                        + filterSql(filter.from, filter.to,
                                    filter.tag.isEmpty() ? QStringList() : QStringList{filter.tag},
                                    {}, &values);
    statement += QStringLiteral(" ORDER BY e.entry_date DESC, e.id DESC");
    if (filter.limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
    QList<EntrySummary> result;
    while (query.next())
        result.append(readSummary(query));
    return result;
}

QList<Entry> EntryStore::select(const QStringList &ids, const EntryFilter &filter,
                                QString *error) const
{
    QList<Entry> entries;
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            bool ambiguous = false;
            const std::optional<Entry> entry = findByUuid(id, &ambiguous);
            if (!entry) {
                *error = ambiguous ? tr("%1: more than one entry has an id starting so").arg(id)
                                   : tr("%1: no such entry").arg(id);
                return {};
            }
            entries.append(*entry);
        }
        return entries;
    }
    const QList<EntrySummary> summaries = list(filter);
    entries.reserve(summaries.size());
    for (auto it = summaries.rbegin(); it != summaries.rend(); ++it) // oldest first
        if (const std::optional<Entry> entry = find(it->id))
            entries.append(*entry);
    return entries;
}

QList<EntrySummary> EntryStore::onThisDay(QDate day) const
{
    QSqlQuery query =
        sql::run(m_journal.database(),
                 QStringLiteral("SELECT ") + summaryColumns
                     + QStringLiteral(" FROM entries e WHERE substr(e.entry_date, 6) = ?"
                                      " AND e.entry_date < ?"
                                      " ORDER BY e.entry_date DESC, e.id DESC LIMIT 50"),
                 {day.toString(QStringLiteral("MM-dd")), toEntryDateText(QDate(day.year(), 1, 1))});
    QList<EntrySummary> result;
    while (query.next())
        result.append(readSummary(query));
    return result;
}

QList<DayCount> EntryStore::dayCounts(QDate from, QDate to) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT entry_date, count(*), sum(length(body))"
                                              " FROM entries WHERE entry_date BETWEEN ? AND ?"
                                              " GROUP BY entry_date ORDER BY entry_date"),
                               {toEntryDateText(from), toEntryDateText(to)});
    QList<DayCount> days;
    while (query.next())
        days.append({parseEntryDate(query.value(0).toString()), query.value(1).toInt(),
                     query.value(2).toLongLong()});
    return days;
}

QList<TagCount> EntryStore::tagCounts(QDate from, QDate to, int limit) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT t.name, count(*) FROM entry_tags et"
                                              " JOIN tags t ON t.id = et.tag_id"
                                              " JOIN entries e ON e.id = et.entry_id"
                                              " WHERE e.entry_date BETWEEN ? AND ?"
                                              " GROUP BY t.id ORDER BY 2 DESC, t.name LIMIT ?"),
                               {toEntryDateText(from), toEntryDateText(to), limit});
    QList<TagCount> tags;
    while (query.next())
        tags.append({query.value(0).toString(), query.value(1).toInt()});
    return tags;
}

QList<std::pair<EntrySummary, EntrySummary>> EntryStore::anniversaries(QDate from, QDate to,
                                                                       int limit) const
{
    QSqlQuery query = sql::run(
        m_journal.database(),
        QStringLiteral("SELECT e.id, max(o.id) FROM entries e"
                       " JOIN entries o ON substr(o.entry_date, 6) = substr(e.entry_date, 6)"
                       "  AND o.entry_date < ?"
                       " WHERE e.entry_date BETWEEN ? AND ?"
                       " GROUP BY e.entry_date ORDER BY length(e.body) DESC, e.entry_date LIMIT ?"),
        {toEntryDateText(from), toEntryDateText(from), toEntryDateText(to), limit});
    QList<std::pair<qint64, qint64>> ids;
    while (query.next())
        ids.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    QList<std::pair<EntrySummary, EntrySummary>> pairs;
    for (const auto &[day, earlier] : std::as_const(ids))
        pairs.append(
            {summary(day).value_or(EntrySummary{}), summary(earlier).value_or(EntrySummary{})});
    return pairs;
}

std::optional<EntrySummary> EntryStore::summary(qint64 id) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT ") + summaryColumns
                                   + QStringLiteral(" FROM entries e WHERE e.id = ?"),
                               {id});
    if (!query.next())
        return std::nullopt;
    return readSummary(query);
}

QList<MonthCount> EntryStore::monthCounts(const QString &tag) const
{
    QString statement = QStringLiteral("SELECT substr(e.entry_date, 1, 7) AS ym, count(*)"
                                       " FROM entries e");
    if (!tag.isEmpty())
        statement += QStringLiteral(" WHERE ") + tagCondition;
    statement += QStringLiteral(" GROUP BY ym ORDER BY ym DESC");
    QSqlQuery query = tag.isEmpty()
                          ? sql::run(m_journal.database(), statement)
                          : sql::run(m_journal.database(), statement, {normalizedTag(tag)});
    QList<MonthCount> result;
    while (query.next()) {
        const QString ym = query.value(0).toString();
        result.append({ym.left(4).toInt(), ym.mid(5, 2).toInt(), query.value(1).toInt()});
    }
    return result;
}

QList<TagCount> EntryStore::tagCounts() const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT t.name, count(et.entry_id) FROM tags t"
                                              " JOIN entry_tags et ON et.tag_id = t.id"
                                              " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"));
    QList<TagCount> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    return result;
}

QSet<QDate> EntryStore::datesWithEntries(QDate from, QDate to) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT DISTINCT entry_date FROM entries"
                                              " WHERE entry_date BETWEEN ? AND ?"),
                               {toEntryDateText(from), toEntryDateText(to)});
    QSet<QDate> result;
    while (query.next())
        result.insert(parseEntryDate(query.value(0).toString()));
    return result;
}

std::optional<qint64> EntryStore::newestOn(QDate date) const
{
    const QVariant id = sql::scalar(m_journal.database(),
                                    QStringLiteral("SELECT id FROM entries WHERE entry_date = ?"
                                                   " ORDER BY id DESC LIMIT 1"),
                                    {toEntryDateText(date)});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<qint64> EntryStore::newest() const
{
    const QVariant id = sql::scalar(m_journal.database(),
                                    QStringLiteral("SELECT id FROM entries"
                                                   " ORDER BY entry_date DESC, id DESC LIMIT 1"));
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QList<Revision> EntryStore::revisions(qint64 id) const
{
    QSqlQuery query =
        sql::run(m_journal.database(),
                 QStringLiteral("SELECT id, title, body, saved_utc FROM entry_revisions"
                                " WHERE entry_id = ? ORDER BY saved_utc DESC, id DESC"),
                 {id});
    QList<Revision> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), fromUtcText(query.value(3).toString())});
    return result;
}

QList<EntryStore::ImportedSource> EntryStore::importedSources() const
{
    QList<ImportedSource> sources;
    QSqlQuery query =
        sql::run(m_journal.database(),
                 QStringLiteral("SELECT id, source, source_root, source_hash FROM entries"
                                " WHERE source <> '' ORDER BY id"));
    while (query.next())
        sources.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    return sources;
}

int EntryStore::count() const
{
    return countIn(m_journal.database());
}

int EntryStore::countIn(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM entries")).toInt();
}

QHash<qint64, EntryStore::Ref> EntryStore::refs(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, Ref> found;
    if (ids.isEmpty())
        return found;
    // One statement for any number of ids: they go in as one JSON array.
    QString array = QStringLiteral("[");
    for (qint64 id : ids) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        array += QString::number(id);
    }
    array += QLatin1Char(']');
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT id, uuid, entry_date, title FROM entries"
                                              " WHERE id IN (SELECT value FROM json_each(?))"),
                               {array});
    found.reserve(ids.size());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        found.insert(id, {id, query.value(1).toString(), parseEntryDate(query.value(2).toString()),
                          query.value(3).toString()});
    }
    return found;
}

bool EntryStore::newestFirst(const Ref &a, const Ref &b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}

void EntryStore::eachText(const QSqlDatabase &db, const std::function<bool(const Entry &)> &each,
                          const QString &containing)
{
    QSqlQuery query =
        containing.isEmpty()
            ? sql::run(db, QStringLiteral("SELECT id, entry_date, title, body FROM entries"
                                          " ORDER BY id"))
            : sql::run(db,
                       QStringLiteral("SELECT id, entry_date, title, body FROM entries"
                                      " WHERE instr(body, ?) > 0 ORDER BY id"),
                       {containing});
    Entry entry;
    while (query.next()) {
        entry.id = query.value(0).toLongLong();
        entry.date = parseEntryDate(query.value(1).toString());
        entry.title = query.value(2).toString();
        entry.body = query.value(3).toString();
        if (!each(entry))
            return;
    }
}

void EntryStore::writeTags(qint64 id, const QStringList &tags) const
{
    const QSqlDatabase db = m_journal.database();
    sql::run(db, QStringLiteral("DELETE FROM entry_tags WHERE entry_id = ?"), {id});
    for (int i = 0; i < tags.size(); ++i) {
        sql::run(db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"),
                 {tags[i]});
        sql::run(db,
                 QStringLiteral("INSERT INTO entry_tags (entry_id, tag_id, position)"
                                " SELECT ?, id, ? FROM tags WHERE name = ?"),
                 {id, i, tags[i]});
    }
    sql::run(db,
             QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)"));
}

QStringList EntryStore::readTags(qint64 id) const
{
    QSqlQuery query = sql::run(m_journal.database(),
                               QStringLiteral("SELECT t.name FROM entry_tags et JOIN tags t"
                                              " ON t.id = et.tag_id WHERE et.entry_id = ?"
                                              " ORDER BY et.position"),
                               {id});
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    return tags;
}

} // namespace waypoint
