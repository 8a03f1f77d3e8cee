#include "MainMenus.h"

#include "EntryCommands.h"
#include "EntryEditor.h"
#include "FindBar.h"
#include "JournalDialogs.h"
#include "MarkdownEditor.h"
#include "models/Templates.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace waypoint {

namespace {

// Adds an action to menu, with its name and shortcut, triggering slot.
template <typename Receiver, typename Slot>
QAction *addAction(QMenu *menu, const char *name, const QString &text, const QKeySequence &key,
                   Receiver *receiver, Slot slot)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

} // namespace

MainMenus::MainMenus(MainWindow *window, EntryCommands *entries, JournalDialogs *dialogs,
                     QDockWidget *outlineDock)
    : QObject(window)
    , m_window(window)
    , m_entries(entries)
    , m_dialogs(dialogs)
{
    addFileMenu();
    addEditMenu();
    addEntryMenu();
    addViewMenu(outlineDock);
    addHelpMenu();
}

void MainMenus::addFileMenu()
{
    QMenu *file = m_file = m_window->menuBar()->addMenu(tr("&File"));
    JournalDialogs *dialogs = m_dialogs;
    addAction(file, "actionNewJournal", tr("New &Journal…"), QKeySequence(tr("Ctrl+Shift+N")),
              dialogs, [dialogs] { dialogs->chooseJournal(true); });
    addAction(file, "actionOpenJournal", tr("&Open Journal…"), QKeySequence::Open, dialogs,
              [dialogs] { dialogs->chooseJournal(false); });
    file->addSeparator();
    // No shortcut: Ctrl+Shift+I inserts an image, and importing is rare.
    addAction(file, "actionImport", tr("&Import Blog…"), QKeySequence(), dialogs,
              &JournalDialogs::showImport);
    addAction(file, "actionExport", tr("E&xport as PDF or HTML…"), QKeySequence::Print, dialogs,
              &JournalDialogs::showExport);
    addAction(file, "actionExportBlog", tr("&Export as Blog…"), QKeySequence(), dialogs,
              &JournalDialogs::showExportBlog);
    file->addSeparator();
    addAction(file, "actionSettings", tr("&Settings…"), QKeySequence(tr("Ctrl+,")), dialogs,
              &JournalDialogs::showSettings)
        ->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    addAction(file, "actionQuit", tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);
}

void MainMenus::addEditMenu()
{
    m_edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_entries->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndoEntry"));
    // Ctrl+Z belongs to the text editor; entry operations have their own key.
    undo->setShortcut(QKeySequence(tr("Ctrl+Alt+Z")));
    m_edit->addAction(undo);
    QAction *redo = m_entries->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedoEntry"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+Z")));
    m_edit->addAction(redo);
    m_edit->addSeparator();
    FindBar *find = m_window->editor()->findBar();
    addAction(m_edit, "actionFind", tr("&Find…"), QKeySequence::Find, find, &FindBar::showFind);
    m_writing << addAction(m_edit, "actionReplace", tr("R&eplace…"), QKeySequence(tr("Ctrl+H")),
                           find, &FindBar::showReplace);
    addAction(m_edit, "actionFindNext", tr("Find &Next"), QKeySequence::FindNext, find,
              &FindBar::findNext);
    addAction(m_edit, "actionFindPrevious", tr("Find Pre&vious"), QKeySequence::FindPrevious, find,
              &FindBar::findPrevious);
    m_edit->addSeparator();
    MarkdownEditor *text = m_window->editor()->markdownEditor();
    m_writing << addAction(m_edit, "actionToggleTask", tr("Toggle &Task"),
                           QKeySequence(tr("Ctrl+Return")), text, &MarkdownEditor::toggleTask);
    m_writing << addAction(m_edit, "actionInsertImage", tr("Insert &Image…"),
                           QKeySequence(tr("Ctrl+Shift+I")), m_entries,
                           &EntryCommands::insertImage);
    addAction(m_edit, "actionSearch", tr("&Search Entries…"), QKeySequence(tr("Ctrl+K")), m_window,
              &MainWindow::showSearch);
}

void MainMenus::addEntryMenu()
{
    m_entry = m_window->menuBar()->addMenu(tr("E&ntry"));
    m_entry->setObjectName(QStringLiteral("menuEntry"));
    m_writing << addAction(m_entry, "actionNewEntry", tr("&New Entry"), QKeySequence::New, m_window,
                           &MainWindow::newEntry);
    m_writing << addAction(m_entry, "actionToday", tr("&Today"), QKeySequence(tr("Ctrl+T")),
                           m_entries, &EntryCommands::openToday);
    QMenu *fromTemplate = m_entry->addMenu(tr("New &from Template"));
    for (Templates::Kind kind : Templates::all()) {
        QAction *action = fromTemplate->addAction(Templates::name(kind));
        action->setObjectName(QStringLiteral("actionTemplate-") + Templates::key(kind));
        EntryCommands *entries = m_entries;
        connect(action, &QAction::triggered, entries,
                [entries, kind] { entries->newFromTemplate(kind); });
    }
    m_writing << addAction(m_entry, "actionHistory", tr("&History…"),
                           QKeySequence(tr("Ctrl+Shift+H")), m_entries,
                           &EntryCommands::showHistory);
    m_entry->addSeparator();
    m_writing << addAction(m_entry, "actionDeleteEntry", tr("&Delete Entry"),
                           QKeySequence(tr("Ctrl+Shift+D")), m_entries,
                           &EntryCommands::deleteEntry);
}

void MainMenus::addViewMenu(QDockWidget *outlineDock)
{
    m_view = new QMenu(tr("&View"), m_window);
    m_view->setObjectName(QStringLiteral("menuView"));
    m_window->menuBar()->addMenu(m_view);
    m_viewModes = new QActionGroup(this);
    using ViewMode = MainWindow::ViewMode;
    const struct
    {
        const char *name;
        QString text;
        QKeySequence key;
        ViewMode mode;
    } modes[] = {
        {"actionViewEditor", tr("&Editor Only"), QKeySequence(tr("Ctrl+1")), ViewMode::Editor},
        {"actionViewSplit", tr("Editor and &Preview"), QKeySequence(tr("Ctrl+2")), ViewMode::Split},
        {"actionViewPreview", tr("Preview &Only"), QKeySequence(tr("Ctrl+3")), ViewMode::Preview},
    };
    for (const auto &mode : modes) {
        QAction *action = m_view->addAction(mode.text);
        action->setObjectName(QLatin1String(mode.name));
        action->setShortcut(mode.key);
        action->setCheckable(true);
        action->setData(int(mode.mode));
        m_viewModes->addAction(action);
        MainWindow *window = m_window;
        connect(action, &QAction::triggered, window,
                [window, m = mode.mode] { window->setViewMode(m); });
    }
    m_view->addSeparator();
    QAction *outline = outlineDock->toggleViewAction();
    outline->setText(tr("O&utline"));
    outline->setObjectName(QStringLiteral("actionOutline"));
    outline->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_view->addAction(outline);
    addAction(m_view, "actionReadingList", tr("&Reading List"), QKeySequence(tr("Ctrl+Shift+R")),
              m_dialogs, &JournalDialogs::showReading);
    m_view->addSeparator();
    MarkdownEditor *text = m_window->editor()->markdownEditor();
    addAction(m_view, "actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, text,
              &MarkdownEditor::zoomInText);
    addAction(m_view, "actionZoomOut", tr("Zoom O&ut"), QKeySequence::ZoomOut, text,
              &MarkdownEditor::zoomOutText);
    addAction(m_view, "actionZoomReset", tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), text,
              &MarkdownEditor::resetZoom);
}

void MainMenus::addHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    addAction(help, "actionAbout", tr("&About Waypoint"), QKeySequence(), m_dialogs,
              &JournalDialogs::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainMenus::showViewMode(MainWindow::ViewMode mode)
{
    for (QAction *action : m_viewModes->actions())
        action->setChecked(action->data().toInt() == int(mode));
}

void MainMenus::setWritable(bool writable)
{
    for (QAction *action : std::as_const(m_writing))
        action->setEnabled(writable);
}

} // namespace waypoint
