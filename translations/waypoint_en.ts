<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Book</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2 pages).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (%2 pages).</numerusform>
            <numerusform>Exported %n entries to %1 (%2 pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n entries.</source>
        <translation>
            <numerusform>Indexed %n entry.</numerusform>
            <numerusform>Indexed %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress line(s) found</source>
        <translation>
            <numerusform>%n progress line found</numerusform>
            <numerusform>%n progress lines found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n applied</source>
        <translation>
            <numerusform>, %n applied</numerusform>
            <numerusform>, %n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item added</numerusform>
            <numerusform>%n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n item to %1.</numerusform>
            <numerusform>Wrote %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n book(s) finished</source>
        <translation>
            <numerusform>%1: %n book finished</numerusform>
            <numerusform>%1: %n books finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other item(s)</source>
        <translation>
            <numerusform>, %n other item</numerusform>
            <numerusform>, %n other items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s) read</source>
        <translation>
            <numerusform>, %n page read</numerusform>
            <numerusform>, %n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to “%2” (%n entries).</source>
        <translation>
            <numerusform>%1 is linked to “%2” (%n entry).</numerusform>
            <numerusform>%1 is linked to “%2” (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with %1: %n file(s) taken in</source>
        <translation>
            <numerusform>Synced with %1: %n file taken in</numerusform>
            <numerusform>Synced with %1: %n files taken in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sent.
</source>
        <translation>
            <numerusform>, %n sent.
</numerusform>
            <numerusform>, %n sent.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last synced %1, %n file(s) in the mirror.
</source>
        <translation>
            <numerusform>Last synced %1, %n file in the mirror.
</numerusform>
            <numerusform>Last synced %1, %n files in the mirror.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message numerus="yes">
        <source>%1 / %2 pages</source>
        <translation>
            <numerusform>%1 / %2 page</numerusform>
            <numerusform>%1 / %2 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 chapters</source>
        <translation>
            <numerusform>%1 / %2 chapter</numerusform>
            <numerusform>%1 / %2 chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 chapters</source>
        <translation>
            <numerusform>%1 chapter</numerusform>
            <numerusform>%1 chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 lessons</source>
        <translation>
            <numerusform>%1 / %2 lesson</numerusform>
            <numerusform>%1 / %2 lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lessons</source>
        <translation>
            <numerusform>%1 lesson</numerusform>
            <numerusform>%1 lessons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearReview</name>
    <message numerus="yes">
        <source>- %n entries, </source>
        <translation>
            <numerusform>- %n entry, </numerusform>
            <numerusform>- %n entries, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, written on %n days</source>
        <translation>
            <numerusform>%1 characters, written on %n day</numerusform>
            <numerusform>%1 characters, written on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (at most %n days in a row).
</source>
        <translation>
            <numerusform> (at most %n day in a row).
</numerusform>
            <numerusform> (at most %n days in a row).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::EntryListModel</name>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::ExportDialog</name>
    <message numerus="yes">
        <source>The search results: %n entries for “%1”</source>
        <translation>
            <numerusform>The search result: %n entry for “%1”</numerusform>
            <numerusform>The search results: %n entries for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (%2 pages).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (%2 pages).</numerusform>
            <numerusform>Exported %n entries to %1 (%2 pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::GoalStore</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::JournalStatus</name>
    <message numerus="yes">
        <source>Reading progress found: %n line(s) waiting in the reading list (%1).</source>
        <translation>
            <numerusform>Reading progress found: %n line waiting in the reading list (%1).</numerusform>
            <numerusform>Reading progress found: %n lines waiting in the reading list (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingItemPane</name>
    <message numerus="yes">
        <source>Remove “%1” and its %n progress record(s)? The entries stay as they are, and their lines about it are not suggested again.</source>
        <translation>
            <numerusform>Remove “%1” and its %n progress record? The entries stay as they are, and their lines about it are not suggested again.</numerusform>
            <numerusform>Remove “%1” and its %n progress records? The entries stay as they are, and their lines about it are not suggested again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::ReadingWindow</name>
    <message numerus="yes">
        <source>, %n other item(s)</source>
        <translation>
            <numerusform>, %n other item</numerusform>
            <numerusform>, %n other items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s) read</source>
        <translation>
            <numerusform>, %n page read</numerusform>
            <numerusform>, %n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your entries mention reading progress that is not on the list yet: %n line(s) waiting. Apply what is right, ignore the rest.</source>
        <translation>
            <numerusform>Your entries mention reading progress that is not on the list yet: %n line waiting. Apply what is right, ignore the rest.</numerusform>
            <numerusform>Your entries mention reading progress that is not on the list yet: %n lines waiting. Apply what is right, ignore the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n line(s).</source>
        <translation>
            <numerusform>Applied %n line.</numerusform>
            <numerusform>Applied %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal was read again: %n line(s) waiting.</source>
        <translation>
            <numerusform>The journal was read again: %n line waiting.</numerusform>
            <numerusform>The journal was read again: %n lines waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item added</numerusform>
            <numerusform>%n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n item to %1.</numerusform>
            <numerusform>Wrote %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) finished</source>
        <translation>
            <numerusform>%n book finished</numerusform>
            <numerusform>%n books finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::SearchPanel</name>
    <message numerus="yes">
        <source>The best %n entries:</source>
        <translation>
            <numerusform>The best entry:</numerusform>
            <numerusform>The best %n entries:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found:</source>
        <translation>
            <numerusform>%n entry found:</numerusform>
            <numerusform>%n entries found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::SyncControl</name>
    <message numerus="yes">
        <source>%n entry(s) changed on both sides: this machine&apos;s text is kept, the other is in History…</source>
        <translation>
            <numerusform>%n entry changed on both sides: this machine&apos;s text is kept, the other is in History…</numerusform>
            <numerusform>%n entries changed on both sides: this machine&apos;s text is kept, the other is in History…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in conflict</source>
        <translation>
            <numerusform> · %n in conflict</numerusform>
            <numerusform> · %n in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::exporting::BookExporter</name>
    <message numerus="yes">
        <source>Laying out the book stopped: %n images never finished loading.</source>
        <translation>
            <numerusform>Laying out the book stopped: %n image never finished loading.</numerusform>
            <numerusform>Laying out the book stopped: %n images never finished loading.</numerusform>
        </translation>
    </message>
</context>
</TS>
