#include "GitRemote.h"

#include "Mirror.h"
#include "core/Journal.h"
#include "sql/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QSysInfo>
#include <QUrl>
#include <git2.h>
#include <map>
#include <optional>

namespace waypoint::sync {

namespace {

QString hexOf(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

git_oid oidOf(const QString &hex)
{
    git_oid oid;
    git_oid_fromstrn(&oid, hex.toLatin1().constData(), size_t(hex.size()));
    return oid;
}

QString lastError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message).trimmed()
                                   : GitRemote::tr("unknown error");
}

// How many times each way of signing in was tried: libgit2 asks again after
// a refusal, and would ask forever.
struct Callbacks
{
    QString url;
    int agent = 0;
    int keys = 0;
    int token = 0;
    const Progress *progress = nullptr;
    QString refused; // a reference the remote would not take, and why
};

int credentialsFor(git_credential **out, const char *url, const char *userFromUrl,
                   unsigned int allowed, void *payload)
{
    Q_UNUSED(url);
    auto *tried = static_cast<Callbacks *>(payload);
    const QByteArray user =
        userFromUrl && *userFromUrl ? QByteArray(userFromUrl) : QByteArrayLiteral("git");
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        if (tried->agent++ == 0 && qEnvironmentVariableIsSet("SSH_AUTH_SOCK"))
            return git_credential_ssh_key_from_agent(out, user.constData());
        const QString ssh = QDir::home().filePath(QStringLiteral(".ssh"));
        const QStringList keys{QStringLiteral("id_ed25519"), QStringLiteral("id_ecdsa"),
                               QStringLiteral("id_rsa")};
        while (tried->keys < keys.size()) {
            const QString key = QDir(ssh).filePath(keys.at(tried->keys++));
            if (QFile::exists(key)) {
                const QByteArray privateKey = QFile::encodeName(key);
                const QByteArray publicKey = QFile::encodeName(key + QStringLiteral(".pub"));
                return git_credential_ssh_key_new(
                    out, user.constData(),
                    QFile::exists(key + QStringLiteral(".pub")) ? publicKey.constData() : nullptr,
                    privateKey.constData(), nullptr);
            }
        }
    }
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && tried->token++ == 0) {
        const QByteArray token = qgetenv("WAYPOINT_GIT_TOKEN");
        if (!token.isEmpty()) {
            const QByteArray name = userFromUrl && *userFromUrl ? QByteArray(userFromUrl)
                                                                : QByteArrayLiteral("waypoint");
            return git_credential_userpass_plaintext_new(out, name.constData(), token.constData());
        }
    }
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && tried->token > 1
        && !qEnvironmentVariableIsEmpty("WAYPOINT_GIT_TOKEN")) {
        git_error_set_str(GIT_ERROR_NET, GitRemote::tr("the server refused the token in"
                                                       " $WAYPOINT_GIT_TOKEN")
                                             .toUtf8()
                                             .constData());
        return GIT_EAUTH;
    }
    git_error_set_str(GIT_ERROR_NET,
                      GitRemote::tr("no way to sign in was accepted (ssh agent or key, or"
                                    " $WAYPOINT_GIT_TOKEN for https)")
                          .toUtf8()
                          .constData());
    return GIT_EAUTH;
}

// Whether ~/.ssh/known_hosts (as ssh writes it, host names plain or hashed)
// holds this key for the host: the trust ssh itself has, nothing less.
bool knownHost(const QString &host, int port, const QByteArray &key)
{
    QFile file(QDir::home().filePath(QStringLiteral(".ssh/known_hosts")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray name =
        (port > 0 && port != 22 ? QStringLiteral("[%1]:%2").arg(host).arg(port) : host).toUtf8();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() < 3 || fields.at(0).startsWith('#') || fields.at(0).startsWith('@'))
            continue;
        if (QByteArray::fromBase64(fields.at(2)) != key)
            continue;
        const QByteArray &hosts = fields.at(0);
        if (hosts.startsWith("|1|")) {
            const QList<QByteArray> parts = hosts.split('|');
            if (parts.size() == 4
                && QMessageAuthenticationCode::hash(name, QByteArray::fromBase64(parts.at(2)),
                                                    QCryptographicHash::Sha1)
                       == QByteArray::fromBase64(parts.at(3)))
                return true;
        } else if (hosts.split(',').contains(name)) {
            return true;
        }
    }
    return false;
}

int checkCertificate(git_cert *cert, int valid, const char *host, void *payload)
{
    if (valid)
        return 0;
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return GIT_PASSTHROUGH; // https: libgit2 checks it against the system's CAs
    const auto *key = reinterpret_cast<const git_cert_hostkey *>(cert);
    const QUrl url(static_cast<Callbacks *>(payload)->url);
    if ((key->type & GIT_CERT_SSH_RAW)
        && knownHost(QString::fromUtf8(host), url.port(22),
                     QByteArray(key->hostkey, qsizetype(key->hostkey_len))))
        return 0;
    git_error_set_str(GIT_ERROR_SSH,
                      GitRemote::tr("%1 is not in ~/.ssh/known_hosts with this key: connect once"
                                    " with ssh to check and add it")
                          .arg(QString::fromUtf8(host))
                          .toUtf8()
                          .constData());
    return GIT_ECERTIFICATE;
}

int pushStatus(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<Callbacks *>(payload)->refused =
            QStringLiteral("%1: %2").arg(QString::fromUtf8(refname), QString::fromUtf8(status));
    return 0;
}

int transferProgress(const git_indexer_progress *stats, void *payload)
{
    const auto *callbacks = static_cast<Callbacks *>(payload);
    if (callbacks->progress && *callbacks->progress)
        (*callbacks->progress)(int(stats->received_objects), int(stats->total_objects));
    return 0;
}

// A folder of the tree being written: its files and its folders, by name.
struct Folder
{
    std::map<QString, git_oid> files;
    std::map<QString, Folder> folders;
};

struct TreeWalk
{
    QHash<QString, QString> blobs; // path → oid
};

int collectBlob(const char *root, const git_tree_entry *entry, void *payload)
{
    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
        static_cast<TreeWalk *>(payload)->blobs.insert(
            QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)),
            hexOf(git_tree_entry_id(entry)));
    return 0;
}

// The folder of a remote that is a repository on this machine (a path or a
// file:// URL), which a push writes to itself; empty for ssh and https.
QString localRepository(const QString &url)
{
    if (url.startsWith(QLatin1String("file://")))
        return QUrl(url).toLocalFile();
    if (!url.contains(QLatin1String("://")) && QFileInfo(url).isDir())
        return url;
    return {};
}

} // namespace

GitRemote::GitRemote(const Journal &journal, const QString &url, const QString &branch)
    : m_journal(journal)
    , m_url(url)
    , m_branch(branch.isEmpty() ? QStringLiteral("main") : branch)
{
    mirror::ensureLibgit2();
}

GitRemote::~GitRemote()
{
    git_repository_free(m_repo);
}

QString GitRemote::repositoryPath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".sync.git");
}

void GitRemote::fail(const QString &what) const
{
    throw SyncError(QStringLiteral("%1: %2").arg(what, lastError()));
}

void GitRemote::open()
{
    if (m_repo)
        return;
    const QString path = repositoryPath(m_journal.path());
    const QByteArray native = QFile::encodeName(path);
    if (QDir(path).exists(QStringLiteral("HEAD"))) {
        if (git_repository_open_bare(&m_repo, native.constData()) != 0)
            fail(tr("Could not open the sync repository %1").arg(path));
        // Only a sync writes here, and the journal's lock says none is
        // running: a lock file left is from one that was killed.
        QDirIterator locks(path, {QStringLiteral("*.lock")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (locks.hasNext())
            QFile::remove(locks.next());
    } else if (git_repository_init(&m_repo, native.constData(), 1) != 0) {
        fail(tr("Could not make the sync repository %1").arg(path));
    }
}

Theirs GitRemote::fetch(const Snapshot &base, const Progress &progress)
{
    open();
    // An anonymous remote is enough: Waypoint keeps its own record of what
    // it fetched (the journal's sync position), not git's remote config.
    git_remote *remote = nullptr;
    if (git_remote_create_anonymous(&remote, m_repo, m_url.toUtf8().constData()) != 0)
        fail(tr("%1 is not a repository address git knows").arg(m_url));
    const QByteArray refspec =
        QStringLiteral("+refs/heads/%1:refs/remotes/origin/%1").arg(m_branch).toUtf8();
    char *specs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray refspecs{specs, 1};
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    Callbacks callbacks;
    callbacks.url = m_url;
    callbacks.progress = &progress;
    options.callbacks.certificate_check = checkCertificate;
    options.callbacks.credentials = credentialsFor;
    options.callbacks.transfer_progress = transferProgress;
    options.callbacks.payload = &callbacks;
    // What was fetched before (perhaps from another URL) must not pass for
    // what the remote holds now: a remote without the branch leaves no ref.
    const QByteArray tracking = QStringLiteral("refs/remotes/origin/%1").arg(m_branch).toUtf8();
    git_reference *stale = nullptr;
    if (git_reference_lookup(&stale, m_repo, tracking.constData()) == 0) {
        git_reference_delete(stale);
        git_reference_free(stale);
    }
    const int fetched = git_remote_fetch(remote, &refspecs, &options, nullptr);
    git_remote_free(remote);
    if (fetched != 0)
        fail(tr("Could not fetch from %1").arg(m_url));

    Theirs theirs;
    // The commit this journal last saw there (Synchronizer keeps it).
    const QString known =
        sql::scalar(m_journal.database(),
                    QStringLiteral("SELECT value FROM meta WHERE key = 'sync.position'"))
            .toString();
    git_oid remoteCommit;
    if (git_reference_name_to_id(&remoteCommit, m_repo, tracking.constData()) != 0) {
        // Nothing on that branch yet: the first push makes it.
        m_fetched.clear();
        m_position = known;
        if (!m_position.isEmpty())
            throw SyncError(tr("The branch %1 of %2 is gone, though this journal synced with it:"
                               " nothing was changed. Push it back, or set up sync again.")
                                .arg(m_branch, m_url));
        return theirs;
    }
    m_fetched = hexOf(&remoteCommit);
    m_position = m_fetched;

    // The remote must hold what this journal last saw there.
    if (!known.isEmpty() && known != m_fetched) {
        const git_oid knownOid = oidOf(known);
        if (git_graph_descendant_of(m_repo, &remoteCommit, &knownOid) != 1)
            throw SyncError(tr("The branch %1 of %2 does not hold this journal's history (it was"
                               " rewritten, or holds another journal): nothing was changed.")
                                .arg(m_branch, m_url));
    }

    git_commit *commit = nullptr;
    git_tree *tree = nullptr;
    if (git_commit_lookup(&commit, m_repo, &remoteCommit) != 0
        || git_commit_tree(&tree, commit) != 0) {
        git_commit_free(commit);
        fail(tr("Could not read what %1 holds").arg(m_url));
    }
    TreeWalk walk;
    git_tree_walk(tree, GIT_TREEWALK_PRE, collectBlob, &walk);
    git_tree_free(tree);
    git_commit_free(commit);
    if (!walk.blobs.contains(mirror::markerPath))
        throw SyncError(tr("The branch %1 of %2 is not a Waypoint journal (it has no"
                           " waypoint.json): nothing was changed.")
                            .arg(m_branch, m_url));
    theirs.present = true;

    QHash<QString, QString> keyOfPath;
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        keyOfPath.insert(it->path, it.key());
    QHash<QString, QString> pathOfKey;
    int done = 0;
    for (auto it = walk.blobs.cbegin(); it != walk.blobs.cend(); ++it) {
        const QString &path = it.key();
        if (progress)
            progress(done++, int(walk.blobs.size()));
        if (mirror::isAttachmentPath(path)) {
            theirs.files.insert(mirror::attachmentKey(mirror::sha256OfPath(path)),
                                {path, it.value(), {}});
            continue;
        }
        if (!mirror::isTextPath(path))
            continue;
        const QString knownKey = keyOfPath.value(path);
        if (!knownKey.isEmpty() && base[knownKey].oid == it.value()) {
            theirs.files.insert(knownKey, base[knownKey]);
            pathOfKey.insert(knownKey, path);
            continue;
        }
        const QByteArray content = read({path, it.value(), {}});
        QString error;
        const QString key = mirror::keyOfText(path, content, &error);
        if (key.isEmpty()) {
            theirs.unreadable.append(QStringLiteral("%1: %2").arg(path, error));
            if (!knownKey.isEmpty()) {
                theirs.files.insert(knownKey, base[knownKey]);
                pathOfKey.insert(knownKey, path);
            }
            continue;
        }
        if (const auto other = pathOfKey.constFind(key); other != pathOfKey.cend()) {
            theirs.unreadable.append(
                tr("%1: the same entry as %2; left as it is").arg(path, *other));
            continue;
        }
        theirs.files.insert(key, {path, it.value(), content});
        pathOfKey.insert(key, path);
    }
    return theirs;
}

QByteArray GitRemote::read(const MirrorFile &file)
{
    open();
    const git_oid oid = oidOf(file.oid);
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, m_repo, &oid) != 0)
        fail(tr("Could not read %1 from the sync repository").arg(file.path));
    const QByteArray content(static_cast<const char *>(git_blob_rawcontent(blob)),
                             qsizetype(git_blob_rawsize(blob)));
    git_blob_free(blob);
    return content;
}

void GitRemote::write(const Snapshot &result, const Theirs &theirs,
                      const std::function<QByteArray(const QString &key)> &content,
                      const Progress &progress)
{
    open();
    m_made.clear();
    bool differs = !theirs.present || result.size() != theirs.files.size();
    for (auto it = result.cbegin(); !differs && it != result.cend(); ++it) {
        const auto old = theirs.files.constFind(it.key());
        differs = old == theirs.files.cend() || old->oid != it->oid || old->path != it->path;
    }
    if (!differs)
        return;

    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, m_repo) != 0)
        fail(tr("Could not open the sync repository"));
    Folder root;
    const auto place = [&](const QString &path, const git_oid &oid) {
        const QStringList parts = path.split(QLatin1Char('/'));
        Folder *folder = &root;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            folder = &folder->folders[parts.at(i)];
        folder->files[parts.constLast()] = oid;
    };
    const auto blob = [&](const QByteArray &data) {
        git_oid oid;
        if (git_blob_create_from_buffer(&oid, m_repo, data.constData(), size_t(data.size())) != 0) {
            git_odb_free(odb);
            fail(tr("Could not write to the sync repository"));
        }
        return oid;
    };
    place(mirror::markerPath, blob(mirror::markerContent()));
    int done = 0;
    for (auto it = result.cbegin(); it != result.cend(); ++it) {
        if (progress)
            progress(done++, int(result.size()));
        git_oid oid = oidOf(it->oid);
        if (!git_odb_exists(odb, &oid))
            oid = blob(mirror::isAttachmentKey(it.key()) ? content(it.key()) : it->content);
        place(it->path, oid);
    }
    git_odb_free(odb);

    const std::function<git_oid(const Folder &)> writeFolder = [&](const Folder &folder) {
        git_treebuilder *builder = nullptr;
        git_treebuilder_new(&builder, m_repo, nullptr);
        for (const auto &[name, oid] : folder.files)
            git_treebuilder_insert(nullptr, builder, name.toUtf8().constData(), &oid,
                                   GIT_FILEMODE_BLOB);
        for (const auto &[name, sub] : folder.folders) {
            const git_oid tree = writeFolder(sub);
            git_treebuilder_insert(nullptr, builder, name.toUtf8().constData(), &tree,
                                   GIT_FILEMODE_TREE);
        }
        git_oid tree;
        const int written = git_treebuilder_write(&tree, builder);
        git_treebuilder_free(builder);
        if (written != 0)
            fail(tr("Could not write to the sync repository"));
        return tree;
    };
    const git_oid treeId = writeFolder(root);
    git_tree *tree = nullptr;
    git_tree_lookup(&tree, m_repo, &treeId);

    git_commit *parent = nullptr;
    if (!m_fetched.isEmpty()) {
        const git_oid parentId = oidOf(m_fetched);
        git_commit_lookup(&parent, m_repo, &parentId);
        if (parent && git_oid_equal(git_commit_tree_id(parent), &treeId)) {
            git_commit_free(parent);
            git_tree_free(tree);
            return; // what is there already
        }
    }
    git_signature *who = nullptr;
    if (git_signature_default(&who, m_repo) != 0)
        git_signature_now(&who, "Waypoint", "waypoint@localhost");
    const QByteArray message =
        tr("Waypoint sync from %1").arg(QSysInfo::machineHostName()).toUtf8() + '\n';
    git_oid commitId;
    const git_commit *parents[] = {parent};
    const int made = git_commit_create(&commitId, m_repo, nullptr, who, who, "UTF-8",
                                       message.constData(), tree, parent ? 1 : 0, parents);
    git_signature_free(who);
    git_commit_free(parent);
    git_tree_free(tree);
    if (made != 0)
        fail(tr("Could not commit to the sync repository"));
    m_made = hexOf(&commitId);
}

void GitRemote::publish()
{
    if (m_made.isEmpty())
        return;
    const QByteArray branchRef = QStringLiteral("refs/heads/%1").arg(m_branch).toUtf8();
    const git_oid made = oidOf(m_made);
    git_reference *ref = nullptr;
    if (git_reference_create(&ref, m_repo, branchRef.constData(), &made, 1, "waypoint sync") != 0)
        fail(tr("Could not write to the sync repository"));
    git_reference_free(ref);

    // A push to a repository on this machine is made by this process, and
    // one killed halfway leaves git's lock on the branch behind, refusing
    // every later push. Each Waypoint pushing here holds waypoint-push.lock
    // first; holding it, a branch lock left by a pusher that died with it
    // (or older than a minute) is no one's.
    std::optional<QLockFile> pushing;
    if (const QString local = localRepository(m_url); !local.isEmpty()) {
        const QString lockPath = QDir(local).filePath(QStringLiteral("waypoint-push.lock"));
        pushing.emplace(lockPath);
        pushing->setStaleLockTime(10 * 60 * 1000); // for a holder on another machine
        const bool leftBehind = QFileInfo::exists(lockPath);
        if (!pushing->tryLock(30 * 1000))
            throw SyncError(tr("Another sync is pushing to %1. Nothing is lost: the next sync"
                               " tries again.")
                                .arg(m_url));
        const QFileInfo branchLock(QDir(local).filePath(QString::fromUtf8(branchRef + ".lock")));
        if (branchLock.exists()
            && (leftBehind
                || branchLock.lastModified().secsTo(QDateTime::currentDateTime()) > 60))
            QFile::remove(branchLock.filePath());
    }
    git_remote *remote = nullptr;
    if (git_remote_create_anonymous(&remote, m_repo, m_url.toUtf8().constData()) != 0)
        fail(tr("%1 is not a repository address git knows").arg(m_url));
    const QByteArray refspec = branchRef + ':' + branchRef;
    char *specs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray refspecs{specs, 1};
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    Callbacks callbacks;
    callbacks.url = m_url;
    options.callbacks.certificate_check = checkCertificate;
    options.callbacks.credentials = credentialsFor;
    options.callbacks.push_update_reference = pushStatus;
    options.callbacks.payload = &callbacks;
    const int pushed = git_remote_push(remote, &refspecs, &options);
    git_remote_free(remote);
    if (pushed != 0 || !callbacks.refused.isEmpty())
        throw SyncError(tr("The push to %1 was not taken (%2). Nothing is lost: the next sync"
                           " merges what is there and tries again.")
                            .arg(m_url, pushed != 0 ? lastError() : callbacks.refused));
    m_position = m_made;
    // What was pushed is what the remote branch now holds.
    const QByteArray tracking = QStringLiteral("refs/remotes/origin/%1").arg(m_branch).toUtf8();
    git_reference_create(&ref, m_repo, tracking.constData(), &made, 1, "waypoint sync");
    git_reference_free(ref);
}

} // namespace waypoint::sync
