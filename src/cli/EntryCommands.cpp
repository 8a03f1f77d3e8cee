// The entry commands of the command line: add, list, show, search and
// reindex.

#include "Commands.h"

#include "core/DerivedData.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/Searcher.h"
#include "markdown/MarkdownText.h"
#include "models/JournalSession.h"
#include "search/Query.h"
#include "sql/DatabaseError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace waypoint::cli {

namespace {

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int Commands::add(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add an entry and print its id."));
    parser.addOption({QStringLiteral("date"), tr("The entry's date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("title"), tr("The title (default: the first heading)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("tag"), tr("A tag; may be repeated."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("file"),
                      tr("Read the Markdown body from a file, or - for "
                         "standard input."),
                      QStringLiteral("F")});
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The body, when no --file is given."),
                                 QStringLiteral("[TEXT...]"));
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;

    Entry entry;
    entry.date = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        entry.date = parseEntryDate(parser.value(QStringLiteral("date")));
        if (!entry.date.isValid())
            return usageError(tr("invalid date '%1': expected YYYY-MM-DD")
                                  .arg(parser.value(QStringLiteral("date"))));
    }
    const QStringList text = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("file"))) {
        if (!text.isEmpty())
            return usageError(tr("give the body as TEXT or with --file, not both"));
        const QString name = parser.value(QStringLiteral("file"));
        QFile file;
        const bool opened = name == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        if (!opened)
            return failure(tr("cannot read %1: %2").arg(name, file.errorString()));
        const QByteArray bytes = file.readAll();
        QStringDecoder decoder(QStringConverter::Utf8);
        entry.body = decoder(bytes);
        if (decoder.hasError())
            return failure(tr("%1 is not UTF-8 text; nothing was added").arg(name));
    } else {
        entry.body = text.join(QLatin1Char(' '));
    }
    entry.title = parser.isSet(QStringLiteral("title"))
                      ? parser.value(QStringLiteral("title")).trimmed()
                      : markdown::firstHeading(entry.body);
    entry.tags = parser.values(QStringLiteral("tag"));
    if (entry.body.trimmed().isEmpty() && entry.title.isEmpty())
        return usageError(tr("nothing to add: give TEXT, --file or --title"));

    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        EntryStore &store = journal->entries();
        print(store.create(entry).uuid + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(tr("cannot add the entry to %1: %2").arg(journal->path(), error.message()));
    }
    return Success;
}

int Commands::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List entries, newest first."));
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;

    EntryFilter filter;
    if (!readFilter(parser, &filter, &exitCode))
        return exitCode;

    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    QList<EntrySummary> entries;
    try {
        entries = journal->entries().list(filter);
    } catch (const DatabaseError &error) {
        return failure(tr("cannot read %1: %2").arg(journal->path(), error.message()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const EntrySummary &entry : std::as_const(entries))
            array.append(QJsonObject{{QStringLiteral("id"), entry.uuid},
                                     {QStringLiteral("date"), toEntryDateText(entry.date)},
                                     {QStringLiteral("title"), entry.title},
                                     {QStringLiteral("tags"), toJsonArray(entry.tags)},
                                     {QStringLiteral("chars"), entry.chars},
                                     {QStringLiteral("source"), entry.source}});
        printJson(array);
        return Success;
    }
    for (const EntrySummary &entry : std::as_const(entries)) {
        QString line = toEntryDateText(entry.date) + QStringLiteral("  ") + entry.uuid.left(8)
                       + QStringLiteral("  ")
                       + (entry.title.isEmpty() ? tr("(untitled)") : entry.title);
        for (const QString &tag : entry.tags)
            line += QStringLiteral("  #") + tag;
        printLine(line);
    }
    return Success;
}

int Commands::show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print one entry."));
    parser.addOption({QStringLiteral("format"), tr("markdown (default), html or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("markdown")});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The entry's id or a unique prefix of it."));
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("show takes exactly one ID"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("markdown") && format != QLatin1String("html")
        && format != QLatin1String("json"))
        return usageError(tr("unknown format '%1': use markdown, html or json").arg(format));
    const QString id = parser.positionalArguments().first();
    if (!checkIds({id}, &exitCode))
        return exitCode;

    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    std::optional<Entry> entry;
    bool ambiguous = false;
    try {
        entry = journal->entries().findByUuid(id, &ambiguous);
    } catch (const DatabaseError &error) {
        return failure(tr("cannot read %1: %2").arg(journal->path(), error.message()));
    }
    if (ambiguous)
        return failure(tr("'%1' matches several entries; give more of the id").arg(id));
    if (!entry)
        return failure(tr("no entry with id '%1' in %2").arg(id, journal->path()));

    if (format == QLatin1String("json")) {
        printJson(QJsonObject{{QStringLiteral("id"), entry->uuid},
                              {QStringLiteral("date"), toEntryDateText(entry->date)},
                              {QStringLiteral("title"), entry->title},
                              {QStringLiteral("tags"), toJsonArray(entry->tags)},
                              {QStringLiteral("body"), entry->body},
                              {QStringLiteral("chars"), qint64(entry->body.toUcs4().size())},
                              {QStringLiteral("created"), entry->created.toString(Qt::ISODate)},
                              {QStringLiteral("updated"), entry->updated.toString(Qt::ISODate)},
                              {QStringLiteral("source"), entry->source}});
    } else if (format == QLatin1String("html")) {
        print(markdown::toHtml(entry->body));
    } else {
        print(entry->body);
        if (!entry->body.endsWith(QLatin1Char('\n')))
            print(QStringLiteral("\n"));
    }
    return Success;
}

int Commands::search(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search the journal, best match first."));
    parser.addOption({QStringLiteral("limit"), tr("Print at most N entries (default: all)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 tr("Words to find; \"a phrase\", OR, -word, tag:T, from:D, "
                                    "to:D and title:W are understood."),
                                 QStringLiteral("QUERY..."));
    // Everything but the options is the query, in order: -word (exclude)
    // and "a phrase" are the query's, not options.
    QStringList options{args.first()}, words;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--")) {
            words += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            words.append(arg);
            continue;
        }
        options.append(arg);
        const bool takesValue = arg == QLatin1String("--limit") || arg == QLatin1String("--journal")
                                || arg == QLatin1String("--lang");
        if (takesValue && i + 1 < args.size())
            options.append(args[++i]);
    }
    int exitCode = Success;
    if (!parse(parser, options, &exitCode))
        return exitCode;
    const QString text = words.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usageError(tr("search needs a QUERY"));
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usageError(tr("invalid limit '%1': expected a number of entries")
                                  .arg(parser.value(QStringLiteral("limit"))));
    }
    const search::Query query = search::Query::parse(text);
    if (!query.error.isEmpty())
        return usageError(query.error);

    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    QList<SearchHit> hits;
    try {
        hits = Searcher(journal->journal().database()).search(query, limit);
    } catch (const DatabaseError &error) {
        return failure(tr("cannot search %1: %2").arg(journal->path(), error.message()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits))
            array.append(QJsonObject{
                {QStringLiteral("id"), hit.uuid},
                {QStringLiteral("date"), toEntryDateText(hit.date)},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("score"), QString::number(hit.score, 'g', 6).toDouble()}});
        printJson(array);
        return Success;
    }
    // On a terminal the matches are bold; elsewhere plain text.
    const bool terminal = isTerminal(stdout);
    for (const SearchHit &hit : std::as_const(hits)) {
        // The snippet's line breaks read as spaces on its one line.
        QString snippet = oneLine(hit.snippet.simplified());
        snippet.replace(QStringLiteral("<mark>"), terminal ? QStringLiteral("\x1b[1m") : QString());
        snippet.replace(QStringLiteral("</mark>"),
                        terminal ? QStringLiteral("\x1b[0m") : QString());
        snippet.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        snippet.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        snippet.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        snippet.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        printLine(toEntryDateText(hit.date) + QStringLiteral("  ") + hit.uuid.left(8)
                  + QStringLiteral("  ") + (hit.title.isEmpty() ? tr("(untitled)") : hit.title));
        if (!snippet.isEmpty())
            print(QStringLiteral("    ") + snippet + QLatin1Char('\n'));
    }
    return Success;
}

int Commands::reindex(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rebuild the search index from the entries."));
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    int count = 0;
    try {
        rebuildSearchIndex(journal->journal().database(), [&](int done, int total) {
            count = total;
            reportIndexProgress(done, total);
            return true;
        });
    } catch (const DatabaseError &error) {
        return failure(
            tr("cannot rebuild the search index of %1: %2").arg(journal->path(), error.message()));
    }
    print(tr("Indexed %n entries.", nullptr, count) + QLatin1Char('\n'));
    return Success;
}

} // namespace waypoint::cli
