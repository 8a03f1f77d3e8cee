#pragma once

// Waiting for something the event loop brings, in tests and benchmarks.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <functional>

namespace waypoint::test {

// Processes events until condition() holds; false after the timeout.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace waypoint::test
