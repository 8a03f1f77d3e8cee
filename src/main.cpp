// The one binary: with a command it is the command line (no display needed);
// without one it opens the window.

#include "app/MainWindow.h"
#include "app/Screenshot.h"
#include "cli/Invocation.h"
#include "core/Localization.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "preview/Schemes.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Waypoint"));
    QCoreApplication::setApplicationName(QStringLiteral("Waypoint"));
    QCoreApplication::setApplicationVersion(waypoint::applicationVersion());
}

int fail(const QString &message, bool quiet)
{
    QTextStream(stderr) << "waypoint: " << message << '\n';
    if (!quiet)
        QMessageBox::critical(nullptr, QStringLiteral("Waypoint"), message);
    return 1;
}

// Qt WebEngine's Chromium will not start its sandbox as root; it then
// refuses to run at all unless told to go without.
void allowWebEngineAsRoot()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
}

// A command's stderr is its error line, not Qt WebEngine's talk about GL
// backends and sandboxes: only Waypoint's own messages and real failures pass
// (all of them with WAYPOINT_DEBUG set).
void quietenQtMessages()
{
    if (!qEnvironmentVariableIsEmpty("WAYPOINT_DEBUG"))
        return;
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            const bool ours = context.category && qstrncmp(context.category, "waypoint.", 9) == 0;
            if (ours || type == QtCriticalMsg || type == QtFatalMsg)
                previous(type, context, message);
        });
}

// Qt WebEngine before the QApplication: its URL schemes, and shared GL contexts.
void prepareWebEngine()
{
    waypoint::preview::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const waypoint::cli::Invocation invocation = waypoint::cli::parseInvocation(arguments);

    if (invocation.error.isEmpty() && invocation.rendersPages()) {
        // Offscreen: a command never opens a window, with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        quietenQtMessages();
        allowWebEngineAsRoot(); // a command's page shows nothing from the web
        prepareWebEngine();
        QApplication app(argc, argv);
        describeApplication();
        waypoint::installTranslations(invocation.language);
        return waypoint::cli::run(invocation);
    }
    if (!invocation.opensWindow() || !invocation.error.isEmpty()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        waypoint::installTranslations(invocation.language);
        return waypoint::cli::run(invocation);
    }

    const bool screenshot = !invocation.screenshot.isEmpty();
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine();
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.waypointjournal.Waypoint"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.waypointjournal.Waypoint"),
                         QIcon(QStringLiteral(":/icons/waypoint.svg"))));
    waypoint::installTranslations(invocation.language);

    const QString path = waypoint::Settings::resolveJournalPath(invocation.journal);
    if (invocation.journal.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    waypoint::MainWindow window;
    // A screenshot shows the journal as it is, and leaves it so.
    window.setSyncAutomatically(!screenshot);
    QString error;
    if (!window.openJournal(path, &error))
        return fail(error, screenshot);

    if (screenshot) {
        if (!invocation.entry.isEmpty() && !window.showEntry(invocation.entry))
            return fail(
                QCoreApplication::translate("main", "No entry with id '%1'.").arg(invocation.entry),
                true);
        window.resize(1280, 800);
        window.show();
        const QString problem = waypoint::saveScreenshot(
            &window, invocation.screenshot, [&window] { return window.isPreviewSettled(); });
        return problem.isEmpty() ? 0 : fail(problem, true);
    }
    window.show();
    return app.exec();
}
