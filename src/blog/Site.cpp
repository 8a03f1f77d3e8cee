#include "Site.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace waypoint::blog {

namespace {

bool exists(const QDir &dir, const QString &name)
{
    return QFileInfo::exists(dir.filePath(name));
}

// Folders that hold generated output, dependencies or themes, never posts:
// at the top of the imported folder only (content/posts/public/ is a post's).
// Hidden folders (.git) and node_modules are passed over at every depth.
bool isIgnoredFolder(const QString &name, bool top)
{
    static const QStringList generated = {QStringLiteral("public"), QStringLiteral("_site"),
                                          QStringLiteral("themes"), QStringLiteral("resources"),
                                          QStringLiteral("vendor")};
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("node_modules")
           || (top && generated.contains(name));
}

// Jekyll and Hexo also render posts written in HTML or Textile: those are
// listed (and skipped with a reason) rather than passed over in silence.
bool isOtherPostFile(const QString &fileName)
{
    static const QRegularExpression suffix(QStringLiteral("\\.(html?|textile)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return suffix.match(fileName).hasMatch();
}

enum class Listing { Markdown, AllPosts };

// Where a symbolic link (or a Windows junction) leads, when that is outside
// the folder being imported: a link must not bring in /etc/passwd or a home
// folder. Empty for anything that stays inside.
QString outsideTarget(const QFileInfo &child, const QString &canonicalRoot)
{
    if (!child.isSymLink() && !child.isJunction())
        return {};
    const QString target = child.canonicalFilePath();
    if (target.isEmpty())
        return QDir::toNativeSeparators(child.symLinkTarget()); // dangling: nothing to read
    if (target == canonicalRoot || target.startsWith(canonicalRoot + QLatin1Char('/')))
        return {};
    return QDir::toNativeSeparators(target);
}

// Walks the folders under start (each once, however links lead back), giving
// each file and folder in them to visit(child, top), where top tells whether
// it sits directly in root; a folder is entered when visit returns true. A
// link leading out of root goes to outside(child, target) instead, unread.
void walk(const QString &root, const QString &start,
          const std::function<bool(const QFileInfo &child, bool top)> &visit,
          const std::function<void(const QFileInfo &child, const QString &target)> &outside = {})
{
    const QString rootPath = QDir(root).absolutePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    QSet<QString> visited;
    QList<QString> pending{start};
    while (!pending.isEmpty()) {
        const QString path = pending.takeFirst();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || visited.contains(canonical))
            continue;
        visited.insert(canonical);
        const bool top = QFileInfo(path).absoluteFilePath() == rootPath;
        for (const QFileInfo &child : QDir(path).entryInfoList(
                 QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
            if (const QString target = outsideTarget(child, canonicalRoot); !target.isEmpty()) {
                if (outside)
                    outside(child, target);
                continue;
            }
            if (visit(child, top) && child.isDir())
                pending.append(child.filePath());
        }
    }
}

void collect(const QString &root, const QString &folder, bool draftFolder, Site *site,
             Listing listing = Listing::Markdown)
{
    const QDir base(root);
    const auto listed = [&](const QFileInfo &child) {
        return !child.fileName().startsWith(QLatin1Char('.'))
               && (isMarkdownFile(child.fileName())
                   || (listing == Listing::AllPosts && isOtherPostFile(child.fileName())));
    };
    const auto add = [&](const QFileInfo &child) {
        site->posts.append({child.filePath(), base.relativeFilePath(child.filePath()), draftFolder,
                            isMarkdownFile(child.fileName())});
    };
    walk(
        root, folder,
        [&](const QFileInfo &child, bool top) {
            if (child.isDir())
                return !isIgnoredFolder(child.fileName(), top);
            if (listed(child))
                add(child);
            return false;
        },
        [&](const QFileInfo &child, const QString &target) {
            // Listed, so that the report says why a post or a folder of posts
            // was left out; a link to anything else is passed over.
            if (!child.isDir() && !listed(child))
                return;
            add(child);
            site->unread.insert(
                site->posts.last().relative,
                child.isDir()
                    ? Site::tr("a link to the folder %1, outside the imported folder: not read")
                          .arg(target)
                    : Site::tr("a link to %1, outside the imported folder: not read").arg(target));
        });
}

// Every _posts and _drafts folder of a Jekyll site, outside its output and
// dependencies.
QStringList postFolders(const QString &root)
{
    QStringList found;
    walk(root, root, [&](const QFileInfo &child, bool top) {
        if (!child.isDir())
            return false;
        if (child.fileName() == QLatin1String("_posts")
            || child.fileName() == QLatin1String("_drafts")) {
            found.append(child.filePath());
            return false;
        }
        return !isIgnoredFolder(child.fileName(), top)
               && !child.fileName().startsWith(QLatin1Char('_'));
    });
    return found;
}

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(256 * 1024));
}

bool hexoConfig(const QDir &dir)
{
    if (exists(dir, QStringLiteral("source/_posts")) || exists(dir, QStringLiteral("scaffolds")))
        return true;
    return readSmallFile(dir.filePath(QStringLiteral("package.json")))
        .contains(QStringLiteral("\"hexo\""));
}

} // namespace

QString siteKindName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return QStringLiteral("hugo");
    case SiteKind::Jekyll:
        return QStringLiteral("jekyll");
    case SiteKind::Hexo:
        return QStringLiteral("hexo");
    case SiteKind::Folder:
        return QStringLiteral("folder");
    case SiteKind::File:
        return QStringLiteral("file");
    }
    return {};
}

bool isMarkdownFile(const QString &fileName)
{
    static const QRegularExpression suffix(QStringLiteral("\\.(md|markdown|mdown|mkd|mkdn)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return suffix.match(fileName).hasMatch();
}

Site Site::detect(const QString &path, QString *error)
{
    Site site;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file or folder").arg(QDir::toNativeSeparators(path));
        return site;
    }
    if (info.isFile()) {
        site.kind = SiteKind::File;
        site.root = info.absolutePath();
        site.detectedFrom = info.fileName();
        site.staticRoots = {site.root};
        site.posts = {{info.absoluteFilePath(), info.fileName(), false}};
        return site;
    }
    const QDir dir(info.absoluteFilePath());
    site.root = dir.absolutePath();

    static const QStringList hugoConfigs = {
        QStringLiteral("hugo.toml"),   QStringLiteral("hugo.yaml"),
        QStringLiteral("hugo.json"),   QStringLiteral("config.toml"),
        QStringLiteral("config.yaml"), QStringLiteral("config.yml"),
        QStringLiteral("config.json"), QStringLiteral("config/_default")};
    const auto hugoConfig = std::find_if(hugoConfigs.begin(), hugoConfigs.end(),
                                         [&](const QString &name) { return exists(dir, name); });
    const bool hasConfigYml =
        exists(dir, QStringLiteral("_config.yml")) || exists(dir, QStringLiteral("_config.yaml"));

    // A Hugo config beside content/ wins over a _config.yml left from an
    // earlier Jekyll life of the same blog.
    const bool hugoWithContent =
        hugoConfig != hugoConfigs.end() && exists(dir, QStringLiteral("content"));
    if (hasConfigYml && hexoConfig(dir)) {
        site.kind = SiteKind::Hexo;
        site.detectedFrom = QStringLiteral("_config.yml");
    } else if (hugoWithContent) {
        site.kind = SiteKind::Hugo;
        site.detectedFrom = *hugoConfig;
    } else if (hasConfigYml) {
        site.kind = SiteKind::Jekyll;
        site.detectedFrom = QStringLiteral("_config.yml");
    } else if (hugoConfig != hugoConfigs.end()) {
        site.kind = SiteKind::Hugo;
        site.detectedFrom = *hugoConfig;
    } else if (exists(dir, QStringLiteral("source/_posts"))) {
        site.kind = SiteKind::Hexo;
        site.detectedFrom = QStringLiteral("source/_posts/");
    } else if (exists(dir, QStringLiteral("_posts"))) {
        site.kind = SiteKind::Jekyll;
        site.detectedFrom = QStringLiteral("_posts/");
    } else if (exists(dir, QStringLiteral("content"))) {
        site.kind = SiteKind::Hugo;
        site.detectedFrom = QStringLiteral("content/");
    }

    switch (site.kind) {
    case SiteKind::Hugo:
        collect(site.root, dir.filePath(QStringLiteral("content")), false, &site);
        site.staticRoots = {dir.filePath(QStringLiteral("static")),
                            dir.filePath(QStringLiteral("assets"))};
        break;
    case SiteKind::Jekyll:
        // Jekyll reads _posts/ and _drafts/ in any folder (tech/_posts/…).
        for (const QString &folder : postFolders(site.root)) {
            const bool drafts = folder.endsWith(QLatin1String("/_drafts"));
            collect(site.root, folder, drafts, &site, Listing::AllPosts);
        }
        site.staticRoots = {site.root};
        break;
    case SiteKind::Hexo: {
        collect(site.root, dir.filePath(QStringLiteral("source/_posts")), false, &site,
                Listing::AllPosts);
        collect(site.root, dir.filePath(QStringLiteral("source/_drafts")), true, &site,
                Listing::AllPosts);
        site.staticRoots = {dir.filePath(QStringLiteral("source"))};
        break;
    }
    case SiteKind::Folder:
    case SiteKind::File:
        collect(site.root, site.root, false, &site);
        site.staticRoots = {site.root};
        site.detectedFrom.clear();
        break;
    }
    for (PostFile &post : site.posts)
        post.draftFolder =
            post.draftFolder
            || post.relative.split(QLatin1Char('/')).contains(QStringLiteral("_drafts"));
    std::sort(site.posts.begin(), site.posts.end(),
              [](const PostFile &a, const PostFile &b) { return a.relative < b.relative; });
    return site;
}

} // namespace waypoint::blog
