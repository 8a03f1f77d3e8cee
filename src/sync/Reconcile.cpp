#include "Reconcile.h"

#include "EntryMerge.h"
#include "Mirror.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/ReadingStore.h"
#include "sql/Sql.h"

#include <QSet>
#include <optional>

namespace waypoint::sync {

namespace {

// A file as both sides last had it (loadBase leaves the texts out).
QByteArray baseContent(const QSqlDatabase &db, const QString &key)
{
    return sql::scalar(db, QStringLiteral("SELECT content FROM sync_base WHERE key = ?"), {key})
        .toByteArray();
}

// The entry as both sides last had it, if they had it.
std::optional<Entry> baseEntry(const QSqlDatabase &db, const Snapshot &base, const QString &key)
{
    if (!base.contains(key))
        return std::nullopt;
    QString error;
    return mirror::parseEntryFile(baseContent(db, key), &error);
}

std::optional<Entry> entryOf(const MirrorFile *file)
{
    if (!file)
        return std::nullopt;
    QString error;
    return mirror::parseEntryFile(file->content, &error);
}

MirrorFile fileOf(const Entry &entry)
{
    const QByteArray content = mirror::entryFile(entry);
    return {mirror::entryPath(entry), mirror::blobId(content), content};
}

// An entry as this journal will hold it once received: the times a hand-
// written file may lack are filled in as EntryStore::receive does.
Entry completed(Entry entry, const QDateTime &now)
{
    if (!entry.created.isValid())
        entry.created = now;
    if (!entry.updated.isValid())
        entry.updated = entry.created;
    return entry;
}

enum class Take { Ours, Theirs, Remove, Merge };

bool same(const MirrorFile *a, const MirrorFile *b);

// The one rule for every kind of file, given what both had (b), this side
// (o) and the other (t); a missing one is null. Ours also stands for
// "nothing to do" (both alike, or gone on both sides).
Take decide(const MirrorFile *b, const MirrorFile *o, const MirrorFile *t);

bool same(const MirrorFile *a, const MirrorFile *b)
{
    return (!a && !b) || (a && b && a->oid == b->oid);
}

Take decide(const MirrorFile *b, const MirrorFile *o, const MirrorFile *t)
{
    if (same(o, t))
        return Take::Ours;
    if (same(b, o)) // only the other side changed
        return t ? Take::Theirs : Take::Remove;
    if (same(b, t) || !t) // only this side changed, or edited here and deleted there
        return Take::Ours;
    if (!o) // deleted here, edited there: the edit stays
        return Take::Theirs;
    return Take::Merge;
}

std::optional<ReadingFile> readingOf(const MirrorFile *file)
{
    if (!file)
        return std::nullopt;
    QString error;
    return readingMirror::parse(file->content, &error);
}

MirrorFile fileOf(const ReadingFile &reading)
{
    const QByteArray content = readingMirror::file(reading);
    return {readingMirror::path(reading.item), mirror::blobId(content), content};
}

MirrorFile fileOf(const goals::Plan &plan)
{
    const QByteArray content = goalMirror::file(plan);
    return {goalMirror::path(plan), mirror::blobId(content), content};
}

// The three ways for a kind of record kept whole in one file (a reading
// item, a goal plan): parse reads one, merge merges three, idOf is its row.
template <typename Record, typename Parse, typename Merge, typename IdOf>
void reconcileRecords(const QSqlDatabase &db, const Snapshot &base, const Snapshot &ours,
                      const Snapshot &there, bool (*isKey)(const QString &),
                      const QHash<QString, Record> &ourRecords, Parse parse, Merge merge, IdOf idOf,
                      Snapshot &result, QList<Record> &received, QList<Record> &updated,
                      QList<qint64> &removed)
{
    QSet<QString> keys;
    for (const Snapshot *side : {&base, &ours, &there})
        for (auto it = side->cbegin(); it != side->cend(); ++it)
            if (isKey(it.key()))
                keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const MirrorFile *b = fileAt(base, key);
        const MirrorFile *o = fileAt(ours, key);
        const MirrorFile *t = fileAt(there, key);
        Record here = ourRecords.value(key);
        switch (decide(b, o, t)) {
        case Take::Ours:
            if (o)
                result.insert(key, *o);
            break;
        case Take::Theirs: {
            Record record = *parse(t->content);
            result.insert(key, fileOf(record));
            if (o) {
                idOf(record) = idOf(here);
                updated.append(record);
            } else {
                received.append(record);
            }
            break;
        }
        case Take::Remove:
            removed.append(idOf(here));
            break;
        case Take::Merge: {
            const std::optional<Record> was = b ? parse(baseContent(db, key)) : std::nullopt;
            Record merged = merge(was, here, *parse(t->content));
            idOf(merged) = idOf(here);
            result.insert(key, fileOf(merged));
            if (result[key].oid != o->oid)
                updated.append(merged);
            break;
        }
        }
    }
}

} // namespace

const MirrorFile *fileAt(const Snapshot &files, const QString &key)
{
    const auto found = files.constFind(key);
    return found == files.cend() ? nullptr : &*found;
}

// Makes the plan in the journal what `wanted` says (sync): its fields,
// areas in order, and goals by tag.
void applyPlan(GoalStore &store, const goals::Plan &wanted, const goals::Plan &here)
{
    store.updatePlan(here.id, wanted.title, wanted.start, wanted.years);
    if (wanted.ended != here.ended)
        store.setPlanEnded(here.id, wanted.ended);
    QHash<QString, qint64> areaIds;
    for (const goals::Area &area : here.areas)
        areaIds.insert(area.name, area.id);
    QHash<QString, goals::Goal> goalsHere;
    for (const goals::Area &area : here.areas)
        for (const goals::Goal &goal : area.goals)
            goalsHere.insert(goal.shortName, goal);
    QSet<QString> wantedTags;
    for (qsizetype a = 0; a < wanted.areas.size(); ++a) {
        const goals::Area &area = wanted.areas.at(a);
        if (!areaIds.contains(area.name))
            areaIds.insert(area.name, store.addArea(here.id, area.name));
        store.moveArea(areaIds.value(area.name), int(a));
        for (qsizetype g = 0; g < area.goals.size(); ++g) {
            goals::Goal goal = area.goals.at(g);
            wantedTags.insert(goal.shortName);
            const auto found = goalsHere.constFind(goal.shortName);
            if (found == goalsHere.cend()) {
                store.addGoal(here.id, area.name, goal);
                continue;
            }
            goal.id = found->id;
            goal.planId = here.id;
            goal.areaId = found->areaId;
            goal.carriedFrom = found->carriedFrom;
            store.updateGoal(goal);
            if (found->areaId != areaIds.value(area.name))
                store.moveGoal(goal.id, areaIds.value(area.name), int(g));
        }
    }
    for (auto it = goalsHere.cbegin(); it != goalsHere.cend(); ++it)
        if (!wantedTags.contains(it.key()))
            store.removeGoal(it->id);
    for (const goals::Area &area : here.areas) {
        bool wantedArea = false;
        for (const goals::Area &other : wanted.areas)
            wantedArea = wantedArea || other.name == area.name;
        if (!wantedArea)
            store.removeArea(area.id);
    }
}

Ours readOurs(EntryStore &entries, ReadingStore &reading, GoalStore &plans)
{
    Ours ours;
    QHash<qint64, QString> uuidOfPlan;
    for (const goals::Plan &plan : plans.plans()) {
        const QString key = goalMirror::key(plan.uuid);
        ours.files.insert(key, fileOf(plan));
        ours.plans.insert(key, plan);
        uuidOfPlan.insert(plan.id, plan.uuid);
    }
    // Entries as the mirror has them: a review names its plan by uuid.
    for (Entry entry : entries.all()) {
        entry.body = goalMirror::reviewToMirror(entry.body, uuidOfPlan);
        const QString key = mirror::entryKey(entry.uuid);
        ours.files.insert(key, fileOf(entry));
        ours.entries.insert(key, entry);
    }
    for (const reading::Item &item : reading.items()) {
        ReadingFile file{item, {}};
        for (const reading::Event &event : reading.events(item.id))
            if (event.entryId == 0)
                file.events.append(event);
        const QString key = readingMirror::key(item.uuid);
        ours.files.insert(key, fileOf(file));
        ours.reading.insert(key, file);
    }
    return ours;
}

Reconciled reconcile(const QSqlDatabase &db, const Snapshot &base, const Ours &ours,
                     const Snapshot &there, const QList<std::pair<QString, MirrorFile>> &copies,
                     const QHash<QString, QString> &mimes, AttachmentStore &attachments,
                     const QDateTime &now)
{
    Reconciled reconciled;
    Snapshot &result = reconciled.result;
    JournalWrites &writes = reconciled.writes;
    QStringList &conflicted = reconciled.conflicted;
    QHash<QString, QByteArray> &newAttachments = reconciled.newAttachments;

    QSet<QString> keys;
    for (const Snapshot *side : {&base, &ours.files, &there})
        for (auto it = side->cbegin(); it != side->cend(); ++it)
            if (mirror::isEntryKey(it.key()))
                keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const MirrorFile *b = fileAt(base, key);
        const MirrorFile *o = fileAt(ours.files, key);
        const MirrorFile *t = fileAt(there, key);
        const auto takeTheirs = [&] {
            Entry entry = completed(*entryOf(t), now);
            result.insert(key, fileOf(entry));
            if (o) {
                entry.id = ours.entries[key].id;
                writes.updated.append(entry);
            } else {
                writes.received.append(entry);
            }
        };
        switch (decide(b, o, t)) {
        case Take::Ours:
            if (o)
                result.insert(key, *o);
            break;
        case Take::Theirs:
            takeTheirs();
            break;
        case Take::Remove:
            writes.removed.append(ours.entries[key].id);
            break;
        case Take::Merge: {
            const Entry mine = ours.entries[key];
            const Entry other = *entryOf(t);
            const EntryMerge merge = mergeEntries(baseEntry(db, base, key), mine, other);
            result.insert(key, fileOf(merge.entry));
            if (!merge.clean) {
                writes.kept.append({mine.uuid, other});
                conflicted.append(mine.uuid);
            } else if (result[key].oid != o->oid) {
                writes.updated.append(merge.entry);
            }
        }
        }
    }

    // Reading items and goal plans: the same three ways, merged field by
    // field (and a plan goal by goal).
    reconcileRecords<ReadingFile>(
        db, base, ours.files, there, readingMirror::isKey, ours.reading,
        [](const QByteArray &file) {
            QString error;
            return readingMirror::parse(file, &error);
        },
        readingMirror::merge, [](ReadingFile &file) -> qint64 & { return file.item.id; }, result,
        writes.readingReceived, writes.readingUpdated, writes.readingRemoved);
    reconcileRecords<goals::Plan>(
        db, base, ours.files, there, goalMirror::isKey, ours.plans,
        [](const QByteArray &file) {
            QString error;
            return goalMirror::parse(file, &error);
        },
        goalMirror::merge, [](goals::Plan &plan) -> qint64 & { return plan.id; }, result,
        writes.plansReceived, writes.plansUpdated, writes.plansRemoved);

    // A synced folder's copies of a file both machines changed: merged
    // into what this sync keeps, like a second remote's version.
    for (const auto &[key, copy] : copies) {
        if (readingMirror::isKey(key)) {
            // A copy of a reading item: its fields and events merged in.
            const std::optional<ReadingFile> other = readingOf(&copy);
            const MirrorFile *now = fileAt(result, key);
            if (!other || !now)
                continue;
            QString error;
            ReadingFile merged = readingMirror::merge(
                readingMirror::parse(baseContent(db, key), &error), *readingOf(now), *other);
            if (fileOf(merged).oid == now->oid)
                continue;
            merged.item.id = ours.reading.value(key).item.id;
            result.insert(key, fileOf(merged));
            writes.readingUpdated.removeIf(
                [&](const ReadingFile &file) { return file.item.uuid == merged.item.uuid; });
            writes.readingReceived.removeIf(
                [&](const ReadingFile &file) { return file.item.uuid == merged.item.uuid; });
            (merged.item.id ? writes.readingUpdated : writes.readingReceived).append(merged);
            continue;
        }
        const std::optional<Entry> other = entryOf(&copy);
        if (!other)
            continue;
        if (!result.contains(key)) {
            Entry entry = completed(*other, now);
            result.insert(key, fileOf(entry));
            writes.received.append(entry);
            continue;
        }
        const Entry current = *entryOf(fileAt(result, key));
        const EntryMerge merge = mergeEntries(baseEntry(db, base, key), current, *other);
        if (merge.clean && merge.entry.body == current.body && merge.entry.title == current.title
            && merge.entry.tags == current.tags && merge.entry.date == current.date)
            continue;
        if (merge.clean) {
            result.insert(key, fileOf(merge.entry));
            const qint64 id = ours.entries.value(key).id;
            // An entry this sync receives is received as merged.
            bool receiving = false;
            for (Entry &received : writes.received)
                if (received.uuid == other->uuid) {
                    received = merge.entry;
                    receiving = true;
                }
            if (!receiving) {
                writes.updated.removeIf(
                    [&](const Entry &entry) { return entry.uuid == other->uuid; });
                Entry updated = merge.entry;
                updated.id = id;
                writes.updated.append(updated);
            }
        } else {
            writes.kept.append({other->uuid, *other});
            conflicted.append(other->uuid);
        }
    }

    // Attachments are kept by their content: whatever either side has, both get.
    for (auto it = mimes.cbegin(); it != mimes.cend(); ++it) {
        const QString key = mirror::attachmentKey(it.key());
        if (const auto known = there.constFind(key); known != there.cend()) {
            result.insert(key, *known);
        } else if (const auto was = base.constFind(key); was != base.cend()) {
            result.insert(key, *was);
        } else {
            const std::optional<Attachment> data = attachments.find(it.key());
            if (!data)
                continue;
            newAttachments.insert(key, data->data);
            result.insert(
                key,
                {mirror::attachmentPath(it.key(), it.value()), mirror::blobId(data->data), {}});
        }
    }
    for (auto it = there.cbegin(); it != there.cend(); ++it)
        if (mirror::isAttachmentKey(it.key()) && !mimes.contains(mirror::sha256OfKey(it.key()))) {
            result.insert(it.key(), *it);
            writes.attachments.append({it.key(), it->path});
        }

    return reconciled;
}

} // namespace waypoint::sync
