#pragma once

// For tests that show a Qt WebEngine page: the app's URL scheme must be
// registered before the QApplication exists, so they use this main().

#include "EventWait.h"
#include "preview/Schemes.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QWebEnginePage>
#include <QtTest>

namespace waypoint::test {

// Runs a script in the page and waits for its result (an invalid QVariant
// after a timeout).
inline QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}

} // namespace waypoint::test

#define WAYPOINT_WEB_TEST_MAIN(TestClass)                                                          \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        waypoint::preview::registerSchemes();                                                      \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
