#include "FolderRemote.h"

#include "Mirror.h"
#include "core/Journal.h"
#include "sql/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

namespace waypoint::sync {

namespace {

struct Seen
{
    qint64 size = -1;
    qint64 modified = -1;
    QString oid;
};

// What the synced-folder programs leave while they work, and hidden files.
bool isScratch(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('~'))
           || name.endsWith(QLatin1Char('~')) || name.endsWith(QLatin1String(".tmp"));
}

} // namespace

FolderRemote::FolderRemote(const Journal &journal, const QString &folder)
    : m_journal(journal)
    , m_folder(QDir::cleanPath(folder))
{
}

QByteArray FolderRemote::read(const MirrorFile &file)
{
    QFile in(QDir(m_folder).filePath(file.path));
    if (!in.open(QIODevice::ReadOnly))
        throw SyncError(tr("Could not read %1: %2").arg(in.fileName(), in.errorString()));
    return in.readAll();
}

void FolderRemote::remember(const QString &path, const QString &oid) const
{
    const QFileInfo info(QDir(m_folder).filePath(path));
    sql::run(
        m_journal.database(),
        QStringLiteral("INSERT INTO sync_files (path, size, modified_ms, oid) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
                       " modified_ms = excluded.modified_ms, oid = excluded.oid"),
        {path, info.size(), info.lastModified().toMSecsSinceEpoch(), oid});
}

Theirs FolderRemote::fetch(const Snapshot &base, const Progress &progress)
{
    Theirs theirs;
    const QDir dir(m_folder);
    theirs.present = dir.exists(mirror::markerPath);
    if (!theirs.present) {
        // A folder that is not mounted, or not yet synced here, looks empty:
        // never read that as every entry deleted.
        if (!base.isEmpty())
            throw SyncError(tr("%1 holds no Waypoint journal (waypoint.json is missing): is the"
                               " synced folder there? Nothing was changed.")
                                .arg(m_folder));
        if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            throw SyncError(tr("%1 is not empty and holds no Waypoint journal (no waypoint.json):"
                               " choose an empty folder or one another Waypoint synced. Nothing"
                               " was changed.")
                                .arg(m_folder));
        return theirs;
    }

    const QSqlDatabase db = m_journal.database();
    QHash<QString, Seen> seen;
    {
        QSqlQuery query =
            sql::run(db, QStringLiteral("SELECT path, size, modified_ms, oid FROM sync_files"));
        while (query.next())
            seen.insert(query.value(0).toString(),
                        {query.value(1).toLongLong(), query.value(2).toLongLong(),
                         query.value(3).toString()});
    }
    QHash<QString, QString> keyOfPath;
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        keyOfPath.insert(it->path, it.key());

    QStringList paths;
    for (const QString &top : {QStringLiteral("entries"), QStringLiteral("attachments"),
                               QStringLiteral("reading"), QStringLiteral("goals")}) {
        QDirIterator files(dir.filePath(top), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = dir.relativeFilePath(files.next());
            if (!isScratch(files.fileName()))
                paths.append(path);
        }
    }
    paths.sort();

    sql::Transaction remembering(db);
    QHash<QString, QString> pathOfKey;
    int done = 0;
    for (const QString &path : std::as_const(paths)) {
        if (progress)
            progress(done++, int(paths.size()));
        const QFileInfo info(dir.filePath(path));
        const Seen was = seen.value(path);
        QByteArray content;
        bool loaded = false;
        QString oid;
        if (was.size == info.size() && was.modified == info.lastModified().toMSecsSinceEpoch()) {
            oid = was.oid;
        } else {
            content = read({path, {}, {}});
            loaded = true;
            oid = mirror::blobId(content);
            remember(path, oid);
        }
        if (mirror::isAttachmentPath(path)) {
            theirs.files.insert(mirror::attachmentKey(mirror::sha256OfPath(path)), {path, oid, {}});
            continue;
        }
        const bool copy = mirror::isConflictCopy(path);
        if (!copy && !mirror::isTextPath(path))
            continue;
        const QString known = keyOfPath.value(path);
        if (!copy && !known.isEmpty() && base[known].oid == oid) {
            theirs.files.insert(known, base[known]);
            pathOfKey.insert(known, path);
            continue;
        }
        if (!loaded)
            content = read({path, {}, {}});
        QString error;
        const QString key = mirror::keyOfText(path, content, &error);
        if (key.isEmpty()) {
            theirs.unreadable.append(QStringLiteral("%1: %2").arg(path, error));
            // Left as it is, and not taken for a deletion.
            if (!copy && !known.isEmpty()) {
                theirs.files.insert(known, base[known]);
                pathOfKey.insert(known, path);
            }
            continue;
        }
        if (copy) {
            theirs.copies.append({key, {path, oid, content}});
            m_copies.append(path);
            continue;
        }
        if (const auto other = pathOfKey.constFind(key); other != pathOfKey.cend()) {
            theirs.unreadable.append(
                tr("%1: the same entry as %2; left as it is").arg(path, *other));
            continue;
        }
        theirs.files.insert(key, {path, oid, content});
        pathOfKey.insert(key, path);
    }
    remembering.commit();
    return theirs;
}

void FolderRemote::write(const Snapshot &result, const Theirs &theirs,
                         const std::function<QByteArray(const QString &key)> &content,
                         const Progress &progress)
{
    const QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral(".")))
        throw SyncError(tr("Could not make the folder %1").arg(m_folder));
    const auto save = [&](const QString &path, const QByteArray &data) {
        const QString file = dir.filePath(path);
        if (!QDir().mkpath(QFileInfo(file).path()))
            throw SyncError(tr("Could not make the folder %1").arg(QFileInfo(file).path()));
        QSaveFile out(file);
        // Synced folders are often on network or FUSE file systems.
        out.setDirectWriteFallback(false);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            throw SyncError(tr("Could not write %1: %2").arg(file, out.errorString()));
    };
    const auto remove = [&](const QString &path) {
        QFile::remove(dir.filePath(path));
        sql::run(m_journal.database(), QStringLiteral("DELETE FROM sync_files WHERE path = ?"),
                 {path});
        // Leave no empty month folders behind.
        QString folder = QFileInfo(path).path();
        while (folder.contains(QLatin1Char('/')) && dir.rmdir(folder))
            folder = QFileInfo(folder).path();
    };
    sql::Transaction remembering(m_journal.database());
    if (!theirs.present)
        save(mirror::markerPath, mirror::markerContent());
    int done = 0;
    for (auto it = result.cbegin(); it != result.cend(); ++it) {
        if (progress)
            progress(done++, int(result.size()));
        const auto old = theirs.files.constFind(it.key());
        const bool there = old != theirs.files.cend();
        if (there && old->oid == it->oid && old->path == it->path)
            continue;
        save(it->path, mirror::isAttachmentKey(it.key()) ? content(it.key()) : it->content);
        remember(it->path, it->oid);
        if (there && old->path != it->path)
            remove(old->path);
    }
    for (auto it = theirs.files.cbegin(); it != theirs.files.cend(); ++it)
        if (!result.contains(it.key()))
            remove(it->path);
    for (const QString &copy : std::as_const(m_copies))
        remove(copy);
    m_copies.clear();
    remembering.commit();
}

} // namespace waypoint::sync
