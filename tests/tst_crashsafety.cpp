// kill -9 while typing loses at most the last second. The app runs as a child
// process in a real X server (Xvfb) and is typed into with xdotool, as a user would.

#include "TestSupport.h"
#include "core/EntryStore.h"
#include "core/Journal.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QtTest>
#include <csignal>

using namespace waypoint;

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    QString m_xdotool;

    QProcessEnvironment xEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        return environment;
    }

    bool xdotool(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(xEnvironment());
        process.start(m_xdotool, args);
        return process.waitForFinished(timeoutMs) && process.exitCode() == 0;
    }

    // What the journal holds now, read as another process would.
    QString storedText(const QString &file)
    {
        Journal::Options options;
        options.readOnly = true;
        QString error;
        auto journal = Journal::open(file, options, &error);
        if (!journal)
            return {};
        EntryStore store(*journal);
        QString text;
        for (const EntrySummary &summary : store.list())
            text += store.find(summary.id)->body;
        return text;
    }

private slots:
    void initTestCase()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        QVERIFY2(!xvfb.isEmpty() && !m_xdotool.isEmpty(),
                 "This test needs Xvfb and xdotool (Debian: xvfb xdotool), which the README's "
                 "set-up command installs.");
        // -displayfd lets Xvfb pick a free display number and tell us.
        m_xvfb.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                            QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 20000);
        m_display = QLatin1Char(':') + QString::fromLatin1(m_xvfb.readLine()).trimmed();
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }

    void killedWhileTypingKeepsAllButTheLastSecond()
    {
        const QString file = m_dir.filePath(QStringLiteral("crash.waypoint"));
        QProcess app;
        app.setProcessEnvironment(xEnvironment());
        app.start(QStringLiteral(WAYPOINT_BINARY), {QStringLiteral("--journal"), file, QStringLiteral("--lang"),
                                                    QStringLiteral("en")});
        QVERIFY(app.waitForStarted());
        // xdotool's search gives up with an X error when a window goes away
        // while it looks (the web view makes and drops helper windows as it
        // starts), so it is asked again until the window is there.
        const QDeadlineTimer appear(30000);
        bool focused = false;
        while (!focused && !appear.hasExpired()) {
            focused = xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                               QStringLiteral("--name"), QStringLiteral("crash.waypoint"),
                               QStringLiteral("windowfocus"), QStringLiteral("--sync")},
                              int(std::max<qint64>(1, appear.remainingTime())));
            if (!focused)
                QTest::qWait(100);
        }
        QVERIFY2(focused, "the window did not appear");
        // Ctrl+T opens today's entry with the cursor in the editor.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+t")}));
        QTRY_VERIFY_WITH_TIMEOUT(storedText(file).startsWith(QStringLiteral("# ")), 10000);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+End")}));

        // A sentence, then a pause: it is saved without any save command.
        const QString first = QStringLiteral(" first words saved");
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), first}));
        QTRY_VERIFY_WITH_TIMEOUT(storedText(file).contains(first), 10000);

        // Then steady typing for about three seconds, killed right at the end:
        // saves kept happening while the keys went on.
        const QString steady = QStringLiteral(" steady typing goes on and on and on");
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("90"), steady}));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        const QString kept = storedText(file);
        QVERIFY2(kept.contains(first), qPrintable(kept));
        const QString afterFirst = kept.mid(kept.indexOf(first) + first.size());
        QVERIFY2(steady.startsWith(afterFirst), qPrintable(afterFirst)); // nothing garbled
        QVERIFY2(afterFirst.size() >= 8, qPrintable(QStringLiteral("only '%1' of the steady typing was kept")
                                                       .arg(afterFirst)));

        // And the journal reopens whole.
        QString error;
        auto journal = Journal::open(file, {}, &error);
        QVERIFY2(journal && !journal->isReadOnly(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
