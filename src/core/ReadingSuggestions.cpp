// The reading list's side of the journal: what the recognizer finds in the
// entries, kept in step with their text, and applied to items.

#include "EntryStore.h"
#include "sql/DatabaseError.h"
#include "DerivedData.h"
#include "Entry.h"
#include "Journal.h"
#include "JournalChanges.h"
#include "ReadingRows.h"
#include "ReadingStore.h"
#include "sql/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace waypoint {

using namespace reading;
using namespace reading::rows;

namespace {

const QString autoApplyKey = QStringLiteral("reading_auto_apply");

QString stateName(Suggestion::State state)
{
    switch (state) {
    case Suggestion::State::Applied:
        return QStringLiteral("applied");
    case Suggestion::State::Ignored:
        return QStringLiteral("ignored");
    case Suggestion::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Suggestion::State stateFromName(const QString &name)
{
    if (name == QLatin1String("applied"))
        return Suggestion::State::Applied;
    if (name == QLatin1String("ignored"))
        return Suggestion::State::Ignored;
    return Suggestion::State::Pending;
}

// A stored mention, read back as the recognizer gave it.
struct StoredMention
{
    qint64 id = 0;
    ProgressMention mention;
    Suggestion::State state = Suggestion::State::Pending;
    bool matched = false;
};

const QString mentionColumns =
    QStringLiteral("m.id, m.line, m.kind, m.notation, m.value, m.out_of, m.title, m.key, m.text,"
                   " m.state");

StoredMention readMention(const QSqlQuery &query, int first = 0)
{
    StoredMention stored;
    stored.id = query.value(first).toLongLong();
    ProgressMention &mention = stored.mention;
    mention.line = query.value(first + 1).toInt();
    const EventKind kind = eventKindFromName(query.value(first + 2).toString());
    mention.kind = kind == EventKind::Started    ? ProgressMention::Kind::Started
                   : kind == EventKind::Finished ? ProgressMention::Kind::Finished
                                                 : ProgressMention::Kind::Progress;
    const Notation notation = notationFromName(query.value(first + 3).toString());
    mention.unit = notation == Notation::Count     ? ProgressMention::Unit::Count
                   : notation == Notation::Percent ? ProgressMention::Unit::Percent
                                                   : ProgressMention::Unit::None;
    mention.value = query.value(first + 4).toDouble();
    mention.total = query.value(first + 5).toDouble();
    mention.title = query.value(first + 6).toString();
    mention.key = query.value(first + 7).toString();
    mention.text = query.value(first + 8).toString();
    stored.state = stateFromName(query.value(first + 9).toString());
    return stored;
}

bool sameReading(const ProgressMention &a, const ProgressMention &b)
{
    return a.key == b.key && a.kind == b.kind;
}

bool sameNumbers(const ProgressMention &a, const ProgressMention &b)
{
    return a.unit == b.unit && a.value == b.value && a.total == b.total;
}

bool journalAutoApplies(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {autoApplyKey})
               .toString()
           == QLatin1String("1");
}

QList<ProgressMention> openMentionsOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT %1 FROM reading_mentions m"
                                              " WHERE m.key = ? AND m.state <> 'ignored'"
                                              " ORDER BY m.entry_id, m.line")
                                   .arg(mentionColumns),
                               {key});
    QList<ProgressMention> mentions;
    while (query.next())
        mentions.append(readMention(query).mention);
    return mentions;
}

// Applies a stored mention to itemId, or to the item its title names, or to
// a new item proposed from every open mention of that title.
qint64 applyMention(const QSqlDatabase &db, qint64 mentionId, qint64 itemId, const QDateTime &now)
{
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT %1, m.entry_id FROM reading_mentions m"
                                              " WHERE m.id = ?")
                                   .arg(mentionColumns),
                               {mentionId});
    if (!query.next())
        throw DatabaseError(ReadingStore::tr("The suggestion is no longer there."));
    const ProgressMention mention = readMention(query).mention;
    Event event = eventFor(mention);
    event.entryId = query.value(10).toLongLong();
    const EntryStore::Ref entry = EntryStore::refs(db, {event.entryId}).value(event.entryId);
    if (entry.id == 0)
        throw DatabaseError(ReadingStore::tr("The suggestion is no longer there."));
    event.date = entry.date;
    event.mentionId = mentionId;

    if (itemId == 0)
        itemId = itemForKey(db, mention.key);
    if (itemId == 0) {
        Item proposal = proposeItem(openMentionsOf(db, mention.key));
        if (proposal.title.isEmpty())
            proposal.title = mention.title;
        itemId = insertItem(db, proposal, now);
    } else {
        // Applied to an item by hand: its title is now one that item is known by.
        sql::run(db,
                 QStringLiteral("INSERT INTO reading_titles (key, item_id) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET item_id = excluded.item_id"),
                 {mention.key, itemId});
        if (mention.unit == ProgressMention::Unit::Count)
            sql::run(db,
                     QStringLiteral("UPDATE reading_items SET total = ? WHERE id = ?"
                                    " AND total = 0 AND unit <> 'percent'"),
                     {mention.total, itemId});
    }
    event.itemId = itemId;
    sql::run(db, QStringLiteral("DELETE FROM reading_progress WHERE mention_id = ?"), {mentionId});
    insertEvent(db, event);
    sql::run(db, QStringLiteral("UPDATE reading_mentions SET state = 'applied' WHERE id = ?"),
             {mentionId});
    return itemId;
}

} // namespace

bool ReadingStore::syncEntry(const QSqlDatabase &db, qint64 entryId, QDate date,
                             const QString &body, const QDateTime &now)
{
    const QList<ProgressMention> found = recognizeProgress(body);
    QList<StoredMention> stored;
    QSqlQuery query = sql::run(
        db,
        QStringLiteral("SELECT %1 FROM reading_mentions m WHERE m.entry_id = ? ORDER BY m.line")
            .arg(mentionColumns),
        {entryId});
    while (query.next())
        stored.append(readMention(query));
    if (found.isEmpty() && stored.isEmpty())
        return false;

    // Pair each line found with what was stored of it: the same numbers
    // first, then the same book in order, so an edited number is an update
    // of its event, not a withdrawal and a new suggestion.
    QList<StoredMention *> pair(found.size(), nullptr);
    const auto match = [&](auto same) {
        for (qsizetype i = 0; i < found.size(); ++i) {
            for (StoredMention &candidate : stored) {
                if (pair[i] || candidate.matched || !same(found[i], candidate.mention))
                    continue;
                candidate.matched = true;
                pair[i] = &candidate;
            }
        }
    };
    match([](const ProgressMention &a, const ProgressMention &b) {
        return sameReading(a, b) && sameNumbers(a, b);
    });
    match(sameReading);

    bool changed = false;
    for (const StoredMention &old : std::as_const(stored)) {
        if (old.matched)
            continue;
        sql::run(db, QStringLiteral("DELETE FROM reading_mentions WHERE id = ?"), {old.id});
        changed = true;
    }
    const bool autoApply = journalAutoApplies(db);
    QList<std::pair<qint64, qint64>> toApply; // mention, item (0: by title)
    for (qsizetype i = 0; i < found.size(); ++i) {
        const ProgressMention &mention = found[i];
        const Event event = eventFor(mention);
        if (StoredMention *old = pair[i]) {
            const ProgressMention &was = old->mention;
            if (was.line == mention.line && was.title == mention.title && was.text == mention.text
                && sameNumbers(was, mention))
                continue;
            sql::run(db,
                     QStringLiteral("UPDATE reading_mentions SET line = ?, notation = ?, value = ?,"
                                    " out_of = ?, title = ?, text = ? WHERE id = ?"),
                     {mention.line, notationName(event.notation), mention.value, mention.total,
                      mention.title, mention.text, old->id});
            sql::run(db,
                     QStringLiteral("UPDATE reading_progress SET notation = ?, value = ?,"
                                    " out_of = ? WHERE mention_id = ?"),
                     {notationName(event.notation), mention.value, mention.total, old->id});
            changed = true;
            continue;
        }
        const QSqlQuery insert = sql::run(
            db,
            QStringLiteral("INSERT INTO reading_mentions (entry_id, line, kind, notation, value,"
                           " out_of, title, key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entryId, mention.line, eventKindName(event.kind), notationName(event.notation),
             mention.value, mention.total, mention.title, mention.key, mention.text});
        const qint64 mentionId = insert.lastInsertId().toLongLong();
        const qint64 itemId = itemForKey(db, mention.key);
        const bool itemAutoApplies =
            itemId
            && sql::scalar(db, QStringLiteral("SELECT auto_apply FROM reading_items WHERE id = ?"),
                           {itemId})
                   .toBool();
        if (autoApply || itemAutoApplies)
            toApply.append({mentionId, itemId});
        changed = true;
    }
    // After all are stored, so that a new item is proposed from all its lines.
    for (const auto &[mentionId, itemId] : std::as_const(toApply))
        applyMention(db, mentionId, itemId, now);
    // The events take the entry's date, which may have been edited.
    const QSqlQuery redate = sql::run(db,
                                      QStringLiteral("UPDATE reading_progress SET event_date = ?"
                                                     " WHERE entry_id = ? AND event_date <> ?"),
                                      {toEntryDateText(date), entryId, toEntryDateText(date)});
    return changed || redate.numRowsAffected() > 0;
}

bool ReadingStore::entryHasLines(const QSqlDatabase &db, qint64 entryId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM reading_mentions WHERE entry_id = ?"),
                       {entryId})
               .toInt()
           > 0;
}

QList<ReadingDecision> ReadingStore::decisionsOf(const QSqlDatabase &db, qint64 entryId)
{
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT %1, coalesce(p.item_id, 0)"
                                              " FROM reading_mentions m"
                                              " LEFT JOIN reading_progress p ON p.mention_id = m.id"
                                              " WHERE m.entry_id = ? AND m.state <> 'pending'")
                                   .arg(mentionColumns),
                               {entryId});
    QList<ReadingDecision> decisions;
    while (query.next()) {
        const StoredMention stored = readMention(query);
        decisions.append({stored.mention.key, query.value(2).toString(), stored.mention.value,
                          stored.mention.total, stored.state == Suggestion::State::Applied,
                          query.value(10).toLongLong()});
    }
    return decisions;
}

void ReadingStore::restoreDecisions(const QSqlDatabase &db, qint64 entryId,
                                    const QList<ReadingDecision> &decisions, const QDateTime &now)
{
    if (decisions.isEmpty())
        return;
    QList<ReadingDecision> left = decisions;
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT %1 FROM reading_mentions m"
                                              " WHERE m.entry_id = ? AND m.state = 'pending'")
                                   .arg(mentionColumns),
                               {entryId});
    QList<std::pair<qint64, ReadingDecision>> toTake;
    while (query.next()) {
        const StoredMention stored = readMention(query);
        const QString kind = query.value(2).toString();
        for (qsizetype i = 0; i < left.size(); ++i) {
            const ReadingDecision &decision = left.at(i);
            if (decision.key == stored.mention.key && decision.kind == kind
                && decision.value == stored.mention.value
                && decision.total == stored.mention.total) {
                toTake.append({stored.id, left.takeAt(i)});
                break;
            }
        }
    }
    for (const auto &[mentionId, decision] : std::as_const(toTake)) {
        const bool itemThere =
            decision.itemId
            && sql::scalar(db, QStringLiteral("SELECT count(*) FROM reading_items WHERE id = ?"),
                           {decision.itemId})
                       .toInt()
                   > 0;
        if (decision.applied && itemThere)
            applyMention(db, mentionId, decision.itemId, now);
        else if (!decision.applied)
            sql::run(db,
                     QStringLiteral("UPDATE reading_mentions SET state = 'ignored' WHERE id = ?"),
                     {mentionId});
    }
}

// The reading mentions as data derived from entries: an entry's progress
// lines are read again whenever its text or date changes.
class ReadingStore::Mentions : public DerivedData
{
public:
    QString name() const override { return QStringLiteral("reading"); }

    void written(const QSqlDatabase &db, const Entry *before, const Entry &entry,
                 const QDateTime &now, ChangeSet &changes) override
    {
        if (before && before->title == entry.title && before->body == entry.body
            && before->date == entry.date)
            return;
        if (syncEntry(db, entry.id, entry.date, entry.body, now))
            changes.reading = true;
    }

    QVariant removing(const QSqlDatabase &db, const Entry &entry, ChangeSet &changes) override
    {
        if (entryHasLines(db, entry.id))
            changes.reading = true;
        const QList<ReadingDecision> decisions = decisionsOf(db, entry.id);
        return decisions.isEmpty() ? QVariant() : QVariant::fromValue(decisions);
    }

    void restored(const QSqlDatabase &db, const Entry &entry, const QVariant &kept,
                  const QDateTime &now, ChangeSet &changes) override
    {
        if (syncEntry(db, entry.id, entry.date, entry.body, now))
            changes.reading = true;
        restoreDecisions(db, entry.id, kept.value<QList<ReadingDecision>>(), now);
    }
};

std::unique_ptr<DerivedData> ReadingStore::derivedData()
{
    return std::make_unique<Mentions>();
}

static QList<Suggestion> readSuggestions(const QSqlDatabase &db, const QString &condition,
                                         const QVariant &binding)
{
    const QString statement =
        QStringLiteral("SELECT %1, m.entry_id,"
                       " coalesce(p.item_id, t.item_id, 0), coalesce(i.title, '')"
                       " FROM reading_mentions m"
                       " LEFT JOIN reading_progress p ON p.mention_id = m.id"
                       " LEFT JOIN reading_titles t ON t.key = m.key"
                       " LEFT JOIN reading_items i ON i.id = coalesce(p.item_id, t.item_id) %2")
            .arg(mentionColumns, condition);
    QSqlQuery query =
        binding.isValid() ? sql::run(db, statement, {binding}) : sql::run(db, statement);
    QList<Suggestion> suggestions;
    QList<qint64> entryIds;
    while (query.next()) {
        const StoredMention stored = readMention(query);
        Suggestion suggestion;
        suggestion.id = stored.id;
        suggestion.mention = stored.mention;
        suggestion.state = stored.state;
        suggestion.entryId = query.value(10).toLongLong();
        suggestion.itemId = query.value(11).toLongLong();
        suggestion.itemTitle = query.value(12).toString();
        entryIds.append(suggestion.entryId);
        suggestions.append(suggestion);
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(db, entryIds);
    suggestions.removeIf([&](const Suggestion &suggestion) {
        return !entries.contains(suggestion.entryId);
    });
    for (Suggestion &suggestion : suggestions) {
        const EntryStore::Ref &entry = entries[suggestion.entryId];
        suggestion.entryUuid = entry.uuid;
        suggestion.entryTitle = entry.title;
        suggestion.date = entry.date;
    }
    // Newest entry first, and an entry's lines in order.
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [&](const Suggestion &a, const Suggestion &b) {
                         if (a.entryId == b.entryId)
                             return a.mention.line < b.mention.line;
                         return EntryStore::newestFirst(entries[a.entryId], entries[b.entryId]);
                     });
    QHash<QString, QList<ProgressMention>> unmatched;
    for (const Suggestion &suggestion : std::as_const(suggestions))
        if (!suggestion.itemId && suggestion.state != Suggestion::State::Ignored)
            unmatched[suggestion.mention.key].append(suggestion.mention);
    for (Suggestion &suggestion : suggestions)
        if (!suggestion.itemId)
            suggestion.proposal =
                proposeItem(unmatched.value(suggestion.mention.key, {suggestion.mention}));
    return suggestions;
}

QList<Suggestion> ReadingStore::suggestions(Suggestion::State state) const
{
    return readSuggestions(m_journal.database(), QStringLiteral("WHERE m.state = ?"),
                           stateName(state));
}

QList<Suggestion> ReadingStore::allSuggestions() const
{
    return readSuggestions(m_journal.database(), {}, {});
}

QList<Suggestion> ReadingStore::mentionsOf(qint64 itemId) const
{
    return readSuggestions(m_journal.database(),
                           QStringLiteral("WHERE coalesce(p.item_id, t.item_id) = ?"
                                          " AND m.state <> 'ignored'"),
                           itemId);
}

int ReadingStore::pendingCount() const
{
    return sql::scalar(m_journal.database(),
                       QStringLiteral("SELECT count(*) FROM reading_mentions m"
                                      " WHERE m.state = 'pending'"))
        .toInt();
}

qint64 ReadingStore::applyLocked(qint64 suggestionId, qint64 itemId)
{
    return applyMention(m_journal.database(), suggestionId, itemId, m_journal.now());
}

qint64 ReadingStore::apply(qint64 suggestionId, qint64 itemId)
{
    sql::Transaction transaction(m_journal.database());
    const qint64 applied = applyLocked(suggestionId, itemId);
    transaction.commit();
    reportChanged();
    return applied;
}

qint64 ReadingStore::alwaysApply(qint64 suggestionId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const qint64 itemId = applyLocked(suggestionId, 0);
    sql::run(db, QStringLiteral("UPDATE reading_items SET auto_apply = 1 WHERE id = ?"), {itemId});
    // The item's other waiting lines too: that is what "always" says.
    QSqlQuery pending = sql::run(db,
                                 QStringLiteral("SELECT m.id FROM reading_mentions m"
                                                " JOIN reading_titles t ON t.key = m.key"
                                                " WHERE t.item_id = ? AND m.state = 'pending'"),
                                 {itemId});
    QList<qint64> ids;
    while (pending.next())
        ids.append(pending.value(0).toLongLong());
    for (qint64 id : std::as_const(ids))
        applyLocked(id, itemId);
    transaction.commit();
    reportChanged();
    return itemId;
}

void ReadingStore::ignore(qint64 suggestionId)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db, QStringLiteral("DELETE FROM reading_progress WHERE mention_id = ?"),
             {suggestionId});
    sql::run(db, QStringLiteral("UPDATE reading_mentions SET state = 'ignored' WHERE id = ?"),
             {suggestionId});
    transaction.commit();
    reportChanged();
}

int ReadingStore::applyAll()
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    // Oldest first, so that a new item's first event is its earliest.
    QSqlQuery pending = sql::run(db, QStringLiteral("SELECT m.id, m.entry_id, m.line"
                                                    " FROM reading_mentions m"
                                                    " WHERE m.state = 'pending'"));
    struct Pending
    {
        qint64 id, entryId;
        int line;
    };
    QList<Pending> waiting;
    QList<qint64> entryIds;
    while (pending.next()) {
        waiting.append({pending.value(0).toLongLong(), pending.value(1).toLongLong(),
                        pending.value(2).toInt()});
        entryIds.append(waiting.last().entryId);
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(db, entryIds);
    std::sort(waiting.begin(), waiting.end(), [&](const Pending &a, const Pending &b) {
        if (a.entryId == b.entryId)
            return a.line < b.line;
        return EntryStore::newestFirst(entries[b.entryId], entries[a.entryId]);
    });
    QList<qint64> ids;
    for (const Pending &each : std::as_const(waiting))
        ids.append(each.id);
    for (qint64 id : std::as_const(ids))
        applyLocked(id, 0);
    transaction.commit();
    if (!ids.isEmpty())
        reportChanged();
    return int(ids.size());
}

bool ReadingStore::autoApply() const
{
    return journalAutoApplies(m_journal.database());
}

void ReadingStore::setAutoApply(bool on)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    sql::run(db,
             QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {autoApplyKey, on ? QStringLiteral("1") : QStringLiteral("0")});
    transaction.commit();
    reportChanged();
}

void ReadingStore::rescan(const std::function<void(int, int)> &progress)
{
    const QSqlDatabase db = m_journal.database();
    sql::Transaction transaction(db);
    const int total = EntryStore::countIn(db);
    int done = 0;
    bool changedAny = false;
    EntryStore::eachText(db, [&](const Entry &entry) {
        changedAny |= syncEntry(db, entry.id, entry.date, entry.body, m_journal.now());
        if (progress && (++done % 500 == 0 || done == total))
            progress(done, total);
        return true;
    });
    transaction.commit();
    if (changedAny)
        reportChanged();
}

} // namespace waypoint
