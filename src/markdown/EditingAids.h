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

// Tab and Shift+Tab on a list item: nests it one level deeper (by the width
// of its marker) or brings it one level out. Other lines are returned as they are.
QString indentListItem(const QString &line);
QString outdentListItem(const QString &line);
bool isListItem(const QString &line);

} // namespace waypoint::markdown
