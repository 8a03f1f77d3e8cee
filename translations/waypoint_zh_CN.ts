<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;waypoint --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: waypoint [--journal PATH] [--lang LANG] COMMAND [OPTIONS]

Without a command, opens the Waypoint window.

Commands:
  add [--date YYYY-MM-DD] [--title T] [--tag T]... [--file F|-] [TEXT...]
                      add an entry and print its id
  list [--from D] [--to D] [--tag T] [--json]
                      list entries, newest first
  show ID [--format markdown|html|json]
                      print one entry (ID may be a unique prefix)

Options:
  --journal PATH      the journal file (default: $WAYPOINT_JOURNAL, the one
                      chosen in Settings, or %1)
  --lang LANG         user interface language, e.g. en or zh_CN
  --screenshot FILE   open the window offscreen, save a PNG of it and exit
  --entry ID          with --screenshot: the entry to show
  --version           print the version
  --help              print this help

Exit status: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (default: the first heading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Markdown body from a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body, when no --file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;: expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the body as TEXT or with --file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add: give TEXT, --file or --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the entry to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markdown (default), html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s id or a unique prefix of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes exactly one ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use markdown, html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several entries; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry with id &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHeader</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (the first heading when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;waypoint --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry goes with --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No journal file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waypoint journal (it is not a SQLite database); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Waypoint journal; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist, and a read-only journal cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged (%1); it was opened read-only and will not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Waypoint (journal version %2; this version reads up to %3). Please update Waypoint; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading to this version of Waypoint, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Waypoint window (process %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: its folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window was never painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Waypoint starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source># %1

## Learned

- 

## Reading

- 
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No entry with id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::EntryEditor</name>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (the first heading when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::EntryListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waypoint::EntryStore</name>
    <message>
        <source>An entry needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 Changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waypoint journals (*.waypoint);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waypoint %1&lt;/h3&gt;&lt;p&gt;A journal for engineers: dated Markdown entries, reading lists and three-year goal plans, in one file that is yours.&lt;/p&gt;&lt;p&gt;Journal: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Waypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be saved: %1

Quit anyway and lose the last changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::Navigator</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waypoint journals (*.waypoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waypoint::TagListModel</name>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
