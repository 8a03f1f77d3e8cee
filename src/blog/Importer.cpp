#include "Importer.h"

#include "TextDecoding.h"
#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/Journal.h"
#include "sql/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QUrl>
#include <functional>

namespace waypoint::blog {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

// The file a local image link points at, or empty when there is none. Only
// files inside the imported folder (for one file: its folder) are taken,
// wherever a link or ../ leads.
QString resolveImage(const QString &link, const Site &site, const PostFile &file,
                     const QString &canonicalRoot)
{
    QString path = link;
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    if (path.isEmpty())
        return {};
    const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    const QFileInfo post(file.path);
    QStringList candidates;
    if (decoded.startsWith(QLatin1Char('/'))) {
        for (const QString &root : site.staticRoots)
            candidates.append(root + decoded);
    } else {
        candidates.append(post.dir().filePath(decoded));
        // Hexo's post asset folder: source/_posts/<post>/ beside <post>.md.
        if (site.kind == SiteKind::Hexo)
            candidates.append(
                post.dir().filePath(post.completeBaseName() + QLatin1Char('/') + decoded));
        for (const QString &root : site.staticRoots)
            candidates.append(root + QLatin1Char('/') + decoded);
    }
    // Written on Windows: images\a.png.
    if (decoded.contains(QLatin1Char('\\')))
        for (const QString &candidate : QStringList(candidates))
            candidates.append(QString(candidate).replace(QLatin1Char('\\'), QLatin1Char('/')));
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!info.isFile())
            continue;
        const QString canonical = info.canonicalFilePath();
        if (canonicalRoot.isEmpty() || !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
            continue;
        return canonical;
    }
    return {};
}

// A front-matter value that names a local image file (cover: images/a.png).
bool isLocalImagePath(const QString &value)
{
    static const QRegularExpression image(
        QStringLiteral(
            R"re(^(?![A-Za-z][A-Za-z0-9+.-]*:|//)[^\n]+\.(png|jpe?g|gif|webp|svg|bmp|avif)$)re"),
        QRegularExpression::CaseInsensitiveOption);
    return image.match(value.trimmed()).hasMatch();
}

using ImageStore = std::function<std::optional<QString>(const QString &link)>;

// Points the image paths in front matter (cover: {image: a.png},
// featured_image: b.jpg) at attachments, as store() gives them. Only under
// keys that name images: `summary: see foo.png` is text.
void linkFrontMatterImages(QVariant &value, bool underImageKey, const ImageStore &store)
{
    static const QRegularExpression imageKey(
        QStringLiteral("image|cover|thumb|banner|featured|photo|img|logo|poster|avatar"),
        QRegularExpression::CaseInsensitiveOption);
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            linkFrontMatterImages(it.value(), underImageKey || imageKey.match(it.key()).hasMatch(),
                                  store);
        value = map;
    } else if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            linkFrontMatterImages(item, underImageKey, store);
        value = list;
    } else if (underImageKey && value.typeId() == QMetaType::QString
               && isLocalImagePath(value.toString())) {
        if (const std::optional<QString> key = store(value.toString()))
            value = QStringLiteral("attachment:") + *key;
    }
}

void linkFrontMatterImages(QVariantMap &fields, const ImageStore &store)
{
    QVariant all = fields;
    linkFrontMatterImages(all, false, store);
    fields = all.toMap();
}

// A pattern for a link destination as it may be written: cmark gives it with
// backslash escapes and entities undone, so each ASCII punctuation mark may
// have had a backslash before it, and & may have been &amp;.
QString writtenPattern(const QString &link)
{
    QString pattern;
    for (const QChar c : link) {
        if (c == QLatin1Char('&'))
            pattern += QStringLiteral("(?:&amp;|\\\\?&)");
        else if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            pattern += QStringLiteral("\\\\?") + QRegularExpression::escape(QString(c));
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return pattern;
}

// Points the post's links to an image at its attachment, in each way
// Markdown and HTML write a destination: ](x), ]( <x> "title"), [ref]: x,
// <img src="x">, <img src=x>.
void rewriteLink(QString &body, const QString &link, const QString &target)
{
    const QString written = writtenPattern(link);
    const QRegularExpression forms[] = {
        QRegularExpression(QStringLiteral(R"re((\]\(\s*<?))re") + written
                           + QStringLiteral(R"re((?=>?(?:\s|\))))re")),
        QRegularExpression(QStringLiteral(R"re((^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?))re") + written
                               + QStringLiteral(R"re((?=>?(?:\s|$)))re"),
                           QRegularExpression::MultilineOption),
        // Only the tag is matched without regard to case: a.png is not A.png.
        QRegularExpression(QStringLiteral(R"re(((?i:<img\b[^>]*?\bsrc)\s*=\s*["']?))re") + written
                           + QStringLiteral(R"re((?=["'\s>/]))re")),
    };
    for (const QRegularExpression &form : forms)
        body.replace(form,
                     QStringLiteral("\\1")
                         + QString(target).replace(QLatin1Char('\\'), QStringLiteral("\\\\")));
}

} // namespace

QString actionName(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Import:
        return QStringLiteral("import");
    case ImportRow::Action::Update:
        return QStringLiteral("update");
    case ImportRow::Action::Unchanged:
        return QStringLiteral("unchanged");
    case ImportRow::Action::Skip:
        return QStringLiteral("skip");
    case ImportRow::Action::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray skipped, failed, missing, unconverted, posts;
    for (const ImportRow &row : rows) {
        if (row.action == ImportRow::Action::Skip)
            skipped.append(QJsonObject{{QStringLiteral("path"), row.path},
                                       {QStringLiteral("reason"), row.reason}});
        if (row.action == ImportRow::Action::Fail)
            failed.append(QJsonObject{{QStringLiteral("path"), row.path},
                                      {QStringLiteral("error"), row.reason}});
        for (const QString &image : row.missingImages)
            missing.append(
                QJsonObject{{QStringLiteral("path"), row.path}, {QStringLiteral("image"), image}});
        if (row.unconvertedTags > 0)
            unconverted.append(QJsonObject{{QStringLiteral("path"), row.path},
                                           {QStringLiteral("count"), row.unconvertedTags}});
        QJsonObject post{{QStringLiteral("path"), row.path},
                         {QStringLiteral("action"), actionName(row.action)}};
        if (row.date.isValid()) {
            post.insert(QStringLiteral("date"), row.date.toString(Qt::ISODate));
            post.insert(QStringLiteral("date_from"), dateOriginName(row.dateOrigin));
            post.insert(QStringLiteral("title"), row.title);
            post.insert(QStringLiteral("tags"), QJsonArray::fromStringList(row.tags));
            post.insert(QStringLiteral("images"), row.images);
            post.insert(QStringLiteral("encoding"), row.encoding);
        }
        if (!row.warnings.isEmpty())
            post.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings));
        posts.append(post);
    }
    return {
        {QStringLiteral("found"), found()},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("kind"), siteKindName(site.kind)},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("missing_images"), missing},
        {QStringLiteral("shortcodes_left"), unconverted},
        {QStringLiteral("posts"), posts},
    };
}

Importer::Importer(Journal &journal)
    : m_journal(journal)
{
}

ImportReport Importer::run(const Site &site, const Options &options)
{
    ImportReport report;
    report.site = site;
    report.dryRun = options.dryRun;
    m_root = QFileInfo(site.root).canonicalFilePath();
    m_sources.clear();
    m_byHash.clear();
    m_renamed.clear();
    for (const EntryStore::ImportedSource &source : EntryStore(m_journal).importedSources()) {
        m_sources.insert(source.source, source);
        m_byHash.insert(source.hash, source);
    }
    m_storedThisRun.clear();
    const int total = int(site.posts.size());
    for (int i = 0; i < total; ++i) {
        int newAttachments = 0;
        ImportRow row = importPost(site, site.posts.at(i), options, &newAttachments);
        report.attachments += newAttachments;
        switch (row.action) {
        case ImportRow::Action::Import:
            ++report.imported;
            break;
        case ImportRow::Action::Update:
            ++report.updated;
            break;
        case ImportRow::Action::Unchanged:
            ++report.unchanged;
            break;
        case ImportRow::Action::Skip:
        case ImportRow::Action::Fail:
            break;
        }
        report.rows.append(row);
        if (options.progress && !options.progress(i + 1, total, report.rows.last())) {
            report.cancelled = i + 1 < total;
            break;
        }
    }
    return report;
}

std::optional<EntryStore::ImportedSource> Importer::knownSource(const QString &relative,
                                                                const QString &hash) const
{
    const QList<EntryStore::ImportedSource> candidates = m_sources.values(relative);
    // The same post of the same folder.
    for (const EntryStore::ImportedSource &known : candidates)
        if (known.root == m_root)
            return known;
    // The same file (a copy of the blog elsewhere).
    for (const EntryStore::ImportedSource &known : candidates)
        if (known.hash == hash)
            return known;
    // The blog's folder was moved or renamed since: its posts are these.
    for (const EntryStore::ImportedSource &known : candidates)
        if (known.root.isEmpty() || !QFileInfo::exists(known.root))
            return known;
    // A post renamed since (a typo fixed in its file name): the same bytes,
    // and the file it was imported from is gone.
    if (candidates.isEmpty()) {
        for (const EntryStore::ImportedSource &known : m_byHash.values(hash))
            if (known.root == m_root && !m_renamed.contains(known.id)
                && !QFileInfo::exists(known.root + QLatin1Char('/') + known.source))
                return known; // each entry follows one file: a second copy is a new post
    }
    // Otherwise the same path in another blog that is still there: another post.
    return std::nullopt;
}

void Importer::followRename(const EntryStore::ImportedSource &known, const QString &relative,
                            bool dryRun)
{
    m_renamed.insert(known.id);
    for (auto it = m_sources.find(known.source); it != m_sources.end() && it.key() == known.source;)
        it = it->id == known.id ? m_sources.erase(it) : std::next(it);
    m_sources.insert(relative, {known.id, relative, m_root, known.hash});
    if (dryRun)
        return;
    EntryStore entries(m_journal);
    if (std::optional<Entry> entry = entries.find(known.id)) {
        entry->source = relative;
        entries.update(*entry);
    }
}

ImportRow Importer::importPost(const Site &site, const PostFile &file, const Options &options,
                               int *newAttachments)
{
    ImportRow row;
    row.path = file.relative;
    auto skip = [&row](const QString &reason) {
        row.action = ImportRow::Action::Skip;
        row.reason = reason;
        return row;
    };
    auto fail = [&row](const QString &error) {
        row.action = ImportRow::Action::Fail;
        row.reason = error;
        return row;
    };

    if (const QString reason = site.unread.value(file.relative); !reason.isEmpty())
        return skip(reason);
    if (!file.markdown)
        return skip(tr("not Markdown (%1): only Markdown posts are imported")
                        .arg(QFileInfo(file.path).suffix()));
    QFile input(file.path);
    const QFileInfo info(file.path);
    if (info.size() > options.maxPostBytes)
        return skip(tr("too large (%1 MB; posts over %2 MB are not imported)")
                        .arg(megabytes(info.size()), megabytes(options.maxPostBytes)));
    if (!input.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(input.errorString()));
    const QByteArray bytes = input.readAll();
    if (bytes.isEmpty())
        return skip(tr("empty file"));
    const QString hash = AttachmentStore::keyOf(bytes); // the post file's SHA-256
    std::optional<EntryStore::ImportedSource> known = knownSource(file.relative, hash);
    if (known && known->hash == hash) {
        row.action = ImportRow::Action::Unchanged;
        row.entryId = known->id;
        if (known->source != file.relative) {
            try {
                followRename(*known, file.relative, options.dryRun);
            } catch (const DatabaseError &e) {
                return fail(e.message());
            }
        }
        return row;
    }

    const DecodedText decoded = decodeText(bytes);
    if (!decoded.error.isEmpty())
        return skip(decoded.error);
    row.encoding = decoded.encoding;
    if (!decoded.warning.isEmpty())
        row.warnings.append(decoded.warning);
    if (decoded.text.trimmed().isEmpty())
        return skip(tr("empty file"));
    Post post;
    QString error;
    if (!Post::read(decoded.text, file, site.kind, info.lastModified(), &post, &error))
        return fail(error);
    row.date = post.date;
    row.dateOrigin = post.dateOrigin;
    row.title = post.title;
    row.tags = post.tags;
    row.unconvertedTags = post.unconvertedTags;
    row.warnings += post.warnings;
    if (post.body.isEmpty()
        && QFileInfo(file.relative).fileName().startsWith(QLatin1String("_index.")))
        return skip(tr("a section's index page with no text"));

    try {
        // The images: each read once, stored (unless a dry run) and linked.
        AttachmentStore attachments(m_journal);
        QSet<QString> stored;
        std::optional<sql::Transaction> transaction;
        if (!options.dryRun)
            transaction.emplace(m_journal.database());
        static const QMimeDatabase mimeTypes;
        QString readError;
        // Stores the image a link points at; returns its key, or nothing
        // (listed as missing) when there is no such image.
        auto store = [&](const QString &link) -> std::optional<QString> {
            const QString path = resolveImage(link, site, file, m_root);
            if (path.isEmpty()) {
                row.missingImages.append(link);
                return std::nullopt;
            }
            if (QFileInfo(path).size() > options.maxImageBytes) {
                row.missingImages.append(link);
                row.warnings.append(tr("the image %1 is too large (%2 MB)")
                                        .arg(link, megabytes(QFileInfo(path).size())));
                return std::nullopt;
            }
            QFile image(path);
            if (!image.open(QIODevice::ReadOnly)) {
                readError = tr("the image %1 cannot be read: %2").arg(link, image.errorString());
                return std::nullopt;
            }
            const QByteArray data = image.readAll();
            const QString name = QFileInfo(path).fileName();
            // By its bytes alone: a name ending in .png says nothing.
            const QMimeType type = mimeTypes.mimeTypeForData(data);
            if (!type.name().startsWith(QLatin1String("image/"))) {
                row.missingImages.append(link);
                row.warnings.append(tr("%1 is not an image (%2)").arg(link, type.name()));
                return std::nullopt;
            }
            const QString key = AttachmentStore::keyOf(data);
            if (!m_storedThisRun.contains(key) && !attachments.contains(key))
                stored.insert(key);
            if (!options.dryRun)
                attachments.add(data, type.name(), name);
            ++row.images;
            return key;
        };
        for (const QString &link : std::as_const(post.images))
            if (const std::optional<QString> key = store(link))
                rewriteLink(post.body, link, QStringLiteral("attachment:") + *key);
        // Covers and featured images named in the front matter come in too.
        linkFrontMatterImages(post.extra, store);
        if (!readError.isEmpty())
            return fail(readError);

        EntryStore entries(m_journal);
        Entry entry;
        entry.date = post.date;
        entry.title = post.title;
        entry.body = post.body;
        entry.tags = post.tags;
        entry.source = file.relative;
        entry.sourceHash = hash;
        entry.sourceRoot = m_root;
        if (!post.extra.isEmpty())
            entry.frontMatter =
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(post.extra))
                                      .toJson(QJsonDocument::Compact));

        // Which entry it is: the one imported from this path before, or the
        // one a Waypoint export wrote it from (its waypoint_id).
        std::optional<Entry> existing;
        if (known)
            existing = entries.find(known->id); // none when deleted since: imported again
        const bool exported = !existing && !post.waypointId.isEmpty();
        if (exported)
            existing = entries.findByUuid(post.waypointId);
        if (exported && existing && existing->title == entry.title && existing->date == entry.date
            && existing->body == entry.body && existing->tags == entry.tags) {
            row.action = ImportRow::Action::Unchanged; // a post exported from this journal
            row.entryId = existing->id;
            return row;
        }
        row.action = existing ? ImportRow::Action::Update : ImportRow::Action::Import;
        if (options.dryRun) {
            m_storedThisRun.unite(stored);
            *newAttachments = int(stored.size());
            return row;
        }
        if (existing) {
            entry.id = existing->id;
            entries.update(entry, EntryStore::RevisionPolicy::Always);
        } else {
            entry = entries.create(entry);
        }
        transaction->commit();
        row.entryId = entry.id;
        for (auto it = m_sources.find(file.relative);
             it != m_sources.end() && it.key() == file.relative;)
            it = it->id == entry.id ? m_sources.erase(it) : std::next(it);
        m_sources.insert(file.relative, {entry.id, file.relative, m_root, hash});
        m_storedThisRun.unite(stored);
        *newAttachments = int(stored.size());
    } catch (const DatabaseError &e) {
        return fail(e.message());
    }
    return row;
}

} // namespace waypoint::blog
