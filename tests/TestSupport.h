#pragma once

#include "core/EntryStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace waypoint::test {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real waypoint binary, as a script would.
inline Run runWaypoint(const QStringList &arguments, const QByteArray &input = {},
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WAYPOINT_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// Adds an entry the way the window or the command line would.
inline Entry addEntry(EntryStore &store, QDate date, const QString &title, const QString &body = {},
                      const QStringList &tags = {})
{
    Entry entry;
    entry.date = date;
    entry.title = title;
    entry.body = body;
    entry.tags = tags;
    return store.create(entry);
}

} // namespace waypoint::test
