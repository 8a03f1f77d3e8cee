#pragma once

#include "Remote.h"

#include <QCoreApplication>
#include <memory>

struct git_repository;
struct git_commit;

namespace waypoint {
class Journal;
}

namespace waypoint::sync {

// The mirror as a branch of a git repository (any remote libgit2 reaches:
// a path, ssh, https). Kept beside the journal as a bare repository
// (<journal>.sync.git) that fetches, merges per entry (Synchronizer), commits
// on top of what it fetched and pushes. ssh authenticates through the agent
// or ~/.ssh/id_ed25519 / id_rsa; https with the token in $WAYPOINT_GIT_TOKEN.
class GitRemote : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(GitRemote)

public:
    GitRemote(const Journal &journal, const QString &url, const QString &branch);
    ~GitRemote() override;

    QString where() const override { return m_url; }
    Theirs fetch(const Snapshot &base, const Progress &progress) override;
    QByteArray read(const MirrorFile &file) override;
    void write(const Snapshot &result, const Theirs &theirs,
               const std::function<QByteArray(const QString &key)> &content,
               const Progress &progress) override;
    bool publishes() const override { return true; }
    void publish() override;
    QString position() const override { return m_position; }

    // Where the repository is kept for a journal.
    static QString repositoryPath(const QString &journalPath);

private:
    void open();
    [[noreturn]] void fail(const QString &what) const;

    const Journal &m_journal;
    QString m_url;
    QString m_branch;
    git_repository *m_repo = nullptr;
    QString m_fetched; // the remote branch's commit, hex; empty: none there
    QString m_made;    // the commit write() made, hex; empty: nothing to push
    QString m_position;
};

} // namespace waypoint::sync
