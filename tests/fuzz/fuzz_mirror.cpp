// The mirror's files as another machine, a person in an editor or a synced
// folder's tool may leave them: an entry's Markdown with front matter, a
// reading item's JSON, a goal plan's JSON. What is read back is written
// again as the same file, and an entry changed on one side only merges
// cleanly to that side.

#include "FuzzSupport.h"
#include "sync/EntryMerge.h"
#include "sync/GoalMirror.h"
#include "sync/Mirror.h"
#include "sync/ReadingMirror.h"

using namespace waypoint;
using namespace waypoint::sync;

namespace {

bool sameEntry(const Entry &a, const Entry &b)
{
    return a.uuid == b.uuid && a.date == b.date && a.title == b.title && a.tags == b.tags
           && a.body == b.body && a.created == b.created && a.updated == b.updated;
}

void entryFile(const QByteArray &bytes)
{
    QString error;
    const std::optional<Entry> entry = mirror::parseEntryFile(bytes, &error);
    if (!entry) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(!entry->uuid.isEmpty() && entry->date.isValid());
    // Written again, it reads back as the same entry, under the same key.
    const QByteArray again = mirror::entryFile(*entry);
    const std::optional<Entry> reread = mirror::parseEntryFile(again, &error);
    FUZZ_CHECK(reread && sameEntry(*entry, *reread));
    FUZZ_CHECK(mirror::entryFile(*reread) == again);
    const QString path = mirror::entryPath(*entry);
    FUZZ_CHECK(mirror::isEntryPath(path));
    FUZZ_CHECK(mirror::keyOfText(path, again, &error) == mirror::entryKey(entry->uuid));

    // Changed on one side only: that side, cleanly.
    if (entry->body.contains(QChar(0)))
        return; // git merges no text with a NUL in it (binary)
    Entry theirs = *entry;
    theirs.body += QStringLiteral("\nadded on the other machine\n");
    theirs.tags.append(QStringLiteral("synced"));
    const EntryMerge merged = mergeEntries(*entry, *entry, theirs);
    FUZZ_CHECK(merged.clean);
    FUZZ_CHECK(merged.entry.body == theirs.body);
    FUZZ_CHECK(merged.entry.tags.contains(QStringLiteral("synced")));
}

// A record kept whole in one file (a reading item, a plan): read, written
// and read again, it is written the same.
template <typename Parse, typename Write>
void recordFile(const QByteArray &bytes, Parse parse, Write write)
{
    QString error;
    const auto record = parse(bytes, &error);
    if (!record) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    const QByteArray again = write(*record);
    const auto reread = parse(again, &error);
    FUZZ_CHECK(reread);
    FUZZ_CHECK(write(*reread) == again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    entryFile(bytes);
    recordFile(bytes, readingMirror::parse, readingMirror::file);
    recordFile(bytes, goalMirror::parse, goalMirror::file);
    return 0;
}
