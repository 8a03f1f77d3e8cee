#include "Synchronizer.h"

#include "EntryMerge.h"
#include "FolderRemote.h"
#include "GitRemote.h"
#include "GoalMirror.h"
#include "Mirror.h"
#include "ReadingMirror.h"
#include "Reconcile.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"
#include "sql/DatabaseError.h"
#include "sql/Sql.h"

#include <QLockFile>
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
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key})
        .toString();
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
        sql::run(
            db,
            QStringLiteral("INSERT INTO sync_base (key, path, oid, content) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET path = excluded.path,"
                           " oid = excluded.oid, content = excluded.content"),
            {it.key(), it->path, it->oid, it->content.isNull() ? QByteArray("") : it->content});
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

QString Synchronizer::lockPath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".sync.lock");
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
    // One sync of a journal at a time, whichever process runs it (the
    // window's timer, the command line). A lock left by a sync that was
    // killed names a process that is gone, and is taken over.
    QLockFile running(lockPath(m_journal.path()));
    running.setStaleLockTime(0);
    if (!running.tryLock(3000))
        throw SyncError(tr("Another sync of this journal is running. Try again when it has"
                           " finished."));
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
        ReadingStore reading(m_journal);
        GoalStore plans(m_journal);
        const Ours ours = readOurs(entries, reading, plans);
        const QHash<QString, QString> mimes = attachments.mimes();

        Reconciled reconciled =
            reconcile(db, base, ours, there, theirs.copies, mimes, attachments, now);
        Snapshot &result = reconciled.result;
        JournalWrites &writes = reconciled.writes;
        const QStringList &conflicted = reconciled.conflicted;
        const QHash<QString, QByteArray> &newAttachments = reconciled.newAttachments;
        const QHash<QString, Entry> &ourEntries = ours.entries;

        // The other side first: a sync stopped after this finds both sides
        // alike where it wrote, and takes up the rest.
        m_remote.write(
            result, theirs,
            [&](const QString &key) -> QByteArray {
                if (const auto known = newAttachments.constFind(key);
                    known != newAttachments.cend())
                    return *known;
                const std::optional<Attachment> data = attachments.find(mirror::sha256OfKey(key));
                return data ? data->data : QByteArray();
            },
            progress);
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
            // A first sync of a large journal on a new machine: every entry.
            for (qsizetype i = 0; i < writes.received.size(); ++i) {
                if (progress)
                    progress(int(i), int(writes.received.size()));
                entries.receive(inJournal(writes.received.at(i)));
            }
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
