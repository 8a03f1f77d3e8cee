#pragma once

#include "core/Entry.h"

#include <optional>

namespace waypoint::sync {

// Two machines' versions of one entry, merged against the version both
// started from (none when both created it): each field that only one side
// changed takes that side; tags are merged as sets; the body is merged line
// by line (git's three-way merge). Where both changed the same field or the
// same lines differently, the merge is not clean and `entry` is ours.
struct EntryMerge
{
    Entry entry;
    bool clean = true;
};

EntryMerge mergeEntries(const std::optional<Entry> &base, const Entry &ours, const Entry &theirs);

} // namespace waypoint::sync
