#include "Exporter.h"

#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "sql/DatabaseError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace waypoint::blog {

namespace {

constexpr int slugLength = 60;

void emitValue(YAML::Emitter &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        out << YAML::BeginMap;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QMetaType::QVariantList:
        out << YAML::BeginSeq;
        for (const QVariant &item : value.toList())
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    case QMetaType::Bool:
        out << value.toBool();
        break;
    case QMetaType::Double:
        out << value.toDouble();
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
        out << value.toLongLong();
        break;
    default:
        if (value.isNull())
            out << YAML::Null;
        else
            out << value.toString().toStdString();
    }
}

// Keys the export writes itself, never from the kept front matter.
bool isOwnKey(const QString &key)
{
    static const QStringList keys = {QStringLiteral("title"),
                                     QStringLiteral("date"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("waypoint_id"),
                                     QStringLiteral("waypoint_escaped"),
                                     QStringLiteral("waypoint_tags")};
    return keys.contains(key, Qt::CaseInsensitive);
}

// Keys that change how Hugo builds a page (its address, whether it is built,
// its layout): in a site the export made, one page per entry must come out,
// so a kept `url: /same/` or a past `expiryDate` is left out there.
} // namespace

bool Exporter::isHugoBuildKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("url"),         QStringLiteral("slug"),
        QStringLiteral("aliases"),     QStringLiteral("expiryDate"),
        QStringLiteral("publishDate"), QStringLiteral("headless"),
        QStringLiteral("_build"),      QStringLiteral("build"),
        QStringLiteral("outputs"),     QStringLiteral("layout"),
        QStringLiteral("type"),        QStringLiteral("permalink"),
        QStringLiteral("published"),   QStringLiteral("draft"),
        QStringLiteral("lastmod"),     QStringLiteral("modified"),
        QStringLiteral("pubdate"),     QStringLiteral("unpublishdate")};
    return keys.contains(key, Qt::CaseInsensitive);
}

namespace {

// A tag Hugo can make a page of: no path part that is empty, . or ..
bool isSafeTerm(const QString &tag)
{
    const QStringList parts = tag.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &part) {
        const QString trimmed = part.trimmed();
        return trimmed.isEmpty() || trimmed == QLatin1String(".") || trimmed == QLatin1String("..");
    });
}

// ownHugoSite: a Hugo site this export made (see isHugoBuildKey).
// escaped: how the body was made safe for the site ("hugo", "liquid"), or
// empty when it is the entry's text as it is.
QString frontMatter(const Entry &entry, bool ownHugoSite, const QString &escaped)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << entry.title.toStdString();
    out << YAML::Key << "date" << YAML::Value << toEntryDateText(entry.date).toStdString();
    if (!entry.tags.isEmpty()) { // Hugo makes a page of each tag: none may climb out
        out << YAML::Key << "tags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        bool dropped = false;
        for (const QString &tag : entry.tags) {
            if (!ownHugoSite || isSafeTerm(tag))
                out << YAML::DoubleQuoted << tag.toStdString(); // `yes` stays a word
            else
                dropped = true;
        }
        out << YAML::EndSeq;
        if (dropped) { // all of them, for the way back
            out << YAML::Key << "waypoint_tags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &tag : entry.tags)
                out << YAML::DoubleQuoted << tag.toStdString();
            out << YAML::EndSeq;
        }
    }
    const QVariantMap extra =
        QJsonDocument::fromJson(entry.frontMatter.toUtf8()).object().toVariantMap();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (isOwnKey(it.key()) || (ownHugoSite && Exporter::isHugoBuildKey(it.key())))
            continue;
        out << YAML::Key << it.key().toStdString() << YAML::Value;
        emitValue(out, it.value());
    }
    out << YAML::Key << "waypoint_id" << YAML::Value << entry.uuid.toStdString();
    if (!escaped.isEmpty())
        out << YAML::Key << "waypoint_escaped" << YAML::Value << escaped.toStdString();
    out << YAML::EndMap;
    return QStringLiteral("---\n") + QString::fromUtf8(out.c_str()) + QStringLiteral("\n---\n\n");
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Exporter::tr("%1: the folder cannot be created")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Writes a file of the site skeleton unless the site already has one.
bool writeSkeletonFile(const QDir &root, const QString &name, const QString &text, QString *error)
{
    if (QFileInfo::exists(root.filePath(name)))
        return true;
    return writeFile(root.filePath(name), text.toUtf8(), error);
}

bool createHugoSite(const QDir &root, QString *error)
{
    const QString config =
        QStringLiteral("# Written by Waypoint's export; a minimal site that builds with `hugo`.\n"
                       "baseURL = \"/\"\n"
                       "title = \"Journal\"\n"
                       "languageCode = \"zh-cn\"\n"
                       "hasCJKLanguage = true\n"
                       "buildFuture = true\n"
                       "relativeURLs = true\n"
                       "uglyURLs = false\n");
    const QString baseof = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"{{ .Site.LanguageCode }}\">\n<head>\n"
        "<meta charset=\"utf-8\">\n<title>{{ .Title }} · {{ .Site.Title }}</title>\n"
        "<style>body{max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;"
        "font-family:system-ui,\"Noto Sans CJK SC\",sans-serif}img{max-width:100%}"
        "pre{overflow:auto;background:#f5f5f5;padding:.6em}</style>\n</head>\n<body>\n"
        "<header><a href=\"{{ \"/\" | relURL }}\">{{ .Site.Title }}</a></header>\n"
        "<main>{{ block \"main\" . }}{{ end }}</main>\n</body>\n</html>\n");
    const QString single =
        QStringLiteral("{{ define \"main\" }}\n<article>\n<h1>{{ .Title }}</h1>\n"
                       "<p><time>{{ .Date.Format \"2006-01-02\" }}</time>"
                       "{{ range .Params.tags }} · <a href=\"{{ (print \"/tags/\" (. | urlize)) | "
                       "relURL }}\">{{ . }}</a>{{ end }}</p>\n"
                       "{{ .Content }}\n</article>\n{{ end }}\n");
    const QString list = QStringLiteral(
        "{{ define \"main\" }}\n<h1>{{ .Title }}</h1>\n<ul>\n"
        "{{ range .Pages.ByDate.Reverse }}<li><time>{{ .Date.Format \"2006-01-02\" }}</time> "
        "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>\n{{ end }}</ul>\n{{ end }}\n");
    const QString home = QStringLiteral(
        "{{ define \"main\" }}\n<ul>\n"
        "{{ range (where .Site.RegularPages \"Section\" \"posts\").ByDate.Reverse }}"
        "<li><time>{{ .Date.Format \"2006-01-02\" }}</time> "
        "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>\n{{ end }}</ul>\n{{ end }}\n");
    return writeSkeletonFile(root, QStringLiteral("hugo.toml"), config, error)
           && writeSkeletonFile(root, QStringLiteral("layouts/_default/baseof.html"), baseof, error)
           && writeSkeletonFile(root, QStringLiteral("layouts/_default/single.html"), single, error)
           && writeSkeletonFile(root, QStringLiteral("layouts/_default/list.html"), list, error)
           && writeSkeletonFile(root, QStringLiteral("layouts/index.html"), home, error);
}

bool createJekyllSite(const QDir &root, QString *error)
{
    const QString config = QStringLiteral(
        "# Written by Waypoint's export; a minimal site for `jekyll build`.\n"
        "title: Journal\nlang: zh-CN\nmarkdown: kramdown\n"
        "permalink: /:year/:month/:day/:title/\n"
        "excerpt_separator: \"<!--more-->\"\n"
        "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: post}\n");
    const QString layout = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"{{ site.lang }}\">\n<head><meta charset=\"utf-8\">"
        "<title>{{ page.title | default: site.title }}</title></head>\n<body>\n"
        "<header><a href=\"{{ '/' | relative_url }}\">{{ site.title }}</a></header>\n"
        "{{ content }}\n</body>\n</html>\n");
    const QString post = QStringLiteral(
        "---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>\n"
        "<p><time>{{ page.date | date: '%Y-%m-%d' }}</time></p>\n{{ content }}\n</article>\n");
    const QString index = QStringLiteral(
        "---\nlayout: default\n---\n<ul>\n{% for post in site.posts %}"
        "<li>{{ post.date | date: '%Y-%m-%d' }} <a href=\"{{ post.url | relative_url }}\">"
        "{{ post.title }}</a></li>\n{% endfor %}</ul>\n");
    return writeSkeletonFile(root, QStringLiteral("_config.yml"), config, error)
           && writeSkeletonFile(root, QStringLiteral("_layouts/default.html"), layout, error)
           && writeSkeletonFile(root, QStringLiteral("_layouts/post.html"), post, error)
           && writeSkeletonFile(root, QStringLiteral("index.html"), index, error);
}

bool isHugoSite(const QDir &root)
{
    for (const char *name : {"hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml",
                             "config.yml", "config.json", "config/_default"})
        if (QFileInfo::exists(root.filePath(QString::fromLatin1(name))))
            return true;
    return false;
}

// The uuid in the front matter of a post this export wrote before, if any.
QString exportedId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression id(QStringLiteral("^waypoint_id:\\s*\"?([0-9a-fA-F-]{36})"),
                                       QRegularExpression::MultilineOption);
    return id.match(QString::fromUtf8(file.read(16 * 1024))).captured(1);
}

// A file name for an attachment: the name it was imported or pasted with,
// else its hash and the suffix of its type.
QString imageName(const Attachment &attachment)
{
    QString name = QFileInfo(attachment.originalName).fileName();
    // Only what every Markdown renderer reads in a link as it is: no spaces,
    // brackets or parentheses (macOS screenshots: "屏幕快照 2019-03-01 下午3.20.15.png").
    static const QRegularExpression unsafe(
        QStringLiteral(R"re([\s\\/:*?"'<>|()\[\]{}#%&^`\x00-\x1f]+)re"));
    name.replace(unsafe, QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^[.-]+|-+(?=\\.[^.]*$)"));
    name.remove(edges);
    if (name.isEmpty()) {
        static const QMimeDatabase types;
        const QString suffix = types.mimeTypeForName(attachment.mime).preferredSuffix();
        name =
            attachment.sha256.left(12) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return name;
}

QString withNumber(const QString &name, int number)
{
    if (number < 2)
        return name;
    const QFileInfo info(name);
    const QString suffix = info.suffix();
    return info.completeBaseName() + QLatin1Char('-') + QString::number(number)
           + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

// The shortcodes a Hugo site can build and that an entry may use: Hugo's
// own that need no network (figure and highlight are Markdown by now: the
// import converts them, so any left are text), and the site's and its
// themes' templates.
QSet<QString> liveShortcodes(const QDir &root, bool ownSite)
{
    QSet<QString> live = {QStringLiteral("youtube"), QStringLiteral("vimeo")};
    if (ownSite)
        return live;
    QStringList folders = {root.filePath(QStringLiteral("layouts/shortcodes"))};
    for (const QString &theme :
         QDir(root.filePath(QStringLiteral("themes"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        folders.append(root.filePath(QStringLiteral("themes/") + theme
                                     + QStringLiteral("/layouts/shortcodes")));
    for (const QString &folder : std::as_const(folders))
        for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
            live.insert(file.baseName());
    return live;
}

// Hugo reads every {{< and {{% of a page, in code too. A shortcode the site
// cannot build is escaped as {{</* x */>}}, which Hugo shows as written; any
// other {{ before < or % (text about templates, an escape written by hand)
// gets a zero-width space between its braces, and a run of zero-width
// spaces already between two braces one more, so that undoExportEscapes()
// (Post.cpp) gives back exactly the text there was.
QString escapeShortcodes(const QString &input, const QSet<QString> &live)
{
    static const QRegularExpression spaced(QStringLiteral("\\{(\\x{200B}+)\\{"));
    QString body = input;
    body.replace(spaced, QStringLiteral("{\\1\u200B{"));
    static const QRegularExpression shortcode(QStringLiteral(
        R"re(\{\{(?:<\s*/?\s*([^\s/>%*{}]+)(?:(?!\{\{)[^\n])*?>|%\s*/?\s*([^\s/>%*{}]+)(?:(?!\{\{)[^\n])*?%)\}\})re"));
    QString text;
    qsizetype last = 0;
    for (qsizetype at = body.indexOf(QLatin1String("{{")); at >= 0;
         at = body.indexOf(QLatin1String("{{"), at)) {
        const QChar kind = at + 2 < body.size() ? body.at(at + 2) : QChar();
        if (kind != QLatin1Char('<') && kind != QLatin1Char('%')) {
            at += 1; // {{{< is a { and then a shortcode
            continue;
        }
        text += QStringView(body).mid(last, at - last);
        const QRegularExpressionMatch match =
            shortcode.match(body, at, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
        const QString name = match.captured(1) + match.captured(2);
        if (match.hasMatch() && !name.startsWith(QLatin1Char('/'))) {
            const QString whole = match.captured(0);
            if (live.contains(name))
                text += whole;
            else
                text += QStringLiteral("{{") + whole.at(2) + QStringLiteral("/*")
                        + whole.mid(3, whole.size() - 6) + QStringLiteral("*/")
                        + whole.at(whole.size() - 3) + QStringLiteral("}}");
            last = at = match.capturedEnd();
            continue;
        }
        text += QLatin1Char('{') + QChar(0x200B) + QLatin1Char('{');
        last = at = at + 2;
    }
    return text + body.mid(last);
}

// In a Jekyll site of the export's own, Liquid in an entry is text: the
// body goes inside {% raw %}, and the front matter says so (waypoint_escaped).
bool needsRawWrapper(const QString &body, ExportFormat format, bool ownSite)
{
    return format == ExportFormat::Jekyll && ownSite
           && (body.contains(QLatin1String("{{")) || body.contains(QLatin1String("{%")))
           && !body.contains(QLatin1String("endraw"));
}

// Shortcodes a Hugo site cannot build are shown as text (see above). In a
// Jekyll site of the export's own, Liquid is kept as text the same way.
QString asLiteralTemplates(const QString &body, ExportFormat format,
                           const QSet<QString> &shortcodes, bool ownSite)
{
    if (format == ExportFormat::Hugo)
        return escapeShortcodes(body, shortcodes);
    if (needsRawWrapper(body, format, ownSite))
        return QStringLiteral("{% raw %}\n") + body + QStringLiteral("\n{% endraw %}");
    return body;
}

// A site an earlier export made: its config says so.
bool madeByExport(const QString &config)
{
    QFile file(config);
    return file.open(QIODevice::ReadOnly) && file.readLine().contains("Written by Waypoint");
}

} // namespace

std::optional<ExportFormat> exportFormatNamed(const QString &name)
{
    if (name == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (name == QLatin1String("hugo"))
        return ExportFormat::Hugo;
    if (name == QLatin1String("jekyll"))
        return ExportFormat::Jekyll;
    return std::nullopt;
}

QString Exporter::slug(const QString &title)
{
    const QString slug = titleSlug(title, slugLength);
    return slug.isEmpty() ? QStringLiteral("entry") : slug;
}

Exporter::Exporter(Journal &journal)
    : m_journal(journal)
{
}

bool Exporter::run(const Options &options, ExportReport *report, QString *error)
{
    QList<Entry> entries;
    try {
        QString selectError;
        entries = EntryStore(m_journal).select(options.ids, options.filter, &selectError);
        if (!selectError.isEmpty()) {
            *error = selectError;
            return false;
        }
    } catch (const DatabaseError &e) {
        *error = e.message();
        return false;
    }
    if (entries.isEmpty()) {
        *error = tr("No entries match: nothing was exported.");
        return false;
    }

    const QDir root(QFileInfo(options.output).absoluteFilePath());
    if (!QDir().mkpath(root.path()) || !QFileInfo(root.path()).isWritable()) {
        *error = tr("%1: the folder cannot be created or written to")
                     .arg(QDir::toNativeSeparators(root.path()));
        return false;
    }
    QString postsFolder = root.path();
    if (options.format == ExportFormat::Hugo) {
        postsFolder = root.filePath(QStringLiteral("content/posts"));
        if (!isHugoSite(root)) {
            if (!createHugoSite(root, error))
                return false;
            report->createdSite = true;
        }
    } else if (options.format == ExportFormat::Jekyll) {
        postsFolder = root.filePath(QStringLiteral("_posts"));
        if (!QFileInfo::exists(root.filePath(QStringLiteral("_config.yml")))) {
            if (!createJekyllSite(root, error))
                return false;
            report->createdSite = true;
        }
    }

    // A site of the export's own (made now or by an earlier export) gets
    // the treatment that makes one page per entry.
    const bool ownSite = report->createdSite
                         || madeByExport(root.filePath(options.format == ExportFormat::Hugo
                                                           ? QStringLiteral("hugo.toml")
                                                           : QStringLiteral("_config.yml")));
    const QSet<QString> shortcodes = liveShortcodes(root, ownSite);
    AttachmentStore attachments(m_journal);
    static const QRegularExpression attachmentLink(
        QStringLiteral(R"re(attachment:([0-9a-fA-F]{64})[^\s)"'>\]]*)re"));
    QSet<QString> taken; // post paths written by this run
    int done = 0;
    for (const Entry &entry : entries) {
        // The post's name: date and title, numbered on a clash with another
        // post (never with the same entry written by an earlier export).
        const QString base = toEntryDateText(entry.date) + QLatin1Char('-') + slug(entry.title);
        QString stem, postPath;
        for (int number = 1;; ++number) {
            stem = withNumber(base, number);
            postPath = options.format == ExportFormat::Hugo
                           ? postsFolder + QLatin1Char('/') + stem + QStringLiteral("/index.md")
                           : postsFolder + QLatin1Char('/') + stem + QStringLiteral(".md");
            if (!taken.contains(postPath)
                && (!QFileInfo::exists(postPath) || exportedId(postPath) == entry.uuid))
                break;
        }
        taken.insert(postPath);
        QString imageFolder, linkPrefix;
        switch (options.format) {
        case ExportFormat::Hugo:
            imageFolder = postsFolder + QLatin1Char('/') + stem;
            break;
        case ExportFormat::Markdown:
            imageFolder = postsFolder + QLatin1Char('/') + stem;
            linkPrefix = stem + QLatin1Char('/');
            break;
        case ExportFormat::Jekyll:
            imageFolder = root.filePath(QStringLiteral("assets/") + stem);
            linkPrefix = QStringLiteral("/assets/") + stem + QLatin1Char('/');
            break;
        }

        // Each attachment the entry links to becomes a file beside it.
        QHash<QString, QString> written; // sha256 → file name
        QSet<QString> names;
        // (In the text, and in the kept front matter: a cover image.)
        for (auto it =
                 attachmentLink.globalMatch(entry.body + QLatin1Char('\n') + entry.frontMatter);
             it.hasNext();) {
            const QString key = it.next().captured(1).toLower();
            if (written.contains(key))
                continue;
            const std::optional<Attachment> attachment = attachments.find(key);
            if (!attachment)
                continue; // a dangling link stays as written
            const QString name = imageName(*attachment);
            QString unique = name;
            for (int number = 2; names.contains(unique); ++number)
                unique = withNumber(name, number);
            names.insert(unique);
            if (!writeFile(imageFolder + QLatin1Char('/') + unique, attachment->data, error))
                return false;
            written.insert(key, unique);
            ++report->images;
        }
        auto linked = [&](const QString &source) {
            QString text;
            qsizetype last = 0;
            for (auto it = attachmentLink.globalMatch(source); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString key = match.captured(1).toLower();
                text += QStringView(source).mid(last, match.capturedStart() - last);
                text += written.contains(key) ? linkPrefix + written.value(key) : match.captured(0);
                last = match.capturedEnd();
            }
            return text + source.mid(last);
        };
        Entry out = entry;
        out.frontMatter = linked(entry.frontMatter); // file names hold no JSON specials
        const QString body = linked(entry.body);
        const QString text = asLiteralTemplates(body, options.format, shortcodes, ownSite);
        const QString escaped = text == body                           ? QString()
                                : options.format == ExportFormat::Hugo ? QStringLiteral("hugo")
                                                                       : QStringLiteral("liquid");
        QString document =
            frontMatter(out, ownSite && options.format == ExportFormat::Hugo, escaped) + text;
        if (!document.endsWith(QLatin1Char('\n')))
            document += QLatin1Char('\n');
        if (!writeFile(postPath, document.toUtf8(), error))
            return false;
        report->files.append(root.relativeFilePath(postPath));
        ++report->entries;
        if (options.progress && !options.progress(++done, int(entries.size())))
            break;
    }
    return true;
}

} // namespace waypoint::blog
