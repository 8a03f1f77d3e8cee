#pragma once

#include <QString>

namespace waypoint {

// Waypoint's version: CMake's project version, the one number that
// --version, the About dialog, the packages and the metainfo show.
QString applicationVersion();

} // namespace waypoint
