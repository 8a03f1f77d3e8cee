#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace waypoint::blog {

enum class SiteKind { Hugo, Jekyll, Hexo, Folder, File };

QString siteKindName(SiteKind kind); // "hugo", "jekyll", "hexo", "folder", "file"

// One Markdown file the import will look at.
struct PostFile
{
    QString path;             // absolute
    QString relative;         // to the imported folder, with /; the entry's source
    bool draftFolder = false; // under _drafts/
    bool markdown = true;     // false: an HTML or Textile post, listed to be skipped
};

// What an import path holds: the kind of blog, its posts, and where
// root-relative links (/images/x.png) point.
struct Site
{
    Q_DECLARE_TR_FUNCTIONS(Site)

public:
    SiteKind kind = SiteKind::Folder;
    QString root;            // the folder imported (for a file: its folder)
    QString detectedFrom;    // "hugo.toml", "_config.yml", "layout: _posts/"… for the report
    QList<PostFile> posts;   // sorted by relative path
    QStringList staticRoots; // absolute folders that / maps to, first match wins
    // Posts listed but never read, by relative path, with the reason: links
    // that lead out of the imported folder.
    QHash<QString, QString> unread;

    // Looks at path (a folder or one file). Sets *error when it is neither.
    static Site detect(const QString &path, QString *error);
};

bool isMarkdownFile(const QString &fileName);

} // namespace waypoint::blog
