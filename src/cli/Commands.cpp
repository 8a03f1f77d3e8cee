#include "Commands.h"

#include "sql/DatabaseError.h"
#include "core/DerivedData.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/Settings.h"
#include "markdown/MarkdownText.h"
#include "search/SearchIndex.h"
#include "core/Searcher.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace waypoint::cli {

namespace {

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int Commands::run()
{
    if (m_invocation.version) {
        print(QStringLiteral("waypoint %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (m_invocation.help)
        return help();
    const QString &command = m_invocation.command;
    const QStringList args = QStringList{command} + m_invocation.commandArgs;
    if (command == QLatin1String("add"))
        return add(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("show"))
        return show(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("reindex"))
        return reindex(args);
    if (command == QLatin1String("import"))
        return importBlog(args);
    if (command == QLatin1String("export"))
        return exportEntries(args);
    if (command == QLatin1String("reading"))
        return reading(args);
    if (command == QLatin1String("goals"))
        return goalsCommand(args);
    if (command == QLatin1String("review"))
        return review(args);
    if (command == QLatin1String("help"))
        return help();
    return usageError(tr("unknown command '%1' (see 'waypoint --help')").arg(command));
}

int Commands::help()
{
    print(tr("Usage: waypoint [--journal PATH] [--lang LANG] COMMAND [OPTIONS]\n"
             "\n"
             "Without a command, opens the Waypoint window.\n"
             "\n"
             "Commands:\n"
             "  add [--date YYYY-MM-DD] [--title T] [--tag T]... [--file F|-] [TEXT...]\n"
             "                      add an entry and print its id\n"
             "  list [--from D] [--to D] [--tag T] [--json]\n"
             "                      list entries, newest first\n"
             "  show ID [--format markdown|html|json]\n"
             "                      print one entry (ID may be a unique prefix)\n"
             "  search QUERY [--limit N] [--json]\n"
             "                      full-text search, best match first; QUERY may use\n"
             "                      \"a phrase\", OR, -word, tag:T, from:D, to:D, title:W\n"
             "  reindex             rebuild the search index\n"
             "  import PATH [--dry-run] [--json]\n"
             "                      import a Hugo, Jekyll or Hexo blog, a folder of\n"
             "                      Markdown files or one file; again later: only changes\n"
             "  export --format markdown|hugo|jekyll --output DIR [--from D] [--to D]\n"
             "         [--tag T] [--id ID]...\n"
             "                      write entries as Markdown posts with front matter\n"
             "  export --format html|pdf --output FILE [--from D] [--to D] [--tag T]\n"
             "         [--id ID]... [--page-size A4|Letter] [--margin MM] [--no-toc]\n"
             "         [--title T] [--dark] [--folder] [--remote-images]\n"
             "                      write entries as one PDF or HTML document that reads\n"
             "                      like the preview (see 'waypoint export --help')\n"
             "  reading list|add|log|scan|import|export|year\n"
             "                      the reading list, kept from progress written in\n"
             "                      the entries (see 'waypoint reading help')\n"
             "  goals list|add-plan|add|link|set|end|review\n"
             "                      goal plans; entries link to a goal with #goal/NAME\n"
             "                      (see 'waypoint goals help')\n"
             "  review YEAR [--save] [--json]\n"
             "                      draft a year-end summary from the journal\n"
             "\n"
             "Options:\n"
             "  --journal PATH      the journal file (default: $WAYPOINT_JOURNAL, the one\n"
             "                      chosen in Settings, or %1)\n"
             "  --lang LANG         user interface language, e.g. en or zh_CN\n"
             "  --screenshot FILE   open the window offscreen, save a PNG of it and exit\n"
             "  --entry ID          with --screenshot: the entry to show\n"
             "  --version           print the version\n"
             "  --help              print this help\n"
             "\n"
             "Exit status: 0 success, 1 error, 2 usage error.\n")
              .arg(Journal::defaultPath()));
    return Success;
}

void Commands::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("Only entries on or after this date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), tr("Only entries on or before this date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("tag"), tr("Only entries with this tag."), QStringLiteral("T")});
}

bool Commands::readFilter(const QCommandLineParser &parser, EntryFilter *filter, int *exitCode)
{
    for (const auto &[option, date] : {std::pair{QStringLiteral("from"), &filter->from},
                                       std::pair{QStringLiteral("to"), &filter->to}}) {
        if (!parser.isSet(option))
            continue;
        *date = parseEntryDate(parser.value(option));
        if (!date->isValid()) {
            *exitCode =
                usageError(tr("invalid date '%1': expected YYYY-MM-DD").arg(parser.value(option)));
            return false;
        }
    }
    filter->tag = parser.value(QStringLiteral("tag"));
    return true;
}

void Commands::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("journal"), tr("The journal file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"), tr("Interface language."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("help"), tr("Show this command's options.")});
}

bool Commands::parse(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    addGlobalOptions(parser);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        *exitCode = Success;
        return false;
    }
    if (parser.isSet(QStringLiteral("journal"))) {
        m_invocation.journal = parser.value(QStringLiteral("journal"));
        if (m_invocation.journal.isEmpty()) {
            *exitCode = usageError(tr("--journal needs the path of a journal file"));
            return false;
        }
    }
    return true;
}

bool Commands::readDate(const QCommandLineParser &parser, const QString &name, QDate *date,
                        int *exitCode)
{
    if (!parser.isSet(name))
        return true;
    *date = parseEntryDate(parser.value(name));
    if (date->isValid())
        return true;
    *exitCode = usageError(tr("invalid date '%1': expected YYYY-MM-DD").arg(parser.value(name)));
    return false;
}

bool Commands::checkIds(const QStringList &ids, int *exitCode)
{
    for (const QString &id : ids) {
        if (EntryStore::isIdOrPrefix(id))
            continue;
        *exitCode = usageError(
            tr("'%1' is not an entry id: give the id or at least its first 4 characters, as "
               "'waypoint list' shows them")
                .arg(oneLine(id)));
        return false;
    }
    return true;
}

bool Commands::isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream));
#else
    return isatty(fileno(stream));
#endif
}

bool Commands::parseWithoutArguments(QCommandLineParser &parser, const QStringList &args,
                                     int *exitCode)
{
    if (!parse(parser, args, exitCode))
        return false;
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode =
            usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

std::unique_ptr<JournalSession> Commands::openJournal(Access access)
{
    const QString path = Settings::resolveJournalPath(m_invocation.journal);
    // Only a command that writes makes a journal: `list` with a mistyped
    // path says so instead of leaving an empty journal there.
    if (access == Access::Write && m_invocation.journal.isEmpty() && path == Journal::defaultPath())
        QDir().mkpath(QFileInfo(path).absolutePath()); // the standard place may not exist yet
    QString error;
    Journal::Options options;
    options.create = access == Access::Write;
    // Reading needs SQLite's quick check only; before anything is written
    // Journal::open runs the full integrity check.
    options.forWriting = access == Access::Write;
    options.indexProgress = [this](int done, int total) { reportIndexProgress(done, total); };
    std::unique_ptr<JournalSession> journal = JournalSession::open(path, options, &error);
    if (!journal) {
        failure(error);
        return nullptr;
    }
    if (access == Access::Write && journal->isReadOnly()) {
        failure(tr("cannot change %1: %2")
                    .arg(QDir::toNativeSeparators(journal->journal().path()),
                         journal->journal().readOnlyReason()));
        return nullptr;
    }
    return journal;
}

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

void Commands::reportIndexProgress(int done, int total)
{
    if (!isTerminal(stderr))
        return;
    m_err << '\r' << tr("Building the search index: %1 of %2 entries").arg(done).arg(total);
    if (done == total)
        m_err << '\n';
    m_err.flush();
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

int Commands::usageError(const QString &message)
{
    m_err << "waypoint: " << message << '\n';
    m_err.flush();
    return Usage;
}

int Commands::failure(const QString &message)
{
    m_err << "waypoint: " << message << '\n';
    m_err.flush();
    return Failure;
}

void Commands::print(const QString &text)
{
    m_out << text;
    m_out.flush();
}

QString Commands::oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            line += QStringLiteral("\\n");
        else if (u == u'\r')
            line += QStringLiteral("\\r");
        else if (u == u'\t')
            line += QStringLiteral("\\t");
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            line += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029 || u == 0x85)
            line += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}

void Commands::printLine(const QString &line)
{
    print(oneLine(line) + QLatin1Char('\n'));
}

void Commands::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int run(const Invocation &invocation)
{
    if (!invocation.error.isEmpty()) {
        QTextStream(stderr) << "waypoint: " << invocation.error << '\n';
        return Usage;
    }
    return Commands(invocation).run();
}

} // namespace waypoint::cli
