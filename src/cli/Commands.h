#pragma once

#include "Invocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QTextStream>
#include <cstdio>
#include <memory>

class QCommandLineParser;

namespace waypoint {
class Journal;
class JournalSession;
struct EntryFilter;
} // namespace waypoint

namespace waypoint::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    explicit Commands(const Invocation &invocation)
        : m_invocation(invocation)
    {
    }
    int run();

private:
    int add(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int search(const QStringList &args);
    int reindex(const QStringList &args);
    int importBlog(const QStringList &args);    // BlogCommands.cpp
    int exportEntries(const QStringList &args); // BlogCommands.cpp
    int exportBook(const QStringList &args);    // BookCommands.cpp
    int reading(const QStringList &args);       // ReadingCommands.cpp
    int readingList(const QStringList &args);
    int readingAdd(const QStringList &args);
    int readingLog(const QStringList &args);
    int readingScan(const QStringList &args);
    int readingCsv(const QStringList &args, bool import);
    int readingYear(const QStringList &args);
    int goalsCommand(const QStringList &args); // GoalCommands.cpp
    int goalsList(const QStringList &args);
    int goalsAddPlan(const QStringList &args);
    int goalsAdd(const QStringList &args);
    int goalsLink(const QStringList &args);
    int goalsEnd(const QStringList &args);
    int goalsReview(const QStringList &args);
    int goalsSet(const QStringList &args);
    int review(const QStringList &args);
    int syncCommand(const QStringList &args); // SyncCommands.cpp
    int syncSetup(const QStringList &args);
    int syncNow(const QStringList &args);
    int syncStatus(const QStringList &args);
    int help();

    // A parser that also knows the global options, so they may follow the command.
    void addGlobalOptions(QCommandLineParser &parser);
    // --from, --to and --tag, read into an EntryFilter (false: a usage error).
    void addFilterOptions(QCommandLineParser &parser);
    bool readFilter(const QCommandLineParser &parser, EntryFilter *filter, int *exitCode);
    bool parse(QCommandLineParser &parser, const QStringList &args, int *exitCode);
    // The date option `name` into *date when given (false: a usage error).
    bool readDate(const QCommandLineParser &parser, const QString &name, QDate *date,
                  int *exitCode);
    // Each of ids can name an entry (false: a usage error, with what is wrong).
    bool checkIds(const QStringList &ids, int *exitCode);
    static bool isTerminal(FILE *stream); // a person is watching, not a script
    // parse(), for a command that takes no positional argument.
    bool parseWithoutArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode);
    // Read: an existing journal only, never created. Write: created when
    // missing; a journal that cannot be written is refused with the reason.
    enum class Access { Read, Write };
    // The journal with its stores; null (and the failure printed) when it
    // cannot be opened as asked.
    std::unique_ptr<JournalSession> openJournal(Access access);
    void reportIndexProgress(int done, int total);

    int usageError(const QString &message);
    int failure(const QString &message);
    void print(const QString &text);
    // Prints one line of a listing: control characters in it (a newline in a
    // title, an escape sequence in a file name) are written as \n, \t or
    // \x1b, so that text from a journal or a blog cannot forge lines or drive
    // the terminal. JSON output needs none of this.
    void printLine(const QString &line);
    static QString oneLine(const QString &text);
    void printJson(const QJsonValue &value);

    Invocation m_invocation;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

} // namespace waypoint::cli
