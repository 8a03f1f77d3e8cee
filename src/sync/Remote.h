#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <stdexcept>

namespace waypoint::sync {

// One file of the mirror: where it is, git's id for its content and, for
// an entry, the content itself (an attachment's is read when needed).
struct MirrorFile
{
    QString path;
    QString oid;
    QByteArray content;
};
// The mirror's files by what they hold (Mirror.h: entryKey, attachmentKey).
using Snapshot = QHash<QString, MirrorFile>;

// Why a sync stopped, in one line for the user. Nothing was lost: the next
// sync starts again from what the journal holds.
class SyncError : public std::runtime_error
{
public:
    explicit SyncError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
    QString message() const { return QString::fromStdString(what()); }
};

// What the other side holds now.
struct Theirs
{
    // Whether a mirror is there at all: an empty remote or a folder not yet
    // written is not a mirror whose entries were all deleted.
    bool present = false;
    Snapshot files;
    // Synced folders' conflict copies, by the key each one holds.
    QList<std::pair<QString, MirrorFile>> copies;
    // Files that are no entry Waypoint can read ("path: why"): left alone.
    QStringList unreadable;
};

using Progress = std::function<void(int done, int total)>;

// Where the mirror is kept in step: a git remote or a synced folder.
class Remote
{
public:
    virtual ~Remote() = default;
    // The URL or the folder, as the user gave it.
    virtual QString where() const = 0;
    // Reads the other side. A file whose id is the base's (what it held at
    // the last sync) is taken from the base, not read again.
    virtual Theirs fetch(const Snapshot &base, const Progress &progress) = 0;
    // An attachment's content there.
    virtual QByteArray read(const MirrorFile &file) = 0;
    // Makes the other side hold `result`, given what it holds (`theirs`);
    // `content` gives an attachment's data by key. A folder is written now;
    // a repository gets the commit, which publish() pushes. Tells progress
    // (files done, of all) as it goes.
    virtual void write(const Snapshot &result, const Theirs &theirs,
                       const std::function<QByteArray(const QString &key)> &content,
                       const Progress &progress) = 0;
    // Whether write() leaves a second step for publish().
    virtual bool publishes() const = 0;
    virtual void publish() = 0;
    // What the journal must remember of the remote for the next sync (the
    // commit merged): written in the same transaction as the base.
    virtual QString position() const { return {}; }
};

} // namespace waypoint::sync
