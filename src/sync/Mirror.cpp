#include "Mirror.h"

#include "GoalMirror.h"
#include "ReadingMirror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>
#include <git2.h>
#include <yaml-cpp/yaml.h>

namespace waypoint::sync::mirror {

namespace {

const QString entryPrefix = QStringLiteral("entry:");
const QString attachmentPrefix = QStringLiteral("attachment:");
constexpr int slugLength = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("Mirror", text);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

} // namespace

QByteArray markerContent()
{
    const QJsonObject marker{
        {QStringLiteral("format"), 1},
        {QStringLiteral("what"), QStringLiteral("A Waypoint journal, one Markdown file per entry."
                                                " Waypoint reads it back when it syncs.")},
    };
    return QJsonDocument(marker).toJson(QJsonDocument::Indented);
}

QString entryKey(const QString &uuid)
{
    return entryPrefix + uuid;
}

QString attachmentKey(const QString &sha256)
{
    return attachmentPrefix + sha256;
}

bool isEntryKey(const QString &key)
{
    return key.startsWith(entryPrefix);
}

bool isAttachmentKey(const QString &key)
{
    return key.startsWith(attachmentPrefix);
}

QString uuidOfKey(const QString &key)
{
    return key.mid(entryPrefix.size());
}

QString sha256OfKey(const QString &key)
{
    return key.mid(attachmentPrefix.size());
}

QString entryPath(const Entry &entry)
{
    const QString date = toEntryDateText(entry.date);
    const QString slug = titleSlug(entry.title, slugLength);
    QString name = date;
    if (!slug.isEmpty())
        name += QLatin1Char('-') + slug;
    name += QLatin1Char('-') + entry.uuid.left(8) + QStringLiteral(".md");
    return QStringLiteral("entries/%1/%2/%3").arg(date.left(4), date.mid(5, 2), name);
}

QString recordPath(const QString &folder, const QString &title, const QString &uuid)
{
    const QString slug = titleSlug(title, slugLength);
    return QStringLiteral("%1/%2%3.json")
        .arg(folder, slug.isEmpty() ? QString() : slug + QLatin1Char('-'), uuid.left(8));
}

QString attachmentPath(const QString &sha256, const QString &mime)
{
    const QString suffix = QMimeDatabase().mimeTypeForName(mime).preferredSuffix();
    return QStringLiteral("attachments/") + sha256
           + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

bool isEntryPath(const QString &path)
{
    return path.startsWith(QLatin1String("entries/")) && path.endsWith(QLatin1String(".md"))
           && !isConflictCopy(path);
}

bool isAttachmentPath(const QString &path)
{
    return !sha256OfPath(path).isEmpty();
}

QString sha256OfPath(const QString &path)
{
    static const QRegularExpression name(QStringLiteral("^attachments/([0-9a-f]{64})(\\.[^/]+)?$"));
    const QRegularExpressionMatch match = name.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString mimeOfPath(const QString &path)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QStringLiteral("application/octet-stream") : type.name();
}

// A YAML double-quoted scalar. Written here rather than by yaml-cpp's
// emitter, which costs more than the rest of a sync with nothing to do.
QByteArray quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            // Control characters, and what YAML takes for a line break or a
            // byte order mark, escaped so that they come back as they were.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85
                || c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray entryFile(const Entry &entry)
{
    QByteArray file = "---\nuuid: " + entry.uuid.toLatin1()
                      + "\ndate: " + toEntryDateText(entry.date).toLatin1()
                      + "\ntitle: " + quoted(entry.title) + "\ntags: [";
    for (qsizetype i = 0; i < entry.tags.size(); ++i)
        file += (i ? ", " : "") + quoted(entry.tags.at(i));
    file += "]\ncreated: " + utcText(entry.created).toLatin1()
            + "\nupdated: " + utcText(entry.updated).toLatin1() + "\n---\n";
    file += entry.body.toUtf8();
    return file;
}

QString canonicalUuid(const QString &text)
{
    // QUuid reads a uuid off the front of anything longer: the whole text
    // must be one, or two machines would not agree on the key.
    const QUuid id = QUuid::fromString(text);
    const QString uuid = id.toString(QUuid::WithoutBraces);
    if (id.isNull()
        || (text.compare(uuid, Qt::CaseInsensitive) != 0
            && text.compare(QLatin1Char('{') + uuid + QLatin1Char('}'), Qt::CaseInsensitive) != 0))
        return {};
    return uuid;
}

std::optional<Entry> parseEntryFile(const QByteArray &file, QString *error)
{
    // Written elsewhere (Windows editors): CRLF lines and a byte order mark.
    QByteArray text = file;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const bool crlf = text.startsWith("---\r\n");
    const QByteArray open = crlf ? QByteArrayLiteral("---\r\n") : QByteArrayLiteral("---\n");
    const QByteArray close = crlf ? QByteArrayLiteral("\r\n---\r\n") : QByteArrayLiteral("\n---\n");
    qsizetype end = text.startsWith(open) ? text.indexOf(close, open.size() - 1) : -1;
    if (end < 0) {
        // A closing line at the very end: an entry with no body.
        const QByteArray last = crlf ? QByteArrayLiteral("\r\n---") : QByteArrayLiteral("\n---");
        if (text.startsWith(open) && text.endsWith(last)) {
            end = text.size() - last.size();
            text += crlf ? "\r\n" : "\n";
        }
    }
    if (end < 0) {
        *error = tr("it has no front matter between --- lines");
        return std::nullopt;
    }
    YAML::Node front;
    try {
        front = YAML::Load(text.mid(open.size(), end - open.size() + 1).toStdString());
    } catch (const YAML::Exception &e) {
        *error = tr("its front matter is not YAML: %1").arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (!front.IsMap()) {
        *error = tr("its front matter is not a list of keys");
        return std::nullopt;
    }
    Entry entry;
    try {
        entry.uuid = scalar(front["uuid"]).toLower();
        entry.date = parseEntryDate(scalar(front["date"]));
        entry.title = scalar(front["title"]);
        const YAML::Node tags = front["tags"];
        if (tags && tags.IsSequence())
            for (const YAML::Node &tag : tags)
                if (const QString name = normalizedTag(scalar(tag)); !name.isEmpty())
                    entry.tags.append(name);
        entry.created = QDateTime::fromString(scalar(front["created"]), Qt::ISODateWithMs);
        entry.updated = QDateTime::fromString(scalar(front["updated"]), Qt::ISODateWithMs);
    } catch (const YAML::Exception &e) {
        *error = tr("its front matter cannot be read: %1").arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    entry.uuid = canonicalUuid(entry.uuid);
    if (entry.uuid.isEmpty()) {
        *error = tr("its front matter has no valid uuid");
        return std::nullopt;
    }
    if (!entry.date.isValid()) {
        *error = tr("its front matter has no date written YYYY-MM-DD");
        return std::nullopt;
    }
    if (entry.created.isValid())
        entry.created = entry.created.toUTC();
    if (entry.updated.isValid())
        entry.updated = entry.updated.toUTC();
    QByteArray body = text.mid(end + close.size());
    if (crlf)
        body.replace("\r\n", "\n");
    entry.body = QString::fromUtf8(body);
    return entry;
}

void ensureLibgit2()
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

QString blobId(const QByteArray &content)
{
    ensureLibgit2();
    git_oid oid;
    git_odb_hash(&oid, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

bool isTextPath(const QString &path)
{
    return isEntryPath(path) || readingMirror::isPath(path) || goalMirror::isPath(path);
}

QString keyOfText(const QString &path, const QByteArray &content, QString *error)
{
    if (goalMirror::isPath(path)) {
        const std::optional<goals::Plan> plan = goalMirror::parse(content, error);
        return plan ? goalMirror::key(plan->uuid) : QString();
    }
    if (readingMirror::isPath(path)) {
        const std::optional<ReadingFile> reading = readingMirror::parse(content, error);
        return reading ? readingMirror::key(reading->item.uuid) : QString();
    }
    const std::optional<Entry> entry = parseEntryFile(content, error);
    return entry ? entryKey(entry->uuid) : QString();
}

bool isConflictCopy(const QString &path)
{
    static const QRegularExpression copy(
        QStringLiteral("\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]+|\\(.*conflicted copy.*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    return copy.match(path.section(QLatin1Char('/'), -1)).hasMatch();
}

} // namespace waypoint::sync::mirror
