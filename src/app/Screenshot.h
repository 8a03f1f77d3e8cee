#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace waypoint {

// Waits until the window has been exposed and painted and ready() holds (the
// preview has rendered), then saves a PNG of it. Returns an error message, or
// an empty string on success.
QString saveScreenshot(QWidget *window, const QString &file,
                       const std::function<bool()> &ready = {});

} // namespace waypoint
