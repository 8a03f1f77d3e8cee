#pragma once

#include "Post.h"
#include "Site.h"
#include "core/EntryStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <functional>

namespace waypoint::blog {

// What the import did, or (dry run) would do, with one post file.
struct ImportRow
{
    enum class Action { Import, Update, Unchanged, Skip, Fail };

    QString path; // relative to the imported folder: the entry's source
    Action action = Action::Import;
    QString reason; // why it was skipped, or what failed
    QDate date;
    DateOrigin dateOrigin = DateOrigin::FileTime;
    QString title;
    QStringList tags;
    QString encoding;
    int images = 0;            // local images stored as attachments
    QStringList missingImages; // links to local images that are not there
    int unconvertedTags = 0;   // shortcodes and Liquid tags left as written
    QStringList warnings;
    qint64 entryId = 0; // the entry made, updated or left alone (0 in a dry run)
};

QString actionName(ImportRow::Action action); // "import", "update", "unchanged", "skip", "fail"

struct ImportReport
{
    Site site;
    bool dryRun = false;
    bool cancelled = false;
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int attachments = 0; // attachments this run stored (or would store)
    QList<ImportRow> rows;

    int found() const { return int(site.posts.size()); }
    // The command line's report (DESIGN.md), with the rows as "posts".
    QJsonObject toJson() const;
};

// Brings the posts of a blog (see Site) into a journal: one transaction per
// post, images stored as attachments, each entry remembering its source path
// and the hash of the file, so a second import of the same folder changes
// nothing and a changed post updates its entry (keeping the old text as a
// revision).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        bool dryRun = false;
        // Told after each post; returning false stops the import there (the
        // posts already imported stay).
        std::function<bool(int done, int total, const ImportRow &row)> progress;
        qint64 maxPostBytes = 8 * 1024 * 1024;
        qint64 maxImageBytes = 64 * 1024 * 1024;
    };

    explicit Importer(Journal &journal);
    ImportReport run(const Site &site, const Options &options);

private:
    ImportRow importPost(const Site &site, const PostFile &file, const Options &options,
                         int *newAttachments);

    Journal &m_journal;
    // A post renamed since its import: its entry follows the file (not
    // written in a dry run). Throws DatabaseError.
    void followRename(const EntryStore::ImportedSource &known, const QString &relative,
                      bool dryRun);
    // The entry a post was imported into before, if any (see the .cpp).
    std::optional<EntryStore::ImportedSource> knownSource(const QString &relative,
                                                          const QString &hash) const;

    QString m_root; // canonical path of the folder being imported
    QMultiHash<QString, EntryStore::ImportedSource> m_sources; // by relative path
    QMultiHash<QString, EntryStore::ImportedSource> m_byHash;  // by file hash
    QSet<qint64> m_renamed;        // entries a renamed file was matched to in this run
    QSet<QString> m_storedThisRun; // attachment keys, to count each once
};

} // namespace waypoint::blog
