#pragma once

#include <QString>

namespace waypoint::markdown {

// What pressing Enter at the end of a line should do in a Markdown editor.
struct Continuation
{
    enum class Kind {
        Plain,    // an ordinary new line
        Continue, // a new line starting with prefix ("- ", "2. ", "> ", "- [ ] ")
        EndList,  // the item was empty: remove its marker (replace the line with prefix)
    };
    Kind kind = Kind::Plain;
    QString prefix;
};

// Lists (-, *, +, 1., 1)), task items and block quotes continue on Enter;
// an ordered list counts on; Enter on an empty item ends the list.
Continuation continueAfter(const QString &line);

// [ ] ↔ [x] on a task item; a list item or a plain line becomes a task.
QString toggleTask(const QString &line);

// A list rule such as "* * *" or "---", which is not a list item.
bool isThematicBreak(const QString &line);
// Where a list item's or quote's marker ends (its text starts), 0 for other lines.
int markerEnd(const QString &line);
// The column a list item's text starts at (where a nested item's marker
// must start), or -1 when the line is not a list item.
int contentColumn(const QString &line);
// The column a list item's marker starts at, or -1.
int markerColumn(const QString &line);

// Tab and Shift+Tab on a list item: nests it one level deeper (by `width`
// spaces, by default the width of its own marker) or brings it one level
// out. Other lines are returned as they are.
QString indentListItem(const QString &line, int width = 0);
QString outdentListItem(const QString &line);
bool isListItem(const QString &line);

} // namespace waypoint::markdown
