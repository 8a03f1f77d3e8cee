// waypoint sync setup|status, and waypoint sync itself.

#include "Commands.h"

#include "core/Journal.h"
#include "models/JournalSession.h"
#include "sql/DatabaseError.h"
#include "sync/Synchronizer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace waypoint::cli {

using namespace sync;

namespace {

QJsonArray conflictsJson(const QList<Conflict> &conflicts)
{
    QJsonArray array;
    for (const Conflict &conflict : conflicts)
        array.append(QJsonObject{{QStringLiteral("id"), conflict.uuid},
                                 {QStringLiteral("title"), conflict.title}});
    return array;
}

QString kindName(SyncSettings::Kind kind)
{
    switch (kind) {
    case SyncSettings::Kind::Git:
        return QStringLiteral("git");
    case SyncSettings::Kind::Folder:
        return QStringLiteral("folder");
    case SyncSettings::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

int Commands::syncCommand(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    if (sub == QLatin1String("setup"))
        return syncSetup(QStringList{QStringLiteral("sync setup")} + args.mid(2));
    if (sub == QLatin1String("status"))
        return syncStatus(QStringList{QStringLiteral("sync status")} + args.mid(2));
    return syncNow(args);
}

int Commands::syncSetup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Choose where this journal syncs: a git repository (any URL git takes: a path, ssh or"
           " https) or a folder that Syncthing, Nextcloud or Dropbox keeps in step."));
    parser.addOption(
        {QStringLiteral("git"), tr("Sync through this git repository."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("branch"), tr("The branch to sync (default main)."),
                      QStringLiteral("NAME"), QStringLiteral("main")});
    parser.addOption(
        {QStringLiteral("folder"), tr("Sync through this folder."), QStringLiteral("DIR")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    const bool git = parser.isSet(QStringLiteral("git"));
    const bool folder = parser.isSet(QStringLiteral("folder"));
    if (git == folder)
        return usageError(tr("give one of --git URL or --folder DIR"));
    SyncSettings settings;
    if (git) {
        settings.kind = SyncSettings::Kind::Git;
        settings.url = parser.value(QStringLiteral("git"));
        settings.branch = parser.value(QStringLiteral("branch"));
        if (settings.url.isEmpty() || settings.branch.isEmpty())
            return usageError(tr("--git needs a URL and --branch a name"));
    } else {
        settings.kind = SyncSettings::Kind::Folder;
        settings.folder = QDir(parser.value(QStringLiteral("folder"))).absolutePath();
    }
    std::unique_ptr<JournalSession> session = openJournal(Access::Write);
    if (!session)
        return Failure;
    try {
        settings.saveTo(session->journal());
    } catch (const DatabaseError &error) {
        return failure(tr("cannot write %1: %2").arg(session->path(), error.message()));
    }
    print(git ? tr("This journal syncs with %1 (branch %2). Run 'waypoint sync' to sync now.\n")
                    .arg(settings.url, settings.branch)
              : tr("This journal syncs through the folder %1. Run 'waypoint sync' to sync now.\n")
                    .arg(settings.folder));
    return Success;
}

int Commands::syncNow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sync the journal: take in what changed elsewhere, and send what changed here."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> session = openJournal(Access::Write);
    if (!session)
        return Failure;
    Journal &journal = session->journal();
    SyncReport report;
    try {
        const SyncSettings settings = SyncSettings::of(journal);
        const std::unique_ptr<Remote> remote = Synchronizer::remoteFor(journal, settings);
        if (!remote)
            return failure(tr("sync is not set up for %1: run 'waypoint sync setup --git URL' or"
                              " 'waypoint sync setup --folder DIR' first")
                               .arg(session->path()));
        Synchronizer synchronizer(journal, *remote);
        report = synchronizer.run();
    } catch (const SyncError &error) {
        return failure(error.message());
    } catch (const DatabaseError &error) {
        return failure(tr("cannot sync %1: %2").arg(session->path(), error.message()));
    }
    for (const QString &problem : std::as_const(report.unreadable))
        m_err << tr("warning: %1").arg(oneLine(problem)) << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("pulled"), report.pulled},
                              {QStringLiteral("pushed"), report.pushed},
                              {QStringLiteral("conflicts"), conflictsJson(report.conflicts)},
                              {QStringLiteral("remote"), report.remote}});
        return Success;
    }
    print(tr("Synced with %1: %n file(s) taken in", nullptr, report.pulled).arg(report.remote)
          + tr(", %n sent.\n", nullptr, report.pushed));
    for (const Conflict &conflict : std::as_const(report.conflicts))
        printLine(tr("in conflict: %1  %2 (the other text is in its history)")
                      .arg(conflict.uuid.left(8), oneLine(conflict.title)));
    return Success;
}

int Commands::syncStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show where the journal syncs, when it last did, and the entries in conflict."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> session = openJournal(Access::Read);
    if (!session)
        return Failure;
    SyncStatus status;
    try {
        status = Synchronizer::status(session->journal());
    } catch (const DatabaseError &error) {
        return failure(tr("cannot read %1: %2").arg(session->path(), error.message()));
    }
    const QString remote = status.settings.kind == SyncSettings::Kind::Git ? status.settings.url
                                                                           : status.settings.folder;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("kind"), kindName(status.settings.kind)},
            {QStringLiteral("remote"), remote.isEmpty() ? QJsonValue() : QJsonValue(remote)},
            {QStringLiteral("branch"), status.settings.kind == SyncSettings::Kind::Git
                                           ? QJsonValue(status.settings.branch)
                                           : QJsonValue()},
            {QStringLiteral("last"), status.lastSync.isValid()
                                         ? QJsonValue(status.lastSync.toString(Qt::ISODate))
                                         : QJsonValue()},
            {QStringLiteral("error"),
             status.lastError.isEmpty() ? QJsonValue() : QJsonValue(status.lastError)},
            {QStringLiteral("files"), status.files},
            {QStringLiteral("conflicts"), conflictsJson(status.conflicts)},
        });
        return Success;
    }
    if (status.settings.kind == SyncSettings::Kind::None) {
        print(tr("Sync is not set up (waypoint sync setup --git URL or --folder DIR).\n"));
        return Success;
    }
    print(status.settings.kind == SyncSettings::Kind::Git
              ? tr("Syncs with %1 (branch %2).\n").arg(remote, status.settings.branch)
              : tr("Syncs through the folder %1.\n").arg(remote));
    print(status.lastSync.isValid()
              ? tr("Last synced %1, %n file(s) in the mirror.\n", nullptr, status.files)
                    .arg(QLocale().toString(status.lastSync.toLocalTime(), QLocale::ShortFormat))
              : tr("Not synced yet.\n"));
    if (!status.lastError.isEmpty())
        printLine(tr("The last sync failed: %1").arg(oneLine(status.lastError)));
    for (const Conflict &conflict : std::as_const(status.conflicts))
        printLine(tr("in conflict: %1  %2").arg(conflict.uuid.left(8), oneLine(conflict.title)));
    return Success;
}

} // namespace waypoint::cli
