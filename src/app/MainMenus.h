#pragma once

#include "MainWindow.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace waypoint {

class EntryCommands;
class JournalDialogs;

// The main window's menu bar: File, Edit, Entry, View and Help, each action
// with its name, text and shortcut, triggering the part that does the work
// (the window, its entry commands, its dialogs, the editor). Does no work of
// its own.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(MainWindow *window, EntryCommands *entries, JournalDialogs *dialogs,
              QDockWidget *outlineDock);

    QMenu *fileMenu() const { return m_file; }
    QMenu *entryMenu() const { return m_entry; }
    QMenu *viewMenu() const { return m_view; }

    // Checks the View menu's action for mode.
    void showViewMode(MainWindow::ViewMode mode);
    // Enables the actions that change the journal or the entry's text.
    void setWritable(bool writable);

private:
    void addFileMenu();
    void addEditMenu();
    void addEntryMenu();
    void addViewMenu(QDockWidget *outlineDock);
    void addHelpMenu();

    MainWindow *m_window;
    EntryCommands *m_entries;
    JournalDialogs *m_dialogs;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_entry = nullptr;
    QMenu *m_view = nullptr;
    QActionGroup *m_viewModes = nullptr;
    QList<QAction *> m_writing; // disabled while the journal is read-only
};

} // namespace waypoint
