#pragma once

#include <QString>

namespace waypoint {

// Loads Waypoint's and Qt's translations for a language: the one asked for
// (--lang), else the one chosen in Settings, else the system's.
void installTranslations(const QString &requested);

} // namespace waypoint
