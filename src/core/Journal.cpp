#include "Journal.h"

#include "sql/DatabaseError.h"
#include "JournalChanges.h"
#include "Migrations.h"
#include "sql/Sql.h"
#include "search/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace waypoint {

namespace {

enum class FileKind { Missing, Empty, Folder, NotSqlite, ForeignSqlite, Journal };

// Looks at the 100-byte SQLite header directly, without SQLite, so that
// nothing is ever written to a file that turns out not to be ours.
FileKind inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Folder;
    if (info.size() == 0)
        return FileKind::Empty;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::NotSqlite;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return FileKind::NotSqlite;
    const quint32 id = qFromBigEndian<quint32>(header.constData() + 68);
    return id == Journal::applicationId ? FileKind::Journal : FileKind::ForeignSqlite;
}

// How SQLite is to open the file. A journal in a folder this user cannot
// write (read-only media, a share, a copy in a locked folder) is opened
// immutable: SQLite then makes no -shm or -wal file beside it, which it
// could not, and reads the file as it is.
enum class Mode { ReadWrite, ReadOnly, Immutable };

QSqlDatabase openConnection(const QString &name, const QString &path, Mode mode, int busyMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyMs);
    if (mode != Mode::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (mode == Mode::Immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                               .toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=ro&immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        throw DatabaseError(db.lastError().text());
    // Searches read the index's pages straight from the file's mapping
    // instead of copying each through a read() (several times faster for a
    // word that is in every entry).
    sql::run(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
    search::SearchIndex::registerTokenizer(db);
    return db;
}

// What SQLite's check found, in a few lines a person can read: without its
// "*** in database main ***" headers, at most three findings. Empty when the
// file is sound. quick_check passes a file whose index has lost a row, so a
// journal about to be written gets the full integrity_check.
QString damageOf(const QSqlDatabase &db, bool full)
{
    try {
        QSqlQuery query = sql::run(db, full ? QStringLiteral("PRAGMA integrity_check(20)")
                                            : QStringLiteral("PRAGMA quick_check(20)"));
        QStringList findings;
        while (query.next()) {
            const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("***")))
                    findings.append(line.trimmed());
        }
        if (findings == QStringList{QStringLiteral("ok")})
            return {};
        const qsizetype shown = std::min<qsizetype>(findings.size(), 3);
        QString text = findings.mid(0, shown).join(QStringLiteral("; "));
        if (findings.size() > shown)
            text += QStringLiteral("; …");
        return text;
    } catch (const DatabaseError &error) {
        // SQLite refusing the statement outright ("file is not a database",
        // "malformed") is damage too.
        return error.message();
    }
}

// The change hub of each journal file open in this process, shared by all
// its connections. It lives on the thread that opened the file first, and
// goes when the last connection closes.
std::shared_ptr<JournalChanges> changesFor(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<JournalChanges>> hubs;
    QMutexLocker lock(&mutex);
    if (std::shared_ptr<JournalChanges> hub = hubs.value(path).lock())
        return hub;
    std::shared_ptr<JournalChanges> hub(new JournalChanges, [](JournalChanges *changes) {
        if (changes->thread() == QThread::currentThread())
            delete changes;
        else
            changes->deleteLater();
    });
    hubs.insert(path, hub);
    return hub;
}

} // namespace

QString Journal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.waypoint"));
}

std::unique_ptr<Journal> Journal::open(const QString &path, const Options &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Journal>();
    };
    if (path.isEmpty())
        return fail(tr("No journal file was given."));

    const QString native = QDir::toNativeSeparators(path);
    const FileKind kind = inspect(path);
    switch (kind) {
    case FileKind::Folder:
        return fail(tr("%1 is a folder, not a journal file.").arg(native));
    case FileKind::NotSqlite:
        return fail(tr("%1 is not a Waypoint journal (it is not a SQLite database); "
                       "the file was left untouched.")
                        .arg(native));
    case FileKind::ForeignSqlite:
        return fail(tr("%1 is a SQLite database of another program, not a Waypoint journal; "
                       "the file was left untouched.")
                        .arg(native));
    case FileKind::Missing:
    case FileKind::Empty: {
        if (!options.create)
            return fail(kind == FileKind::Empty
                            ? tr("%1 is an empty file, not a Waypoint journal.").arg(native)
                            : tr("%1 does not exist.").arg(native));
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return fail(tr("Cannot create the journal %1: the folder %2 does not exist.")
                            .arg(native, QDir::toNativeSeparators(info.absolutePath())));
        if (options.readOnly)
            return fail(tr("%1 does not exist, and a read-only journal cannot be created.")
                            .arg(native));
        break;
    }
    case FileKind::Journal:
        break;
    }

    std::unique_ptr<Journal> journal(new Journal);
    journal->m_path = QFileInfo(path).absoluteFilePath();
    journal->m_changes = changesFor(journal->m_path);
    journal->m_connectionName = QStringLiteral("waypoint-journal-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString &name = journal->m_connectionName;

    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (options.readOnly)
        journal->m_readOnlyReason = tr("The journal was opened read-only.");
    else if (kind == FileKind::Journal && !info.isWritable())
        journal->m_readOnlyReason = tr("The journal file is read-only.");
    else if (kind == FileKind::Journal && !folderWritable)
        journal->m_readOnlyReason =
            tr("The folder %1 cannot be written to, so the journal is read-only.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
    // Without a -wal file beside it the journal is whole in its main file;
    // where none can be made, read it immutable. With one, SQLite reads both.
    Mode mode = journal->isReadOnly() ? Mode::ReadOnly : Mode::ReadWrite;
    if (kind == FileKind::Journal && !folderWritable
        && !QFileInfo::exists(path + QStringLiteral("-wal")))
        mode = Mode::Immutable;

    try {
        if (kind == FileKind::Journal) {
            // Look before writing anything: version and integrity.
            const QString probeName = name + QStringLiteral("-probe");
            QString damage;
            int version = 0;
            {
                QSqlDatabase probe =
                    openConnection(probeName, path, mode == Mode::Immutable ? mode : Mode::ReadOnly,
                                   options.busyTimeoutMs);
                damage = damageOf(probe, false);
                if (damage.isEmpty()) {
                    version = Migrator::currentVersion(probe);
                    // Opening writes when the schema or what is derived from
                    // the entries (the search index…) is to be brought up to
                    // date: the full check comes first.
                    const bool writesAtOpen =
                        version < Migrator::latestVersion() || Migrator::hasPendingBackfills(probe);
                    if (!journal->isReadOnly() && (options.forWriting || writesAtOpen))
                        damage = damageOf(probe, true);
                }
                probe.close();
            }
            QSqlDatabase::removeDatabase(probeName);
            if (!damage.isEmpty()) {
                journal->m_readOnlyReason =
                    tr("The journal is damaged (SQLite's integrity check: %1); it was opened "
                       "read-only and will not be changed.")
                        .arg(damage);
                mode = mode == Mode::Immutable ? mode : Mode::ReadOnly;
            } else if (version > Migrator::latestVersion()) {
                return fail(tr("%1 was written by a newer Waypoint (journal version %2; this "
                               "version reads up to %3). Please update Waypoint; the file "
                               "was left untouched.")
                                .arg(native)
                                .arg(version)
                                .arg(Migrator::latestVersion()));
            } else if (version < Migrator::latestVersion() && journal->isReadOnly()) {
                return fail(tr("%1 needs upgrading to this version of Waypoint, but it is "
                               "read-only.")
                                .arg(native));
            }
        }

        if (options.exclusive && !journal->isReadOnly()) {
            journal->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
            journal->m_lock->setStaleLockTime(0); // stale only when its process is gone
            if (!journal->m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, app;
                journal->m_lock->getLockInfo(&pid, &host, &app);
                if (journal->m_lock->error() == QLockFile::LockFailedError)
                    return fail(tr("%1 is already open in another Waypoint window (process %2).")
                                    .arg(native)
                                    .arg(pid));
                return fail(tr("Cannot lock %1: its folder is not writable.").arg(native));
            }
        }

        QSqlDatabase db = openConnection(name, path, mode, options.busyTimeoutMs);
        if (!journal->isReadOnly()) {
            if (kind != FileKind::Journal) {
                // Stamp the header before WAL is on, so the stamp is in the main
                // file at once and a crash cannot leave an unrecognisable journal.
                sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            }
            sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
            Migrator::migrate(db);
            // A new tokenizer (or a journal from before search) indexes again.
            // If that fails (disk full, another writer too long), the journal
            // still opens; the next open tries again.
            try {
                Migrator::backfillSearchIndex(db, options.indexProgress);
            } catch (const DatabaseError &error) {
                qWarning("Waypoint: the search index of %s could not be rebuilt: %s",
                         qPrintable(native), qPrintable(error.message()));
            }
        }
    } catch (const DatabaseError &e) {
        const QString message = e.message();
        journal.reset();
        return fail(tr("Cannot open the journal %1: %2").arg(native, message));
    }
    return journal;
}

std::unique_ptr<Journal> Journal::attach(const QString &path, QString *error)
{
    std::unique_ptr<Journal> journal(new Journal);
    journal->m_path = QFileInfo(path).absoluteFilePath();
    journal->m_changes = changesFor(journal->m_path);
    journal->m_connectionName =
        QStringLiteral("waypoint-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        QSqlDatabase db =
            openConnection(journal->m_connectionName, journal->m_path, Mode::ReadWrite, 10000);
        if (sql::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt() != applicationId
            || Migrator::currentVersion(db) != Migrator::latestVersion())
            throw DatabaseError(tr("it is no longer the journal that was opened"));
        sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const DatabaseError &e) {
        *error = tr("Cannot open the journal %1: %2")
                     .arg(QDir::toNativeSeparators(journal->m_path), e.message());
        return nullptr;
    }
    return journal;
}

Journal::~Journal()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace waypoint
