#pragma once

#include <QString>
#include <array>
#include <optional>

namespace waypoint {

// The enumerator whose name (as the journal and the command line write it)
// is `name`, case ignored; names[i] names Enum(i).
template <typename Enum, size_t N>
std::optional<Enum> enumFromName(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return Enum(i);
    return std::nullopt;
}

} // namespace waypoint
