#pragma once

#include "core/Entry.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace waypoint::sync {

// The journal as plain files, the unit that sync moves between machines:
//   waypoint.json                       what this folder is (format 1)
//   entries/YYYY/MM/<date>-<slug>-<first 8 of the uuid>.md
//                                       front matter (uuid, date, title, tags,
//                                       created, updated), then the body as written
//   attachments/<sha256>.<ext>          each attached file, by its content
// Readable on its own: any editor, or the repository's page on GitHub.
namespace mirror {

inline const QString markerPath = QStringLiteral("waypoint.json");
QByteArray markerContent();

// "entry:<uuid>" and "attachment:<sha256>": what a file holds, whatever
// its path (an entry's path changes with its title and date).
QString entryKey(const QString &uuid);
QString attachmentKey(const QString &sha256);
bool isEntryKey(const QString &key);
bool isAttachmentKey(const QString &key);
QString uuidOfKey(const QString &key);   // of an entry key
QString sha256OfKey(const QString &key); // of an attachment key

QString entryPath(const Entry &entry);
// A record kept whole in one file: folder/<slug>-<uuid8>.json (reading items, plans).
QString recordPath(const QString &folder, const QString &title, const QString &uuid);
QString attachmentPath(const QString &sha256, const QString &mime);
bool isEntryPath(const QString &path);
bool isAttachmentPath(const QString &path);
// The attachment's SHA-256 as its file name has it; empty if it is not one.
QString sha256OfPath(const QString &path);
QString mimeOfPath(const QString &path);

// The uuid the whole text is, lower case without braces; empty if it is not one.
QString canonicalUuid(const QString &text);

// The file of an entry, and the entry read back from one. A file without
// front matter or without a valid uuid and date is refused with *error.
QByteArray entryFile(const Entry &entry);
std::optional<Entry> parseEntryFile(const QByteArray &file, QString *error);

// libgit2 set up for this process, once, before its first use.
void ensureLibgit2();

// Files whose key is read from their content: entries and reading items.
bool isTextPath(const QString &path);
// The key such a file holds, or empty with *error when it cannot be read.
QString keyOfText(const QString &path, const QByteArray &content, QString *error);

// Git's id for a blob of this content (hex): what every engine compares.
QString blobId(const QByteArray &content);

// Synced folders' copies of a file that two machines changed at once:
// Syncthing's "name.sync-conflict-20261203-101500-ABCDEFG.md", Dropbox's
// "name (Laptop's conflicted copy 2026-12-03).md", Nextcloud's
// "name (conflicted copy 2026-12-03 101500).md".
bool isConflictCopy(const QString &path);

} // namespace mirror
} // namespace waypoint::sync
