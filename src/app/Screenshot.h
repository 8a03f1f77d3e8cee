#pragma once

#include <QString>

class QWidget;

namespace waypoint {

// Waits until the window has been exposed and painted, then saves a PNG of
// it. Returns an error message, or an empty string on success.
QString saveScreenshot(QWidget *window, const QString &file);

} // namespace waypoint
