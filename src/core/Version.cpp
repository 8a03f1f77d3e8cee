#include "Version.h"

namespace waypoint {

QString applicationVersion()
{
    return QStringLiteral(WAYPOINT_VERSION);
}

} // namespace waypoint
