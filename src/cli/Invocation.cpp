#include "Invocation.h"

namespace waypoint::cli {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    static Invocation read(const QStringList &arguments);
};

// Commands are plain words; a path to a journal is not.
bool isJournalFile(const QString &arg)
{
    return arg.endsWith(QLatin1String(".waypoint")) || arg.contains(QLatin1Char('/'))
           || arg.contains(QLatin1Char('\\'));
}

Invocation Reader::read(const QStringList &arguments)
{
    Invocation invocation;
    // Options that take a value, as "--name VALUE" or "--name=VALUE".
    const QList<std::pair<QString, QString *>> valued = {
        {QStringLiteral("--journal"), &invocation.journal},
        {QStringLiteral("--lang"), &invocation.language},
        {QStringLiteral("--screenshot"), &invocation.screenshot},
        {QStringLiteral("--entry"), &invocation.entry},
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!arg.startsWith(QLatin1Char('-')) && isJournalFile(arg)) {
            invocation.journal = arg; // "waypoint ~/notes.waypoint", as a file manager calls it
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            invocation.command = arg;
            invocation.commandArgs = arguments.mid(i + 1);
            // --journal and --lang after the command are the command's to read;
            // --lang is needed before translations load, so pick it up here too.
            for (int j = 0; j + 1 < invocation.commandArgs.size(); ++j) {
                if (invocation.commandArgs[j] == QLatin1String("--lang"))
                    invocation.language = invocation.commandArgs[j + 1];
            }
            break;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            invocation.version = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            invocation.help = true;
            continue;
        }
        bool known = false;
        for (const auto &[name, target] : valued) {
            if (arg == name) {
                if (i + 1 >= arguments.size()) {
                    invocation.error = tr("%1 needs a value").arg(name);
                    return invocation;
                }
                *target = arguments[++i];
                known = true;
            } else if (arg.startsWith(name + QLatin1Char('='))) {
                *target = arg.mid(name.size() + 1);
                known = true;
            }
        }
        if (!known) {
            invocation.error = tr("unknown option '%1' (see 'waypoint --help')").arg(arg);
            return invocation;
        }
        if ((arg == QLatin1String("--journal") || arg.startsWith(QLatin1String("--journal=")))
            && invocation.journal.isEmpty()) {
            invocation.error = tr("--journal needs the path of a journal file");
            return invocation;
        }
    }
    if (!invocation.command.isEmpty() && !invocation.screenshot.isEmpty())
        invocation.error = tr("--screenshot cannot be combined with a command");
    else if (!invocation.entry.isEmpty() && invocation.screenshot.isEmpty())
        invocation.error = tr("--entry goes with --screenshot");
    return invocation;
}

} // namespace

bool Invocation::rendersPages() const
{
    if (command != QLatin1String("export"))
        return false;
    for (int i = 0; i < commandArgs.size(); ++i) {
        const QString &arg = commandArgs.at(i);
        QString format;
        if (arg == QLatin1String("--format") && i + 1 < commandArgs.size())
            format = commandArgs.at(i + 1);
        else if (arg.startsWith(QLatin1String("--format=")))
            format = arg.mid(9);
        if (format == QLatin1String("html") || format == QLatin1String("pdf"))
            return true;
    }
    return false;
}

Invocation parseInvocation(const QStringList &arguments)
{
    return Reader::read(arguments);
}

} // namespace waypoint::cli
