#pragma once

// What the sync tests share: journals standing for machines, a bare git
// repository for each test, git run as a tool, and a remote that lets
// another writer in halfway through a sync.

#include "TestSupport.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"
#include "core/Searcher.h"
#include "sql/Sql.h"
#include "sync/GitRemote.h"
#include "sync/Mirror.h"
#include "sync/Synchronizer.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::sync;

namespace waypoint::test {

struct Machine
{
    QString path;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<EntryStore> entries;
};

inline QString git(const QStringList &arguments, const QString &dir = {})
{
    QProcess process;
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

inline QStringList titlesOf(const QList<EntrySummary> &list)
{
    QStringList titles;
    for (const EntrySummary &entry : list)
        titles.append(entry.title);
    titles.sort();
    return titles;
}

// Another writer, between the sync's writing the other side and its
// transaction: the window's autosave, or another machine's push.
struct Midway : Remote
{
    Remote &inner;
    std::function<void()> save;
    Midway(Remote &r, std::function<void()> s)
        : inner(r)
        , save(std::move(s))
    {
    }
    QString where() const override { return inner.where(); }
    Theirs fetch(const Snapshot &base, const Progress &progress) override
    {
        return inner.fetch(base, progress);
    }
    QByteArray read(const MirrorFile &file) override { return inner.read(file); }
    void write(const Snapshot &result, const Theirs &theirs,
               const std::function<QByteArray(const QString &)> &content,
               const Progress &progress) override
    {
        inner.write(result, theirs, content, progress);
        save();
    }
    bool publishes() const override { return inner.publishes(); }
    void publish() override { inner.publish(); }
    QString position() const override { return inner.position(); }
};
} // namespace waypoint::test

namespace waypoint::test {

class SyncTestBase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    QString m_remote;
    int m_case = 0;

    Machine machine(const QString &name)
    {
        Machine m;
        m.path = m_dir.filePath(QStringLiteral("%1-%2.waypoint").arg(m_case).arg(name));
        QString error;
        m.journal = Journal::open(m.path, {}, &error);
        if (!m.journal)
            qFatal("%s", qPrintable(error));
        m.entries = std::make_unique<EntryStore>(*m.journal);
        return m;
    }

    void setUpGit(Machine &m, const QString &url = {})
    {
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Git;
        settings.url = url.isEmpty() ? m_remote : url;
        settings.saveTo(*m.journal);
    }

    void setUpFolder(Machine &m, const QString &folder)
    {
        SyncSettings settings;
        settings.kind = SyncSettings::Kind::Folder;
        settings.folder = folder;
        settings.saveTo(*m.journal);
    }

    static SyncReport sync(Machine &m)
    {
        const std::unique_ptr<Remote> remote =
            Synchronizer::remoteFor(*m.journal, SyncSettings::of(*m.journal));
        Synchronizer synchronizer(*m.journal, *remote);
        try {
            return synchronizer.run();
        } catch (const SyncError &error) {
            qWarning("sync failed: %s", qPrintable(error.message()));
            throw;
        }
    }

    static QString syncError(Machine &m)
    {
        try {
            sync(m);
        } catch (const SyncError &error) {
            return error.message();
        }
        return {};
    }

    static std::optional<Entry> byUuid(Machine &m, const QString &uuid)
    {
        return m.entries->findByUuid(uuid);
    }

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(m_case).arg(name));
        QDir().mkpath(path);
        return path;
    }

protected slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!git({QStringLiteral("--version")}).isEmpty(), "the tests need git");
    }

    void init()
    {
        ++m_case;
        m_remote = m_dir.filePath(QStringLiteral("%1-remote.git").arg(m_case));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), m_remote});
    }
};

} // namespace waypoint::test
