#pragma once

#include "Remote.h"

#include <QCoreApplication>
#include <QStringList>

namespace waypoint {
class Journal;
}

namespace waypoint::sync {

// The mirror in a folder that another program keeps in step between
// machines (Syncthing, Nextcloud, Dropbox, iCloud Drive). A file is read
// again only when its size or time differs from when it was last read; the
// conflict copies those programs make are merged, then removed.
class FolderRemote : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(FolderRemote)

public:
    FolderRemote(const Journal &journal, const QString &folder);

    QString where() const override { return m_folder; }
    Theirs fetch(const Snapshot &base, const Progress &progress) override;
    QByteArray read(const MirrorFile &file) override;
    void write(const Snapshot &result, const Theirs &theirs,
               const std::function<QByteArray(const QString &key)> &content,
               const Progress &progress) override;
    bool publishes() const override { return false; }
    void publish() override {}

private:
    void remember(const QString &path, const QString &oid) const;

    const Journal &m_journal;
    QString m_folder;
    QStringList m_copies; // read by fetch(), removed once merged
};

} // namespace waypoint::sync
