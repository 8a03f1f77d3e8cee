#pragma once

#include "core/Reading.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace waypoint::sync {

// A reading item as a file of the mirror: reading/<slug>-<uuid8>.json, its
// fields and the progress logged by hand (what entries say is read from the
// entries on each machine). JSON with keys in a fixed order, an event a line.
struct ReadingFile
{
    reading::Item item;
    QList<reading::Event> events; // logged by hand, oldest first
};

namespace readingMirror {

QString key(const QString &uuid); // "reading:<uuid>"
bool isKey(const QString &key);
QString uuidOfKey(const QString &key);
QString path(const reading::Item &item);
bool isPath(const QString &path);

QByteArray file(const ReadingFile &reading);
std::optional<ReadingFile> parse(const QByteArray &file, QString *error);

// Field by field against what both had: one side's change is taken; where
// both changed a field, ours. Events: what either added stays, what either
// removed goes.
ReadingFile merge(const std::optional<ReadingFile> &base, const ReadingFile &ours,
                  const ReadingFile &theirs);

} // namespace readingMirror
} // namespace waypoint::sync
