#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace waypoint::cli {

// What the process was asked to do, read from the options that come before
// a subcommand (--journal and --lang may also follow it).
struct Invocation
{
    QString journal;
    QString language;
    QString command;         // "add", "list", ...; empty: open the window
    QStringList commandArgs; // the arguments after the command
    bool version = false;
    bool help = false;
    QString screenshot; // --screenshot FILE.png
    QString entry;      // --entry ID, with --screenshot
    QString error;      // a usage error, when not empty

    bool opensWindow() const { return command.isEmpty() && !version && !help; }
    // The command lays out pages in Qt WebEngine (export to HTML or PDF), so
    // it needs a QApplication, though it shows nothing.
    bool rendersPages() const;
};

Invocation parseInvocation(const QStringList &arguments);

// Runs a subcommand (or --version/--help) and returns the process exit code:
// 0 success, 1 error, 2 usage error.
int run(const Invocation &invocation);

} // namespace waypoint::cli
