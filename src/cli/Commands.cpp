// The command line: which command runs, the help, the options and checks the
// commands share, opening the journal and printing. The commands themselves
// are in EntryCommands.cpp, BlogCommands.cpp, BookCommands.cpp,
// ReadingCommands.cpp and GoalCommands.cpp.

#include "Commands.h"

#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/Settings.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace waypoint::cli {

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
    if (command == QLatin1String("sync"))
        return syncCommand(args);
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
             "  sync [--json]       sync with the git repository or folder set up with\n"
             "                      sync setup --git URL [--branch B] | --folder DIR;\n"
             "                      sync status [--json] tells how it went\n"
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

void Commands::reportIndexProgress(int done, int total)
{
    if (!isTerminal(stderr))
        return;
    m_err << '\r' << tr("Building the search index: %1 of %2 entries").arg(done).arg(total);
    if (done == total)
        m_err << '\n';
    m_err.flush();
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
