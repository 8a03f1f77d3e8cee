#include "Post.h"

#include "FrontMatter.h"
#include "markdown/MarkdownText.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace waypoint::blog {

namespace {

// Front-matter keys are matched as Hugo does: without regard to case.
std::optional<QVariant> field(const QVariantMap &fields, QStringView key,
                              QString *foundKey = nullptr)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            if (foundKey)
                *foundKey = it.key();
            return it.value();
        }
    }
    return std::nullopt;
}

bool isTrue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("yes")
           || text == QLatin1String("on");
}

bool isFalse(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return !value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("false") || text == QLatin1String("no")
           || text == QLatin1String("off");
}

void appendTag(const QString &tag, QStringList *tags)
{
    const QString trimmed = tag.trimmed();
    if (!trimmed.isEmpty() && !tags->contains(trimmed, Qt::CaseInsensitive))
        tags->append(trimmed);
}

// A list gives one tag per item (Hexo nests category paths: [[后端, Java],
// 随笔]); a single string is split as its blog reads it: Jekyll by words,
// everyone by commas.
void appendTags(const QVariant &value, SiteKind kind, QStringList *tags, bool inList = false)
{
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            appendTags(item, kind, tags, true);
        return;
    }
    if (value.typeId() == QMetaType::QVariantMap)
        return;
    if (inList)
        return appendTag(value.toString(), tags);
    static const QRegularExpression commas(QStringLiteral("[,，、]"));
    static const QRegularExpression words(QStringLiteral("[\\s,，、]+"));
    for (const QString &tag :
         value.toString().split(kind == SiteKind::Jekyll ? words : commas, Qt::SkipEmptyParts))
        appendTag(tag, tags);
}

// The file name without folders, language and suffix: for a page bundle's
// index.md, its folder's name.
QString postName(const PostFile &file)
{
    const QFileInfo info(file.relative);
    QString name = info.completeBaseName();
    static const QRegularExpression language(QStringLiteral("\\.[A-Za-z]{2}(?:-[A-Za-z]{2,4})?$"));
    name.remove(language);
    if (name == QLatin1String("index") || name == QLatin1String("_index")) {
        const QString folder = QFileInfo(info.path()).fileName();
        if (!folder.isEmpty() && folder != QLatin1String("."))
            name = folder;
    }
    return name;
}

QDate fileNameDate(const QString &name, qsizetype *length = nullptr)
{
    static const QRegularExpression dated(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=$|[-_. ])"));
    const QRegularExpressionMatch match = dated.match(name);
    if (!match.hasMatch())
        return {};
    if (length)
        *length = match.capturedLength();
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString titleFromName(QString name)
{
    qsizetype length = 0;
    if (fileNameDate(name, &length).isValid())
        name = name.mid(length);
    static const QRegularExpression separators(QStringLiteral("^[-_ ]+"));
    name.remove(separators);
    return name;
}

// The front-matter keys a blog takes a post's date from, in its order. Hugo:
// date, then publishDate and its aliases, then lastmod and its; Jekyll and
// Hexo read `date` alone (a Jekyll theme's `modified` or Hexo's `updated`
// is when it was edited: the file name's date comes before them). A loose
// folder may be any of them.
const QStringList &dateKeys(SiteKind kind)
{
    static const QStringList hugo = {QStringLiteral("date"),    QStringLiteral("publishDate"),
                                     QStringLiteral("pubdate"), QStringLiteral("published"),
                                     QStringLiteral("lastmod"), QStringLiteral("modified")};
    static const QStringList dateOnly = {QStringLiteral("date")};
    return kind == SiteKind::Jekyll || kind == SiteKind::Hexo ? dateOnly : hugo;
}

// When a post was last edited, as themes and Hexo write it: a better guess
// for an undated post than the file's time.
const QStringList &editedKeys()
{
    static const QStringList keys = {QStringLiteral("updated"), QStringLiteral("modified"),
                                     QStringLiteral("lastmod"), QStringLiteral("last_modified_at")};
    return keys;
}

// Keys that become fields of the entry, not extra front matter.
bool isEntryField(const QString &key)
{
    static const QStringList keys = {QStringLiteral("title"),
                                     QStringLiteral("date"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("tag"),
                                     QStringLiteral("categories"),
                                     QStringLiteral("category"),
                                     QStringLiteral("draft"),
                                     QStringLiteral("waypoint_id"),
                                     QStringLiteral("waypoint_escaped"),
                                     QStringLiteral("waypoint_tags")};
    return keys.contains(key, Qt::CaseInsensitive);
}

QString fencedCode(const QString &language, QString code)
{
    while (code.startsWith(QLatin1Char('\n')))
        code.remove(0, 1);
    if (!code.endsWith(QLatin1Char('\n')))
        code += QLatin1Char('\n');
    qsizetype longest = 0;
    for (qsizetype i = 0, run = 0; i < code.size(); ++i) {
        run = code.at(i) == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
    return fence + language + QLatin1Char('\n') + code + fence;
}

QString imageMarkdown(const QString &source, const QString &alt, const QString &title)
{
    QString destination = source;
    if (destination.contains(QLatin1Char(' ')) || destination.contains(QLatin1Char(')')))
        destination = QLatin1Char('<') + destination + QLatin1Char('>');
    QString text = QStringLiteral("![")
                   + QString(alt).replace(QLatin1Char(']'), QStringLiteral("\\]"))
                   + QStringLiteral("](") + destination;
    if (!title.isEmpty())
        text += QStringLiteral(" \"")
                + QString(title).replace(QLatin1Char('"'), QStringLiteral("\\\""))
                + QLatin1Char('"');
    return text + QLatin1Char(')');
}

// Arguments of a tag, quoted ones kept together: asset_img a.png "A title".
QStringList tagArguments(const QString &text)
{
    static const QRegularExpression argument(QStringLiteral(R"re("([^"]*)"|'([^']*)'|(\S+))re"));
    QStringList arguments;
    for (auto it = argument.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        arguments.append(match.captured(1) + match.captured(2) + match.captured(3));
    }
    return arguments;
}

// Hexo's {% asset_img [class] slug [width] [height] [title [alt]] %} and
// {% img … %}.
QString hexoImage(const QString &arguments)
{
    static const QRegularExpression imageLike(QStringLiteral("[./]"));
    static const QRegularExpression size(QStringLiteral("^\\d+(px|%)?$"));
    const QStringList parts = tagArguments(arguments);
    qsizetype source = -1;
    for (qsizetype i = 0; i < parts.size() && source < 0; ++i)
        if (parts.at(i).contains(imageLike))
            source = i;
    if (source < 0)
        return {};
    QStringList title;
    for (qsizetype i = source + 1; i < parts.size(); ++i)
        if (!(title.isEmpty() && size.match(parts.at(i)).hasMatch()))
            title.append(parts.at(i));
    const QString text = title.join(QLatin1Char(' '));
    return imageMarkdown(parts.at(source), text, {});
}

QString hugoFigure(const QString &arguments)
{
    static const QRegularExpression attribute(
        QStringLiteral(R"re((\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))re"));
    QHash<QString, QString> attributes;
    for (auto it = attribute.globalMatch(arguments); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        attributes.insert(match.captured(1).toLower(),
                          match.captured(2) + match.captured(3) + match.captured(4));
    }
    const QString source = attributes.value(QStringLiteral("src"));
    if (source.isEmpty())
        return {};
    QString alt = attributes.value(QStringLiteral("alt"));
    if (alt.isEmpty())
        alt = attributes.value(QStringLiteral("caption"));
    if (alt.isEmpty())
        alt = attributes.value(QStringLiteral("title"));
    return imageMarkdown(source, alt, attributes.value(QStringLiteral("title")));
}

using Replacer = std::function<QString(const QRegularExpressionMatch &)>;

// Replaces every match; a replacer that returns a null string leaves the
// match as written.
QString replaceAll(const QString &text, const QRegularExpression &pattern, const Replacer &replace)
{
    QString result;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString replacement = replace(match);
        if (replacement.isNull())
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacement;
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

// Replaces each fenced code block (fences included) by what keep() returns
// for it, so that nothing in it is converted.
template <typename Keep> QString keepFencedCode(const QString &text, Keep &&keep)
{
    const QList<std::pair<int, int>> blocks = markdown::references(text).fencedCode;
    if (blocks.isEmpty())
        return text;
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char('\n'))
            lineStarts.append(i + 1);
    QString result;
    qsizetype last = 0;
    for (const auto &[first, lastLine] : blocks) {
        const qsizetype start = lineStarts.value(first - 1, text.size());
        qsizetype end = lastLine < lineStarts.size() ? lineStarts.at(lastLine) - 1 : text.size();
        if (start < last || end < start)
            continue;
        result += QStringView(text).mid(last, start - last);
        result += keep(text.mid(start, end - start));
        last = end;
    }
    return result + text.mid(last);
}

} // namespace

QString dateOriginName(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::FrontMatter:
        return QStringLiteral("front matter");
    case DateOrigin::FileName:
        return QStringLiteral("file name");
    case DateOrigin::FileTime:
        return QStringLiteral("file time");
    }
    return {};
}

QDate dateAsWritten(const QString &text)
{
    static const QRegularExpression numeric(
        QStringLiteral("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])"));
    static const QRegularExpression chinese(
        QStringLiteral("^\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    QRegularExpressionMatch match = numeric.match(text);
    if (!match.hasMatch())
        match = chinese.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString undoExportEscapes(const QString &body, const QString &how)
{
    QString text = body;
    const QLatin1StringView open("{% raw %}\n"), close("\n{% endraw %}");
    if (how == QLatin1String("liquid") && text.startsWith(open) && text.endsWith(close))
        return text.mid(open.size(), text.size() - open.size() - close.size());
    if (how != QLatin1String("hugo"))
        return text;
    // The export escaped shortcodes in matching pairs and split every other
    // {{ with one more zero-width space (Exporter.cpp, escapeShortcodes).
    static const QRegularExpression escaped(
        QStringLiteral(R"re(\{\{(?:</\*(.*?)\*/>|%/\*(.*?)\*/%)\}\})re"),
        QRegularExpression::DotMatchesEverythingOption);
    text = replaceAll(text, escaped, [](const QRegularExpressionMatch &m) {
        return m.capturedStart(1) >= 0
                   ? QStringLiteral("{{<") + m.captured(1) + QStringLiteral(">}}")
                   : QStringLiteral("{{%") + m.captured(2) + QStringLiteral("%}}");
    });
    static const QRegularExpression spaced(QStringLiteral("\\{\\x{200B}(\\x{200B}*)\\{"));
    text.replace(spaced, QStringLiteral("{\\1{"));
    return text;
}

QString convertShortcodes(const QString &input, SiteKind kind, int *left)
{
    using QRE = QRegularExpression;
    constexpr auto dotAll = QRE::DotMatchesEverythingOption;
    // Hugo's shortcodes mean something only to Hugo, Liquid only to Jekyll
    // and Hexo; a loose folder or file may come from any of them.
    const bool loose = kind == SiteKind::Folder || kind == SiteKind::File;
    const bool hugo = kind == SiteKind::Hugo || loose;
    const bool liquid = kind == SiteKind::Jekyll || kind == SiteKind::Hexo || loose;

    // Text that must come out as written is set aside first: Liquid's raw
    // blocks and Hugo's escaped shortcodes {{</* x */>}}.
    // Set-aside text is marked by two private-use characters the text does
    // not hold.
    char16_t mark = 0xE000;
    while (mark < 0xF8FE && (input.contains(QChar(mark)) || input.contains(QChar(mark + 1))))
        mark += 2;
    const QChar open(mark), close(char16_t(mark + 1));
    QStringList kept;
    auto keep = [&](const QString &text) {
        kept.append(text);
        return open + QString::number(kept.size() - 1) + close;
    };
    auto fenced = [&](const QRegularExpressionMatch &m) {
        return keep(fencedCode(m.captured(1), m.captured(2)));
    };
    QString text = input;
    // Hexo shows tags inside fenced code as written (tutorials about Hexo
    // are full of them); in a loose note, code is code.
    if (kind == SiteKind::Hexo || loose)
        text = keepFencedCode(text, keep);
    if (liquid) {
        static const QRE raw(
            QStringLiteral(R"re(\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\})re"), dotAll);
        text = replaceAll(text, raw, [&](const auto &m) { return keep(m.captured(1)); });
    }
    if (hugo) {
        static const QRE escaped(QStringLiteral(R"re(\{\{([<%])/\*(.*?)\*/([>%])\}\})re"), dotAll);
        text = replaceAll(text, escaped, [&](const auto &m) {
            return keep(QStringLiteral("{{") + m.captured(1) + m.captured(2) + m.captured(3)
                        + QStringLiteral("}}"));
        });
        static const QRE highlight(
            QStringLiteral(
                R"re(\{\{[<%]\s*highlight\s+([\w+#.-]+)[^}]*?[>%]\}\}(.*?)\{\{[<%]\s*/highlight\s*[>%]\}\})re"),
            dotAll);
        static const QRE figure(QStringLiteral(R"re(\{\{[<%]\s*figure\s+(.*?)\s*/?\s*[>%]\}\})re"),
                                dotAll);
        text = replaceAll(text, highlight, fenced);
        text = replaceAll(text, figure, [&](const auto &m) { return hugoFigure(m.captured(1)); });
    }
    if (liquid) {
        static const QRE highlight(
            QStringLiteral(
                R"re(\{%-?\s*highlight\s+([\w+#.-]+)[^%]*?-?%\}(.*?)\{%-?\s*endhighlight\s*-?%\})re"),
            dotAll);
        static const QRE codeblock(
            QStringLiteral(R"re(\{%\s*codeblock\b([^%]*?)%\}(.*?)\{%\s*endcodeblock\s*%\})re"),
            dotAll);
        static const QRE codeLanguage(QStringLiteral(R"re(\blang:([\w+#.-]+))re"));
        static const QRE assetImage(QStringLiteral(R"re(\{%\s*(?:asset_img|img)\s+(.*?)\s*%\})re"));
        static const QRE assetPath(QStringLiteral(R"re(\{%\s*asset_path\s+(\S+)\s*%\})re"));
        // Jekyll's ways to write a link to the site's own files.
        static const QRE siteUrl(QStringLiteral(R"re(\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\})re"));
        static const QRE urlFilter(QStringLiteral(
            R"re(\{\{-?\s*["']([^"']*)["']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl)\s*-?\}\})re"));
        text = replaceAll(text, highlight, fenced);
        text = replaceAll(text, codeblock, [&](const auto &m) {
            return keep(fencedCode(codeLanguage.match(m.captured(1)).captured(1), m.captured(2)));
        });
        text =
            replaceAll(text, assetImage, [&](const auto &m) { return hexoImage(m.captured(1)); });
        text = replaceAll(text, assetPath, [](const auto &m) { return m.captured(1); });
        text = replaceAll(text, urlFilter, [](const auto &m) { return m.captured(1); });
        text = replaceAll(text, siteUrl, [](const auto &) { return QStringLiteral(""); });
    }

    static const QRE shortcode(QStringLiteral(R"re(\{\{[<%].*?[>%]\}\})re"), dotAll);
    static const QRE liquidTag(QStringLiteral(R"re((?<!\{)\{%.*?%\}(?!\}))re"), dotAll);
    static const QRE liquidOutput(QStringLiteral(R"re(\{\{[^<%].*?\}\})re"));
    *left = (hugo ? int(text.count(shortcode)) : 0) + (liquid ? int(text.count(liquidTag)) : 0)
            + (kind == SiteKind::Jekyll ? int(text.count(liquidOutput)) : 0);

    const QRE placeholder(QRegularExpression::escape(QString(open)) + QStringLiteral("(\\d+)")
                          + QRegularExpression::escape(QString(close)));
    // Kept text may hold placeholders of its own (a code block inside raw),
    // each of a piece kept before it: a pass undoes one level of nesting.
    for (qsizetype pass = 0; pass <= kept.size() && text.contains(open); ++pass)
        text = replaceAll(text, placeholder,
                          [&](const auto &m) { return kept.value(m.captured(1).toInt()); });
    return text;
}

bool Post::read(const QString &text, const PostFile &file, SiteKind kind, const QDateTime &fileTime,
                Post *post, QString *error)
{
    FrontMatter front = readFrontMatter(text, kind == SiteKind::Hexo ? BareFrontMatter::Allowed
                                                                     : BareFrontMatter::Refused);
    // In a loose note, a --- rule at the top is just a rule.
    const bool loose = kind == SiteKind::Folder || kind == SiteKind::File;
    if (!front.error.isEmpty() && loose && front.maybeNotFrontMatter)
        front = {FrontMatter::Format::None, {}, text, {}, false};
    if (!front.error.isEmpty()) {
        *error = front.error;
        return false;
    }
    QString body = front.body;
    static const QRegularExpression leadingBlankLines(QStringLiteral("^(?:[ \\t]*\\n)+"));
    static const QRegularExpression trailingSpace(QStringLiteral("\\s+$"));
    // A post a Waypoint export wrote holds an entry's text as it was, with
    // only the export's own escapes to undo; anything else is converted.
    if (field(front.fields, u"waypoint_id")) {
        const auto escaped = field(front.fields, u"waypoint_escaped");
        body = undoExportEscapes(body.remove(leadingBlankLines).remove(trailingSpace),
                                 escaped ? escaped->toString() : QString());
    } else
        body = convertShortcodes(body, kind, &post->unconvertedTags);
    body.remove(leadingBlankLines);
    body.remove(trailingSpace);
    post->body = body;
    const markdown::References references = markdown::references(post->body);

    // Date: the front matter's, else the file name's, else when the post was
    // last edited, else the file's time (which a copy or a clone resets).
    const QVariantMap &fields = front.fields;
    QString dateText;
    auto dateFrom = [&](const QStringList &keys) {
        for (const QString &key : keys) {
            QString written;
            const std::optional<QVariant> value = field(fields, key, &written);
            if (!value || isTrue(*value) || isFalse(*value)) // Jekyll's published: false
                continue;
            const QDate date = dateAsWritten(value->toString());
            if (date.isValid()) {
                post->date = date;
                post->dateOrigin = DateOrigin::FrontMatter;
                post->dateKey = written;
                return true;
            }
            if (dateText.isEmpty() && !value->toString().trimmed().isEmpty())
                dateText = written + QStringLiteral(": ") + value->toString();
        }
        return false;
    };
    if (!dateFrom(dateKeys(kind))) {
        post->date = fileNameDate(postName(file));
        if (!post->date.isValid())
            post->date = fileNameDate(QFileInfo(file.relative).fileName());
        post->dateOrigin = DateOrigin::FileName;
        if (!post->date.isValid() && !dateFrom(editedKeys())) {
            post->date = fileTime.date();
            post->dateOrigin = DateOrigin::FileTime;
        }
        if (!dateText.isEmpty() && post->dateOrigin != DateOrigin::FrontMatter)
            post->warnings.append(
                post->dateOrigin == DateOrigin::FileName
                    ? tr("the date \"%1\" could not be read; the file name's date was used")
                          .arg(dateText)
                    : tr("the date \"%1\" could not be read; the file's time was used")
                          .arg(dateText));
    }

    // A title written empty stays empty (an untitled entry exported by
    // Waypoint); only a post with no title at all takes its heading's.
    if (const auto title = field(fields, u"title"))
        post->title = title->toString().trimmed();
    else if (!references.firstHeading.isEmpty())
        post->title = references.firstHeading;
    else
        post->title = titleFromName(postName(file));

    if (const auto all = field(fields, u"waypoint_tags")) // a Waypoint export's full list
        appendTags(*all, kind, &post->tags);
    else
        for (const QString &key : {QStringLiteral("tags"), QStringLiteral("tag"),
                                   QStringLiteral("categories"), QStringLiteral("category")})
            if (const auto value = field(fields, key))
                appendTags(*value, kind, &post->tags);

    const auto draft = field(fields, u"draft");
    const auto published = field(fields, u"published");
    post->draft =
        file.draftFolder || (draft && isTrue(*draft)) || (published && isFalse(*published));
    if (post->draft && !post->tags.contains(QStringLiteral("draft"), Qt::CaseInsensitive))
        post->tags.append(QStringLiteral("draft"));

    if (const auto id = field(fields, u"waypoint_id"))
        post->waypointId = id->toString().trimmed();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool publishedFlag =
            it.key().compare(QLatin1String("published"), Qt::CaseInsensitive) == 0
            && (isTrue(it.value()) || isFalse(it.value()));
        if (!isEntryField(it.key()) && it.key() != post->dateKey && !publishedFlag)
            post->extra.insert(it.key(), it.value());
    }

    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    for (const QString &image : references.images)
        if (!scheme.match(image).hasMatch() && !image.startsWith(QLatin1String("//"))
            && !image.startsWith(QLatin1Char('#')))
            post->images.append(image);
    return true;
}

} // namespace waypoint::blog
