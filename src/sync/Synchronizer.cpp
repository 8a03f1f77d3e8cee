#include "Synchronizer.h"

#include "FolderRemote.h"
#include "GitRemote.h"
#include "Mirror.h"
#include "GoalMirror.h"
#include "ReadingMirror.h"
#include "EntryMerge.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/GoalStore.h"
#include "core/ReadingStore.h"
#include "sql/DatabaseError.h"
#include "sql/Sql.h"

#include <QSqlQuery>
#include <optional>

namespace waypoint::sync {

namespace {

const QString kindKey = QStringLiteral("sync.kind");
const QString urlKey = QStringLiteral("sync.url");
const QString branchKey = QStringLiteral("sync.branch");
const QString folderKey = QStringLiteral("sync.folder");
const QString lastKey = QStringLiteral("sync.last_utc");
const QString errorKey = QStringLiteral("sync.last_error");

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    if (value.isEmpty())
        sql::run(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key});
    else
        sql::run(db,
                 QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Snapshot loadBase(const QSqlDatabase &db)
{
    // Without the texts: only a merge needs one (baseEntry).
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT key, path, oid FROM sync_base"));
    Snapshot base;
    while (query.next())
        base.insert(query.value(0).toString(),
                    {query.value(1).toString(), query.value(2).toString(), {}});
    return base;
}

// The entry as both sides last had it, if they had it.
std::optional<Entry> baseEntry(const QSqlDatabase &db, const Snapshot &base, const QString &key)
{
    if (!base.contains(key))
        return std::nullopt;
    QString error;
    return mirror::parseEntryFile(
        sql::scalar(db, QStringLiteral("SELECT content FROM sync_base WHERE key = ?"), {key})
            .toByteArray(),
        &error);
}

// Writes only what differs from the base the journal holds.
void saveBase(const QSqlDatabase &db, const Snapshot &was, const Snapshot &now)
{
    for (auto it = was.cbegin(); it != was.cend(); ++it)
        if (!now.contains(it.key()))
            sql::run(db, QStringLiteral("DELETE FROM sync_base WHERE key = ?"), {it.key()});
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = was.constFind(it.key());
        if (old != was.cend() && old->oid == it->oid && old->path == it->path)
            continue;
        sql::run(db,
                 QStringLiteral("INSERT INTO sync_base (key, path, oid, content) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET path = excluded.path,"
                                " oid = excluded.oid, content = excluded.content"),
                 {it.key(), it->path, it->oid,
                  it->content.isNull() ? QByteArray("") : it->content});
    }
}

QList<Conflict> readConflicts(const QSqlDatabase &db)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT entry_id, since_utc FROM sync_conflicts"
                                                  " ORDER BY since_utc, entry_id"));
    QList<Conflict> conflicts;
    QList<qint64> ids;
    while (query.next()) {
        Conflict conflict;
        conflict.entryId = query.value(0).toLongLong();
        conflict.since = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        conflicts.append(conflict);
        ids.append(conflict.entryId);
    }
    const QHash<qint64, EntryStore::Ref> entries = EntryStore::refs(db, ids);
    for (Conflict &conflict : conflicts) {
        conflict.uuid = entries.value(conflict.entryId).uuid;
        conflict.title = entries.value(conflict.entryId).title;
    }
    return conflicts;
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

const MirrorFile *fileAt(const Snapshot &files, const QString &key)
{
    const auto found = files.constFind(key);
    return found == files.cend() ? nullptr : &*found;
}

bool same(const MirrorFile *a, const MirrorFile *b)
{
    return (!a && !b) || (a && b && a->oid == b->oid);
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

std::optional<goals::Plan> planOf(const MirrorFile *file)
{
    if (!file)
        return std::nullopt;
    QString error;
    return goalMirror::parse(file->content, &error);
}

MirrorFile fileOf(const goals::Plan &plan)
{
    const QByteArray content = goalMirror::file(plan);
    return {goalMirror::path(plan), mirror::blobId(content), content};
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

// What the journal must do for the result.
struct JournalWrites
{
    QList<goals::Plan> plansReceived;
    QList<goals::Plan> plansUpdated; // with the plans' ids
    QList<qint64> plansRemoved;
    QList<ReadingFile> readingReceived;
    QList<ReadingFile> readingUpdated; // with the items' ids
    QList<qint64> readingRemoved;
    QList<Entry> received;               // new here
    QList<Entry> updated;                // with their ids
    QList<qint64> removed;
    QList<std::pair<QString, Entry>> kept; // by uuid: the other side's text, as a revision
    QList<std::pair<QString, QString>> attachments; // key, path there
    QString origin;
};

} // namespace

SyncSettings SyncSettings::of(const Journal &journal)
{
    const QSqlDatabase db = journal.database();
    SyncSettings settings;
    const QString kind = metaValue(db, kindKey);
    settings.kind = kind == QLatin1String("git")      ? Kind::Git
                    : kind == QLatin1String("folder") ? Kind::Folder
                                                      : Kind::None;
    settings.url = metaValue(db, urlKey);
    if (const QString branch = metaValue(db, branchKey); !branch.isEmpty())
        settings.branch = branch;
    settings.folder = metaValue(db, folderKey);
    return settings;
}

void SyncSettings::saveTo(const Journal &journal) const
{
    const QSqlDatabase db = journal.database();
    sql::Transaction transaction(db);
    setMeta(db, kindKey,
            kind == Kind::Git      ? QStringLiteral("git")
            : kind == Kind::Folder ? QStringLiteral("folder")
                                   : QString());
    setMeta(db, urlKey, kind == Kind::Git ? url : QString());
    setMeta(db, branchKey, kind == Kind::Git ? branch : QString());
    setMeta(db, folderKey, kind == Kind::Folder ? folder : QString());
    transaction.commit();
}

Synchronizer::Synchronizer(Journal &journal, Remote &remote)
    : m_journal(journal)
    , m_remote(remote)
{
}

std::unique_ptr<Remote> Synchronizer::remoteFor(const Journal &journal,
                                                const SyncSettings &settings)
{
    switch (settings.kind) {
    case SyncSettings::Kind::Git:
        return std::make_unique<GitRemote>(journal, settings.url, settings.branch);
    case SyncSettings::Kind::Folder:
        return std::make_unique<FolderRemote>(journal, settings.folder);
    case SyncSettings::Kind::None:
        break;
    }
    return nullptr;
}

SyncStatus Synchronizer::status(const Journal &journal)
{
    const QSqlDatabase db = journal.database();
    SyncStatus status;
    status.settings = SyncSettings::of(journal);
    status.lastSync = QDateTime::fromString(metaValue(db, lastKey), Qt::ISODateWithMs);
    status.lastError = metaValue(db, errorKey);
    status.conflicts = readConflicts(db);
    status.files = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sync_base")).toInt();
    return status;
}

void Synchronizer::resolve(Journal &journal, qint64 entryId)
{
    sql::run(journal.database(), QStringLiteral("DELETE FROM sync_conflicts WHERE entry_id = ?"),
             {entryId});
    ChangeSet changes;
    changes.edited.append(entryId);
    journal.changes().report(changes);
}

void Synchronizer::recordFailure(Journal &journal, const QString &message)
{
    setMeta(journal.database(), errorKey, message);
}

SyncReport Synchronizer::run(const Progress &progress)
{
    if (m_journal.isReadOnly())
        throw SyncError(m_journal.readOnlyReason());
    const QSqlDatabase db = m_journal.database();
    SyncReport report;
    report.remote = m_remote.where();
    try {
        const Snapshot base = loadBase(db);
        const Theirs theirs = m_remote.fetch(base, progress);
        report.unreadable = theirs.unreadable;
        // Nothing there yet (a new remote, a folder not yet written): the
        // base stands for it, so that nothing here looks deleted there.
        const Snapshot &there = theirs.present ? theirs.files : base;

        EntryStore entries(m_journal);
        AttachmentStore attachments(m_journal);
        const QDateTime now = m_journal.now();

        // This side, as files.
        Snapshot ours;
        GoalStore plans(m_journal);
        QHash<QString, goals::Plan> ourPlans;
        QHash<qint64, QString> uuidOfPlan;
        for (const goals::Plan &plan : plans.plans()) {
            const QString key = goalMirror::key(plan.uuid);
            ours.insert(key, fileOf(plan));
            ourPlans.insert(key, plan);
            uuidOfPlan.insert(plan.id, plan.uuid);
        }
        // Entries as the mirror has them: a review names its plan by uuid.
        QHash<QString, Entry> ourEntries;
        for (Entry entry : entries.all()) {
            entry.body = goalMirror::reviewToMirror(entry.body, uuidOfPlan);
            const QString key = mirror::entryKey(entry.uuid);
            ours.insert(key, fileOf(entry));
            ourEntries.insert(key, entry);
        }
        const QHash<QString, QString> mimes = attachments.mimes();
        ReadingStore reading(m_journal);
        QHash<QString, ReadingFile> ourReading;
        for (const reading::Item &item : reading.items()) {
            ReadingFile file{item, {}};
            for (const reading::Event &event : reading.events(item.id))
                if (event.entryId == 0)
                    file.events.append(event);
            const QString key = readingMirror::key(item.uuid);
            ours.insert(key, fileOf(file));
            ourReading.insert(key, file);
        }

        Snapshot result;
        JournalWrites writes;
        QStringList conflicted; // uuids
        QHash<QString, QByteArray> newAttachments; // key → data, for the other side

        QSet<QString> keys;
        for (const Snapshot *side : {&base, const_cast<const Snapshot *>(&ours), &there})
            for (auto it = side->cbegin(); it != side->cend(); ++it)
                if (mirror::isEntryKey(it.key()))
                    keys.insert(it.key());
        for (const QString &key : std::as_const(keys)) {
            const MirrorFile *b = fileAt(base, key);
            const MirrorFile *o = fileAt(ours, key);
            const MirrorFile *t = fileAt(there, key);
            const auto takeTheirs = [&] {
                Entry entry = completed(*entryOf(t), now);
                result.insert(key, fileOf(entry));
                if (o) {
                    entry.id = ourEntries[key].id;
                    writes.updated.append(entry);
                } else {
                    writes.received.append(entry);
                }
            };
            if (same(o, t)) {
                if (o)
                    result.insert(key, *o);
            } else if (same(b, o)) {
                if (t)
                    takeTheirs();
                else
                    writes.removed.append(ourEntries[key].id);
            } else if (same(b, t) || !t) {
                // Ours changed (or went), or edited here and deleted there.
                if (o)
                    result.insert(key, *o);
            } else if (!o) {
                takeTheirs(); // deleted here, edited there: the edit stays
            } else {
                const Entry mine = ourEntries[key];
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

        // Reading items: the same three ways, merged field by field.
        QSet<QString> items;
        for (const Snapshot *side : {&base, const_cast<const Snapshot *>(&ours), &there})
            for (auto it = side->cbegin(); it != side->cend(); ++it)
                if (readingMirror::isKey(it.key()))
                    items.insert(it.key());
        for (const QString &key : std::as_const(items)) {
            const MirrorFile *b = fileAt(base, key);
            const MirrorFile *o = fileAt(ours, key);
            const MirrorFile *t = fileAt(there, key);
            const auto takeTheirs = [&] {
                ReadingFile file = *readingOf(t);
                result.insert(key, fileOf(file));
                if (o) {
                    file.item.id = ourReading[key].item.id;
                    writes.readingUpdated.append(file);
                } else {
                    writes.readingReceived.append(file);
                }
            };
            if (same(o, t)) {
                if (o)
                    result.insert(key, *o);
            } else if (same(b, o)) {
                if (t)
                    takeTheirs();
                else
                    writes.readingRemoved.append(ourReading[key].item.id);
            } else if (same(b, t) || !t) {
                if (o)
                    result.insert(key, *o);
            } else if (!o) {
                takeTheirs();
            } else {
                QString error;
                const QByteArray was =
                    b ? sql::scalar(db, QStringLiteral("SELECT content FROM sync_base WHERE key = ?"),
                                    {key})
                            .toByteArray()
                      : QByteArray();
                const ReadingFile merged = readingMirror::merge(
                    b ? readingMirror::parse(was, &error) : std::nullopt, ourReading[key],
                    *readingOf(t));
                result.insert(key, fileOf(merged));
                if (result[key].oid != o->oid)
                    writes.readingUpdated.append(merged);
            }
        }

        // Goal plans: the same three ways, merged field by field and goal by goal.
        QSet<QString> planKeys;
        for (const Snapshot *side : {&base, const_cast<const Snapshot *>(&ours), &there})
            for (auto it = side->cbegin(); it != side->cend(); ++it)
                if (goalMirror::isKey(it.key()))
                    planKeys.insert(it.key());
        for (const QString &key : std::as_const(planKeys)) {
            const MirrorFile *b = fileAt(base, key);
            const MirrorFile *o = fileAt(ours, key);
            const MirrorFile *t = fileAt(there, key);
            const auto takeTheirs = [&] {
                goals::Plan plan = *planOf(t);
                result.insert(key, fileOf(plan));
                if (o) {
                    plan.id = ourPlans[key].id;
                    writes.plansUpdated.append(plan);
                } else {
                    writes.plansReceived.append(plan);
                }
            };
            if (same(o, t)) {
                if (o)
                    result.insert(key, *o);
            } else if (same(b, o)) {
                if (t)
                    takeTheirs();
                else
                    writes.plansRemoved.append(ourPlans[key].id);
            } else if (same(b, t) || !t) {
                if (o)
                    result.insert(key, *o);
            } else if (!o) {
                takeTheirs();
            } else {
                QString error;
                const QByteArray was =
                    b ? sql::scalar(db, QStringLiteral("SELECT content FROM sync_base WHERE key = ?"),
                                    {key})
                            .toByteArray()
                      : QByteArray();
                const goals::Plan merged = goalMirror::merge(
                    b ? goalMirror::parse(was, &error) : std::nullopt, ourPlans[key], *planOf(t));
                result.insert(key, fileOf(merged));
                if (result[key].oid != o->oid)
                    writes.plansUpdated.append(merged);
            }
        }

        // A synced folder's copies of a file both machines changed: merged
        // into what this sync keeps, like a second remote's version.
        for (const auto &[key, copy] : theirs.copies) {
            if (readingMirror::isKey(key)) {
                // A copy of a reading item: its fields and events merged in.
                const std::optional<ReadingFile> other = readingOf(&copy);
                const MirrorFile *now = fileAt(result, key);
                if (!other || !now)
                    continue;
                QString error;
                ReadingFile merged = readingMirror::merge(
                    readingMirror::parse(sql::scalar(db, QStringLiteral("SELECT content FROM"
                                                                        " sync_base WHERE key = ?"),
                                                     {key})
                                             .toByteArray(),
                                         &error),
                    *readingOf(now), *other);
                if (fileOf(merged).oid == now->oid)
                    continue;
                merged.item.id = ourReading.value(key).item.id;
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
            const EntryMerge merge = mergeEntries(baseEntry(db, base, key),
                                                  current, *other);
            if (merge.clean && merge.entry.body == current.body && merge.entry.title == current.title
                && merge.entry.tags == current.tags && merge.entry.date == current.date)
                continue;
            if (merge.clean) {
                result.insert(key, fileOf(merge.entry));
                const qint64 id = ourEntries.value(key).id;
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
                result.insert(key, {mirror::attachmentPath(it.key(), it.value()),
                                    mirror::blobId(data->data), {}});
            }
        }
        for (auto it = there.cbegin(); it != there.cend(); ++it)
            if (mirror::isAttachmentKey(it.key()) && !mimes.contains(mirror::sha256OfKey(it.key()))) {
                result.insert(it.key(), *it);
                writes.attachments.append({it.key(), it->path});
            }

        // The other side first: a sync stopped after this finds both sides
        // alike where it wrote, and takes up the rest.
        m_remote.write(result, theirs, [&](const QString &key) -> QByteArray {
            if (const auto known = newAttachments.constFind(key); known != newAttachments.cend())
                return *known;
            const std::optional<Attachment> data = attachments.find(mirror::sha256OfKey(key));
            return data ? data->data : QByteArray();
        });
        for (auto it = result.cbegin(); it != result.cend(); ++it) {
            const auto old = theirs.files.constFind(it.key());
            if (!theirs.present || old == theirs.files.cend() || old->oid != it->oid
                || old->path != it->path)
                ++report.pushed;
        }
        if (theirs.present)
            for (auto it = theirs.files.cbegin(); it != theirs.files.cend(); ++it)
                if (!result.contains(it.key()))
                    ++report.pushed;

        Snapshot savedBase;
        Snapshot finalBase;
        {
            // Heard once, after the commit.
            JournalChanges::Batch batch(m_journal.changes());
            sql::Transaction transaction(db);
            for (const auto &[key, path] : std::as_const(writes.attachments)) {
                MirrorFile file = there[key];
                const QByteArray data = m_remote.read(file);
                if (AttachmentStore::keyOf(data) != mirror::sha256OfKey(key)) {
                    report.unreadable.append(
                        tr("%1: its content is not the file its name says").arg(path));
                    result.remove(key);
                    continue;
                }
                attachments.add(data, mirror::mimeOfPath(path), path.section(QLatin1Char('/'), -1));
                ++report.pulled;
            }
            // An entry saved here since it was read (the window's autosave
            // while this ran) is not overwritten: its file keeps its old base,
            // so that the next sync merges it again.
            QSet<QString> held;
            const auto savedSince = [&](qint64 id, const QString &uuid) {
                const std::optional<Entry> now = entries.find(id);
                const QString key = mirror::entryKey(uuid);
                if (now && now->updated == ourEntries.value(key).updated)
                    return false;
                held.insert(key);
                return true;
            };
            // Plans and reading items first: the entries that arrive find them.
            for (const goals::Plan &plan : std::as_const(writes.plansReceived)) {
                const qint64 id = plans.addPlan(plan.title, plan.start, plan.years, plan.uuid);
                goals::Plan empty;
                empty.id = id;
                empty.title = plan.title;
                empty.start = plan.start;
                empty.years = plan.years;
                applyPlan(plans, plan, empty);
                ++report.pulled;
            }
            for (const goals::Plan &plan : std::as_const(writes.plansUpdated)) {
                if (const std::optional<goals::Plan> here = plans.plan(plan.id))
                    applyPlan(plans, plan, *here);
                ++report.pulled;
            }
            for (qint64 id : std::as_const(writes.plansRemoved)) {
                plans.removePlan(id);
                ++report.pulled;
            }
            QHash<QString, qint64> idOfPlan;
            for (const goals::Plan &plan : plans.plans())
                idOfPlan.insert(plan.uuid, plan.id);
            const auto inJournal = [&](Entry entry) {
                entry.body = goalMirror::reviewToJournal(entry.body, idOfPlan);
                return entry;
            };
            for (ReadingFile file : std::as_const(writes.readingReceived)) {
                file.item.id = reading.receive(file.item);
                reading.replaceLogged(file.item.id, file.events, true);
                ++report.pulled;
            }
            for (const ReadingFile &file : std::as_const(writes.readingUpdated)) {
                reading.updateItem(file.item);
                reading.replaceLogged(file.item.id, file.events);
                ++report.pulled;
            }
            for (qint64 id : std::as_const(writes.readingRemoved)) {
                reading.removeItem(id);
                ++report.pulled;
            }
            for (const Entry &entry : std::as_const(writes.received))
                entries.receive(inJournal(entry));
            report.pulled += int(writes.received.size());
            for (const Entry &entry : std::as_const(writes.updated))
                if (!savedSince(entry.id, entry.uuid)) {
                    entries.update(inJournal(entry), EntryStore::RevisionPolicy::Received);
                    ++report.pulled;
                }
            for (const QString &key : ourEntries.keys())
                if (writes.removed.contains(ourEntries[key].id)
                    && !savedSince(ourEntries[key].id, ourEntries[key].uuid)) {
                    entries.remove(ourEntries[key].id);
                    ++report.pulled;
                }
            for (const auto &[uuid, other] : std::as_const(writes.kept)) {
                const std::optional<Entry> here = entries.findByUuid(uuid);
                if (!here || savedSince(here->id, uuid))
                    continue;
                const qint64 id = here->id;
                entries.keepRevision(id, other.title, inJournal(other).body, now);
                sql::run(db,
                         QStringLiteral("INSERT INTO sync_conflicts (entry_id, since_utc, origin)"
                                        " VALUES (?, ?, ?) ON CONFLICT (entry_id) DO NOTHING"),
                         {id, utcText(now), m_remote.where()});
                ChangeSet changes;
                changes.edited.append(id);
                m_journal.changes().report(changes);
            }
            const auto keepingHeld = [&](Snapshot files) {
                for (const QString &key : std::as_const(held)) {
                    if (const MirrorFile *was = fileAt(base, key))
                        files.insert(key, *was);
                    else
                        files.remove(key);
                }
                return files;
            };
            // Until the push is through, the remote holds what it held.
            const Snapshot firstBase = keepingHeld(m_remote.publishes() ? there : result);
            finalBase = keepingHeld(result);
            saveBase(db, base, firstBase);
            savedBase = firstBase;
            setMeta(db, QStringLiteral("sync.position"), m_remote.position());
            if (!m_remote.publishes()) {
                setMeta(db, lastKey, utcText(now));
                setMeta(db, errorKey, {});
            }
            transaction.commit();
        }
        if (m_remote.publishes()) {
            m_remote.publish();
            sql::Transaction transaction(db);
            saveBase(db, savedBase, finalBase);
            setMeta(db, QStringLiteral("sync.position"), m_remote.position());
            setMeta(db, lastKey, utcText(now));
            setMeta(db, errorKey, {});
            transaction.commit();
        }
        const QList<Conflict> all = readConflicts(db);
        for (const Conflict &conflict : all)
            if (conflicted.contains(conflict.uuid))
                report.conflicts.append(conflict);
    } catch (const DatabaseError &e) {
        recordFailure(m_journal, e.message());
        throw SyncError(e.message());
    } catch (const SyncError &e) {
        recordFailure(m_journal, e.message());
        throw;
    }
    return report;
}

} // namespace waypoint::sync
