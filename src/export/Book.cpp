#include "Book.h"

#include "markdown/MarkdownText.h"
#include "text/Cjk.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent>
#include <algorithm>
#include <map>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <set>

namespace waypoint::exporting {

namespace {

struct ScriptCounts
{
    int han = 0;
    int kana = 0;
    int hangul = 0;
};

ScriptCounts countScripts(const QString &text)
{
    ScriptCounts counts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        switch (waypoint::text::cjkScriptOf(c)) {
        case waypoint::text::CjkScript::Kana:
            ++counts.kana;
            break;
        case waypoint::text::CjkScript::Hangul:
            ++counts.hangul;
            break;
        case waypoint::text::CjkScript::Han:
            ++counts.han;
            break;
        default: // Bopomofo asks for no font of its own
            break;
        }
    }
    return counts;
}

QString languageOf(const ScriptCounts &counts)
{
    // Japanese writes more kana than kanji; a Chinese text quoting a
    // Japanese title stays Chinese.
    if (counts.kana > 0 && counts.kana * 3 >= counts.han)
        return QStringLiteral("ja");
    if (counts.hangul > 0 && counts.hangul >= counts.han)
        return QStringLiteral("ko");
    if (counts.han > 0)
        return QStringLiteral("zh-CN");
    return QStringLiteral("en");
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Waypoint was built without its resource %s", qPrintable(path));
    return file.readAll();
}

QString escapedHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString languageOf(const QString &text)
{
    return languageOf(countScripts(text));
}

QStringList languagesWithoutFont(const QString &text)
{
    const ScriptCounts counts = countScripts(text);
    QStringList missing;
    if (counts.han > 0 && QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty()
        && QFontDatabase::families(QFontDatabase::TraditionalChinese).isEmpty())
        missing.append(Book::tr("Chinese"));
    if (counts.kana > 0 && QFontDatabase::families(QFontDatabase::Japanese).isEmpty())
        missing.append(Book::tr("Japanese"));
    if (counts.hangul > 0 && QFontDatabase::families(QFontDatabase::Korean).isEmpty())
        missing.append(Book::tr("Korean"));
    return missing;
}

Book::Book(QList<Entry> entries, BookOptions options)
    : m_entries(std::move(entries))
    , m_options(std::move(options))
{
}

bool Book::hasFrontMatter() const
{
    return m_options.tableOfContents && m_entries.size() > 1;
}

QString Book::title() const
{
    if (!m_options.title.trimmed().isEmpty())
        return m_options.title.trimmed();
    if (m_entries.size() == 1) {
        const Entry &entry = m_entries.first();
        return entry.title.isEmpty() ? toEntryDateText(entry.date) : entry.title;
    }
    int first = 0;
    int last = 0;
    for (const Entry &entry : m_entries) {
        if (!entry.date.isValid())
            continue;
        first = first == 0 ? entry.date.year() : std::min(first, entry.date.year());
        last = std::max(last, entry.date.year());
    }
    if (first == 0)
        return tr("Journal");
    if (first == last)
        return tr("Journal %1").arg(first);
    return tr("Journal %1–%2").arg(first).arg(last);
}

QString Book::language() const
{
    QHash<QString, int> votes;
    for (const Entry &entry : m_entries)
        ++votes[languageOf(entry.title + entry.body)];
    QString best = QStringLiteral("en");
    int most = 0;
    // On a tie a CJK language wins: it decides which glyphs Han characters get.
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > most
            || (it.value() == most && (best == QLatin1String("en") || it.key() < best))) {
            best = it.key();
            most = it.value();
        }
    return best;
}

QString entryAnchor(const Entry &entry)
{
    return QStringLiteral("entry-") + entry.uuid;
}

QString Book::headerText(const Entry &entry) const
{
    const QString date = toEntryDateText(entry.date);
    if (!entry.date.isValid())
        return date;
    return date + QStringLiteral(" · ") + QLocale().dayName(entry.date.dayOfWeek());
}

QByteArray Book::dataScript(qsizetype first, qsizetype count, bool withFront) const
{
    if (count < 0 || first + count > m_entries.size())
        count = m_entries.size() - first;
    // Markdown to HTML on every core: most of the time it takes to prepare.
    const QList<Entry> share = m_entries.mid(first, count);
    const QList<QString> bodies = QtConcurrent::blockingMapped<QList<QString>>(
        share, [](const Entry &entry) { return markdown::toHtml(entry.body); });
    QJsonArray entries;
    for (qsizetype i = 0; i < share.size(); ++i) {
        const Entry &entry = share.at(i);
        entries.append(QJsonObject{
            {QStringLiteral("anchor"), entryAnchor(entry)},
            {QStringLiteral("date"), toEntryDateText(entry.date)},
            {QStringLiteral("header"), headerText(entry)},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("tags"), QJsonArray::fromStringList(entry.tags)},
            {QStringLiteral("lang"), languageOf(entry.title + entry.body)},
            {QStringLiteral("html"), bodies.at(i)},
        });
    }
    QJsonObject book{
        {QStringLiteral("title"), title()},
        {QStringLiteral("lang"), language()},
        {QStringLiteral("theme"),
         m_options.darkTheme ? QStringLiteral("dark") : QStringLiteral("light")},
        {QStringLiteral("remoteImages"), m_options.remoteImages},
        {QStringLiteral("titlePage"), withFront && hasFrontMatter()},
        {QStringLiteral("toc"), withFront && hasFrontMatter()},
        {QStringLiteral("entries"), entries},
    };
    if (withFront && hasFrontMatter()) {
        QDate from;
        QDate to;
        QJsonArray contents;
        for (const Entry &entry : m_entries) {
            if (entry.date.isValid()) {
                from = from.isValid() ? std::min(from, entry.date) : entry.date;
                to = to.isValid() ? std::max(to, entry.date) : entry.date;
            }
            contents.append(QJsonObject{
                {QStringLiteral("anchor"), entryAnchor(entry)},
                {QStringLiteral("date"), toEntryDateText(entry.date)},
                {QStringLiteral("title"), entry.title},
                {QStringLiteral("lang"), languageOf(entry.title)},
            });
        }
        QString subtitle;
        if (from.isValid())
            subtitle = from == to
                           ? toEntryDateText(from)
                           : toEntryDateText(from) + QStringLiteral(" – ") + toEntryDateText(to);
        const QString number = tr("%n entries", nullptr, int(m_entries.size()));
        subtitle = subtitle.isEmpty() ? number : subtitle + QStringLiteral(" · ") + number;
        book.insert(QStringLiteral("subtitle"), subtitle);
        book.insert(QStringLiteral("generated"),
                    tr("Exported from Waypoint on %1").arg(toEntryDateText(QDate::currentDate())));
        book.insert(QStringLiteral("labels"),
                    QJsonObject{{QStringLiteral("contents"), tr("Contents")}});
        book.insert(QStringLiteral("contents"), contents);
    }
    return "window.waypointBookData = " + QJsonDocument(book).toJson(QJsonDocument::Compact)
           + ";\n";
}

namespace {

// A PDF in memory, for qpdf; the data must outlive it.
std::unique_ptr<QPDF> readPdf(const QByteArray &pdf, const char *name)
{
    auto document = std::make_unique<QPDF>();
    document->setSuppressWarnings(true);
    document->processMemoryFile(name, pdf.constData(), size_t(pdf.size()));
    return document;
}

// The page object a destination ([page /XYZ …] or << /D [page …] >>) points to.
QPDFObjectHandle destinationPage(QPDFObjectHandle destination)
{
    if (destination.isDictionary())
        destination = destination.getKey("/D");
    if (destination.isArray() && destination.getArrayNItems() > 0)
        return destination.getArrayItem(0);
    return QPDFObjectHandle::newNull();
}

// A copy of an object of another PDF in this one. qpdf copies indirect
// objects (and what they refer to) itself; a direct one, such as a named
// destination's array, is rebuilt around them.
QPDFObjectHandle copyInto(QPDF &into, QPDFObjectHandle object)
{
    if (object.isIndirect())
        return into.copyForeignObject(object);
    if (object.isArray()) {
        QPDFObjectHandle array = QPDFObjectHandle::newArray();
        for (const QPDFObjectHandle &item : object.getArrayAsVector())
            array.appendItem(copyInto(into, item));
        return array;
    }
    if (object.isDictionary()) {
        QPDFObjectHandle dictionary = QPDFObjectHandle::newDictionary();
        for (const std::string &key : object.getKeys())
            dictionary.replaceKey(key, copyInto(into, object.getKey(key)));
        return dictionary;
    }
    return QPDFObjectHandle::parse(object.unparse());
}

// Each piece of a book carries its own copy of every picture it shows: the
// joined file keeps one copy of each (the same bytes, the same description)
// and points every page at it.
void shareImages(QPDF &pdf)
{
    std::map<std::string, QPDFObjectHandle> kept;
    std::set<QPDFObjGen> visited;
    std::function<void(QPDFObjectHandle)> visit = [&](QPDFObjectHandle resources) {
        if (!resources.isDictionary())
            return;
        QPDFObjectHandle objects = resources.getKey("/XObject");
        if (!objects.isDictionary())
            return;
        for (const std::string &name : objects.getKeys()) {
            QPDFObjectHandle object = objects.getKey(name);
            if (!object.isStream() || !visited.insert(object.getObjGen()).second)
                continue;
            QPDFObjectHandle description = object.getDict();
            if (description.getKey("/Subtype").isNameAndEquals("/Form")) {
                visit(description.getKey("/Resources"));
                continue;
            }
            if (!description.getKey("/Subtype").isNameAndEquals("/Image"))
                continue;
            const std::shared_ptr<Buffer> data = object.getRawStreamData();
            const QByteArray digest = QCryptographicHash::hash(
                QByteArrayView(data->getBuffer(), qsizetype(data->getSize())),
                QCryptographicHash::Sha256);
            const std::string key = digest.toStdString() + description.unparse();
            const auto [found, inserted] = kept.emplace(key, object);
            if (!inserted)
                objects.replaceKey(name, found->second);
        }
    };
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
        visit(page.getAttribute("/Resources", false));
}

} // namespace

PdfLayout pdfLayout(const QByteArray &pdf)
{
    PdfLayout layout;
    try {
        const std::unique_ptr<QPDF> document = readPdf(pdf, "book piece");
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(*document).getAllPages();
        layout.pages = int(pages.size());
        std::map<QPDFObjGen, int> pageNumbers;
        for (size_t i = 0; i < pages.size(); ++i)
            pageNumbers[pages[i].getObjectHandle().getObjGen()] = int(i) + 1;
        QPDFObjectHandle destinations = document->getRoot().getKey("/Dests");
        if (destinations.isDictionary())
            for (const std::string &key : destinations.getKeys()) {
                const QPDFObjectHandle page = destinationPage(destinations.getKey(key));
                const auto number = pageNumbers.find(page.getObjGen());
                if (page.isIndirect() && number != pageNumbers.end())
                    layout.destinations.insert(QString::fromStdString(key).mid(1), number->second);
            }
    } catch (const std::exception &) {
        return {};
    }
    return layout;
}

QByteArray joinPdfs(const QList<QByteArray> &pieces, const QString &title, int *pageCount,
                    QString *error)
{
    try {
        QPDF joined;
        joined.emptyPDF();
        QPDFPageDocumentHelper pages(joined);
        QPDFObjectHandle destinations = QPDFObjectHandle::newDictionary();
        // qpdf copies from the pieces while writing: they must live until then.
        std::vector<std::unique_ptr<QPDF>> sources;
        for (const QByteArray &piece : pieces) {
            sources.push_back(readPdf(piece, "book piece"));
            QPDF &source = *sources.back();
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(source).getAllPages())
                pages.addPage(page, false);
            QPDFObjectHandle named = source.getRoot().getKey("/Dests");
            if (named.isDictionary())
                for (const std::string &key : named.getKeys())
                    destinations.replaceKey(key, copyInto(joined, named.getKey(key)));
        }
        *pageCount = int(pages.getAllPages().size());
        joined.getRoot().replaceKey("/Dests", joined.makeIndirectObject(destinations));
        shareImages(joined);
        QPDFObjectHandle info = joined.makeIndirectObject(QPDFObjectHandle::newDictionary());
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title.toStdString()));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Waypoint"));
        joined.getTrailer().replaceKey("/Info", info);
        QPDFWriter writer(joined);
        writer.setOutputMemory();
        // The pieces' streams are compressed already: copied as they are, not
        // decoded and compressed again.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        *error = Book::tr("The pieces of the PDF could not be joined: %1")
                     .arg(QString::fromStdString(e.what()));
        return {};
    }
}

StandaloneHtml::StandaloneHtml(const Book &book, preview::AttachmentSchemeHandler::Lookup lookup)
    : m_book(book)
    , m_lookup(std::move(lookup))
{
}

QString StandaloneHtml::styles(const QString &content, QMap<QString, QByteArray> *assets) const
{
    const bool folder = m_book.options().format == BookFormat::HtmlFolder;
    QString css;
    if (content.contains(QLatin1String("class=\"katex"))) {
        // KaTeX names each font three times (woff2, woff, ttf); the woff2 is
        // the one shipped, embedded or written beside the stylesheet.
        QString katex =
            QString::fromUtf8(readResource(QStringLiteral(":/web/vendor/katex/katex.min.css")));
        static const QRegularExpression fontSource(QStringLiteral(
            R"re(url\(fonts/([A-Za-z0-9_-]+\.woff2)\)\s*format\("woff2"\)(?:\s*,\s*url\([^)]*\)\s*format\("[^"]*"\))*)re"));
        QString rewritten;
        qsizetype at = 0;
        QRegularExpressionMatchIterator it = fontSource.globalMatch(katex);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            rewritten += QStringView(katex).mid(at, match.capturedStart() - at);
            const QString name = match.captured(1);
            const QByteArray font =
                readResource(QStringLiteral(":/web/vendor/katex/fonts/") + name);
            if (folder) {
                assets->insert(QStringLiteral("assets/fonts/") + name, font);
                rewritten += QStringLiteral("url(fonts/%1) format(\"woff2\")").arg(name);
            } else {
                rewritten += QStringLiteral("url(data:font/woff2;base64,%1) format(\"woff2\")")
                                 .arg(QString::fromLatin1(font.toBase64()));
            }
            at = match.capturedEnd();
        }
        rewritten += QStringView(katex).mid(at);
        css += rewritten + QLatin1Char('\n');
    }
    css += QString::fromUtf8(readResource(
        m_book.options().darkTheme ? QStringLiteral(":/web/vendor/highlight/github-dark.min.css")
                                   : QStringLiteral(":/web/vendor/highlight/github.min.css")));
    css += QLatin1Char('\n');
    css += QString::fromUtf8(readResource(QStringLiteral(":/web/preview.css")));
    css += QString::fromUtf8(readResource(QStringLiteral(":/web/book.css")));
    return css;
}

QString StandaloneHtml::embedImages(QString content, QMap<QString, QByteArray> *assets,
                                    BookReport *report) const
{
    const bool folder = m_book.options().format == BookFormat::HtmlFolder;
    static const QRegularExpression attachmentUrl(
        QStringLiteral(R"re(attachment:([0-9a-fA-F]{64})[^"'\s<>)]*)re"));
    QHash<QString, QString> replacements; // sha256 -> URL in the export
    QString out;
    out.reserve(content.size());
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = attachmentUrl.globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(content).mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const QString key = match.captured(1).toLower();
        auto found = replacements.constFind(key);
        if (found == replacements.cend()) {
            QString url;
            const std::optional<preview::AttachmentSchemeHandler::Resource> resource =
                m_lookup ? m_lookup(key) : std::nullopt;
            if (!resource) {
                report->warnings.append(tr("An image is not in the journal: %1").arg(key));
            } else if (folder) {
                QString suffix = QMimeDatabase()
                                     .mimeTypeForName(QString::fromLatin1(resource->mime))
                                     .preferredSuffix();
                url = QStringLiteral("assets/images/") + key.left(16)
                      + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
                assets->insert(url, resource->data);
                ++report->images;
            } else {
                url = QStringLiteral("data:") + QString::fromLatin1(resource->mime)
                      + QStringLiteral(";base64,") + QString::fromLatin1(resource->data.toBase64());
                ++report->images;
            }
            found = replacements.insert(key, url);
        }
        out += found.value();
    }
    out += QStringView(content).mid(at);
    return out;
}

QMap<QString, QByteArray> StandaloneHtml::files(const QString &rendered, BookReport *report) const
{
    const bool folder = m_book.options().format == BookFormat::HtmlFolder;
    static const QRegularExpression sourcePositions(
        QStringLiteral(R"re( data-sourcepos="[^"]*")re"));
    QString content = rendered;
    content.remove(sourcePositions);
    QMap<QString, QByteArray> files;
    content = embedImages(content, &files, report);
    const QString css = styles(content, &files);

    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" data-theme=\"%2\">\n<head>\n"
                       "<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, "
                       "initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Waypoint\">\n")
            .arg(m_book.language(),
                 m_book.options().darkTheme ? QStringLiteral("dark") : QStringLiteral("light"));
    // Remote images only when asked for; then the policy lets them load.
    const QString remote =
        m_book.options().remoteImages ? QStringLiteral(" http: https:") : QString();
    if (folder) {
        files.insert(QStringLiteral("assets/book.css"), css.toUtf8());
        // Files beside it load by relative path, opened from a disk ('self'
        // and file:) or a web server ('self'); nothing runs, nothing else loads.
        html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                               "'none'; style-src 'self' file: 'unsafe-inline'; img-src 'self' file: "
                               "data:%1; font-src 'self' file: data:; base-uri 'none'; form-action "
                               "'none'\">\n"
                               "<title>%2</title>\n"
                               "<link rel=\"stylesheet\" href=\"assets/book.css\">\n")
                    .arg(remote, escapedHtml(m_book.title()));
    } else {
        // Nothing in it may run or fetch: the policy says so to the browser too.
        html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                               "'none'; style-src 'unsafe-inline'; img-src data:%1; font-src "
                               "data:; base-uri 'none'; form-action 'none'\">\n<title>%2</title>\n"
                               "<style>\n%3</style>\n")
                    .arg(remote, escapedHtml(m_book.title()), css);
    }
    html += QStringLiteral("</head>\n<body>\n") + content + QStringLiteral("\n</body>\n</html>\n");
    files.insert(folder ? QStringLiteral("index.html") : QString(), html.toUtf8());
    return files;
}

bool writeBookFiles(const QString &output, const QMap<QString, QByteArray> &files,
                    BookReport *report, QString *error, const std::function<bool()> &stopped)
{
    const QFileInfo target(output);
    const QDir folder(target.absoluteFilePath());
    // The page that names the rest comes last: an export stopped half-way
    // leaves no index.html that points at missing files.
    QStringList order = files.keys();
    std::stable_partition(order.begin(), order.end(), [](const QString &path) {
        return path != QLatin1String("index.html") && !path.isEmpty();
    });
    for (const QString &relative : std::as_const(order)) {
        const QString path =
            relative.isEmpty() ? target.absoluteFilePath() : folder.filePath(relative);
        const QString parent = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(parent)) {
            *error =
                Book::tr("%1: the folder cannot be created").arg(QDir::toNativeSeparators(parent));
            return false;
        }
        QSaveFile file(path);
        const QByteArray &data = files.value(relative);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            *error = Book::tr("%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (stopped && stopped()) {
            file.cancelWriting();
            *error = Book::tr("The export was cancelled; nothing was written.");
            return false;
        }
        if (!file.commit()) {
            *error = Book::tr("%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        report->bytes += data.size();
        report->files.append(relative.isEmpty() ? target.fileName() : relative);
    }
    report->output = QDir::toNativeSeparators(target.absoluteFilePath());
    return true;
}

} // namespace waypoint::exporting
