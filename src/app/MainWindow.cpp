#include "MainWindow.h"

#include "EntryCommands.h"
#include "EntryEditor.h"
#include "FindBar.h"
#include "GoalActions.h"
#include "JournalDialogs.h"
#include "JournalStatus.h"
#include "MarkdownEditor.h"
#include "Navigator.h"
#include "SearchPanel.h"
#include "core/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/Settings.h"
#include "models/EntryListModel.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"
#include "models/OutlineModel.h"
#include "models/SearchResultModel.h"
#include "models/TagListModel.h"
#include "models/Templates.h"
#include "preview/PreviewView.h"

#include <QActionGroup>
#include <QApplication>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>

namespace waypoint {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator = new Navigator(this);
    m_editor = new EntryEditor(this);
    m_preview = new preview::PreviewView(this);
    m_preview->setRemoteImagesAllowed(Settings::remoteImages());
    m_entryCommands = new EntryCommands(this, m_editor, this);
    m_editor->markdownEditor()->setImageStore(
        [this](const QByteArray &data, const QString &mime, const QString &name, QString *error) {
            return m_entryCommands->storeImage(data, mime, name, error);
        });

    m_outline = new OutlineModel(this);
    m_outlineView = new QListView(this);
    m_outlineView->setObjectName(QStringLiteral("outlineView"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    m_outlineDock->hide();

    m_searchPanel = new SearchPanel(this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::entryChosen, this, &MainWindow::openSearchResult);
    connect(m_searchPanel, &SearchPanel::left, this, [this] { m_editor->focusText(); });

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({280, 500, 500});
    setCentralWidget(m_splitter);

    m_status = new JournalStatus(this);

    connect(m_navigator, &Navigator::entryActivated, this, &MainWindow::openEntry);
    connect(m_navigator, &Navigator::dayActivated, this, &MainWindow::onDayActivated);
    connect(m_editor, &EntryEditor::statsChanged, m_status, &JournalStatus::showStats);
    // Switching to another program is a natural moment to save.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s != Qt::ApplicationActive && session())
            session()->save();
    });

    m_editor->setDarkTheme(palette().color(QPalette::Window).lightness() < 128);
    connectPreview();

    const auto showMessage = [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    };
    // An entry that another window or a dialog asks for comes to the front.
    const auto showAndRaise = [this](const QString &uuid) {
        if (showEntry(uuid)) {
            raise();
            activateWindow();
        }
    };
    connect(m_entryCommands, &EntryCommands::entryActivated, this, &MainWindow::openEntry);
    connect(m_entryCommands, &EntryCommands::message, this, showMessage);
    m_dialogs = new JournalDialogs(
        this,
        [this](const QString &path, QString *error, bool create) {
            return openJournal(path, error, create);
        },
        this);
    connect(m_dialogs, &JournalDialogs::message, this, showMessage);
    connect(m_dialogs, &JournalDialogs::entryReloaded, m_navigator, &Navigator::selectEntry);
    connect(m_dialogs, &JournalDialogs::entryUuidActivated, this, showAndRaise);
    connect(m_dialogs, &JournalDialogs::settingsChanged, this,
            [this] { m_preview->setRemoteImagesAllowed(Settings::remoteImages()); });

    createActions();
    createViewActions();
    m_goalActions = new GoalActions(this, this);
    m_goalActions->addTo(findChild<QMenu *>(QStringLiteral("menuView")),
                         findChild<QMenu *>(QStringLiteral("menuEntry")));
    connect(m_goalActions, &GoalActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_goalActions, &GoalActions::entryUuidActivated, this, showAndRaise);
    updateTitle();
    resize(1200, 780);
}

MainWindow::~MainWindow()
{
    closeJournal();
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const char *name, const QString &text,
                      const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "actionNewJournal", tr("New &Journal…"), QKeySequence(tr("Ctrl+Shift+N")),
        [this] { m_dialogs->chooseJournal(true); });
    add(file, "actionOpenJournal", tr("&Open Journal…"), QKeySequence::Open,
        [this] { m_dialogs->chooseJournal(false); });
    file->addSeparator();
    // No shortcut: Ctrl+Shift+I inserts an image, and importing is rare.
    add(file, "actionImport", tr("&Import Blog…"), QKeySequence(),
        [this] { m_dialogs->showImport(); });
    add(file, "actionExport", tr("E&xport as PDF or HTML…"), QKeySequence::Print,
        [this] { m_dialogs->showExport(); });
    add(file, "actionExportBlog", tr("&Export as Blog…"), QKeySequence(),
        [this] { m_dialogs->showExportBlog(); });
    file->addSeparator();
    add(file, "actionSettings", tr("&Settings…"), QKeySequence(tr("Ctrl+,")), [this] {
        m_dialogs->showSettings();
    })->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    add(file, "actionQuit", tr("&Quit"), QKeySequence::Quit, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_entryCommands->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndoEntry"));
    // Ctrl+Z belongs to the text editor; entry operations have their own key.
    undo->setShortcut(QKeySequence(tr("Ctrl+Alt+Z")));
    edit->addAction(undo);
    QAction *redo = m_entryCommands->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedoEntry"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+Z")));
    edit->addAction(redo);
    edit->addSeparator();
    FindBar *find = m_editor->findBar();
    add(edit, "actionFind", tr("&Find…"), QKeySequence::Find, [find] { find->showFind(); });
    add(edit, "actionReplace", tr("R&eplace…"), QKeySequence(tr("Ctrl+H")),
        [find] { find->showReplace(); });
    add(edit, "actionFindNext", tr("Find &Next"), QKeySequence::FindNext,
        [find] { find->findNext(); });
    add(edit, "actionFindPrevious", tr("Find Pre&vious"), QKeySequence::FindPrevious,
        [find] { find->findPrevious(); });
    edit->addSeparator();
    MarkdownEditor *text = m_editor->markdownEditor();
    add(edit, "actionToggleTask", tr("Toggle &Task"), QKeySequence(tr("Ctrl+Return")),
        [text] { text->toggleTask(); });
    add(edit, "actionInsertImage", tr("Insert &Image…"), QKeySequence(tr("Ctrl+Shift+I")),
        [this] { m_entryCommands->insertImage(); });

    QMenu *entry = menuBar()->addMenu(tr("E&ntry"));
    entry->setObjectName(QStringLiteral("menuEntry"));
    add(edit, "actionSearch", tr("&Search Entries…"), QKeySequence(tr("Ctrl+K")),
        &MainWindow::showSearch);

    add(entry, "actionNewEntry", tr("&New Entry"), QKeySequence::New, &MainWindow::newEntry);
    add(entry, "actionToday", tr("&Today"), QKeySequence(tr("Ctrl+T")), &MainWindow::openToday);
    QMenu *fromTemplate = entry->addMenu(tr("New &from Template"));
    for (Templates::Kind kind : Templates::all()) {
        QAction *action = fromTemplate->addAction(Templates::name(kind));
        action->setObjectName(QStringLiteral("actionTemplate-") + Templates::key(kind));
        connect(action, &QAction::triggered, this,
                [this, kind] { m_entryCommands->newFromTemplate(kind); });
    }
    add(entry, "actionHistory", tr("&History…"), QKeySequence(tr("Ctrl+Shift+H")),
        &MainWindow::showHistory);
    entry->addSeparator();
    add(entry, "actionDeleteEntry", tr("&Delete Entry"), QKeySequence(tr("Ctrl+Shift+D")),
        &MainWindow::deleteEntry);

    // The View menu comes from createViewActions(), before Help.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "actionAbout", tr("&About Waypoint"), QKeySequence(), [this] {
        m_dialogs->showAbout();
    })->setMenuRole(QAction::AboutRole);
}

void MainWindow::createViewActions()
{
    QMenu *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("menuView"));
    menuBar()->insertMenu(menuBar()->actions().last(), view);
    m_viewModes = new QActionGroup(this);
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
        QAction *action = view->addAction(mode.text);
        action->setObjectName(QLatin1String(mode.name));
        action->setShortcut(mode.key);
        action->setCheckable(true);
        action->setData(int(mode.mode));
        m_viewModes->addAction(action);
        connect(action, &QAction::triggered, this, [this, m = mode.mode] { setViewMode(m); });
    }
    view->addSeparator();
    QAction *outline = m_outlineDock->toggleViewAction();
    outline->setText(tr("O&utline"));
    outline->setObjectName(QStringLiteral("actionOutline"));
    outline->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    view->addAction(outline);
    QAction *reading = view->addAction(tr("&Reading List"));
    reading->setObjectName(QStringLiteral("actionReadingList"));
    reading->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(reading, &QAction::triggered, this, &MainWindow::showReading);
    view->addSeparator();
    MarkdownEditor *text = m_editor->markdownEditor();
    auto addZoom = [&](const char *name, const QString &label, const QKeySequence &key, auto slot) {
        QAction *action = view->addAction(label);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, text, slot);
    };
    addZoom("actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, &MarkdownEditor::zoomInText);
    addZoom("actionZoomOut", tr("Zoom O&ut"), QKeySequence::ZoomOut, &MarkdownEditor::zoomOutText);
    addZoom("actionZoomReset", tr("&Actual Size"), QKeySequence(tr("Ctrl+0")),
            &MarkdownEditor::resetZoom);

    const QString saved = Settings::viewMode();
    setViewMode(saved == QLatin1String("editor")    ? ViewMode::Editor
                : saved == QLatin1String("preview") ? ViewMode::Preview
                                                    : ViewMode::Split);
}

void MainWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    m_editor->setVisible(mode != ViewMode::Preview);
    m_preview->setVisible(mode != ViewMode::Editor);
    for (QAction *action : m_viewModes->actions())
        action->setChecked(action->data().toInt() == int(mode));
    Settings::setViewMode(mode == ViewMode::Editor    ? QStringLiteral("editor")
                          : mode == ViewMode::Preview ? QStringLiteral("preview")
                                                      : QStringLiteral("split"));
}

void MainWindow::connectPreview()
{
    connect(m_editor, &EntryEditor::documentParsed, this,
            [this](std::shared_ptr<const markdown::ParsedDocument> document) {
                m_preview->showDocument(document);
                m_outline->setHeadings(document->outline());
            });
    // Scroll sync, both ways, by source line. A scroll made to follow the
    // other side is not echoed back.
    MarkdownEditor *text = m_editor->markdownEditor();
    connect(text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, text] {
        if (!m_syncingScroll)
            m_preview->scrollToLine(text->topLine());
    });
    connect(m_preview, &preview::PreviewView::scrolledToLine, this, [this, text](double line) {
        m_syncingScroll = true;
        text->scrollToLine(line);
        m_syncingScroll = false;
    });
    connect(m_preview, &preview::PreviewView::clickedLine, this,
            [this](int line) { m_editor->goToLine(line - 1); });
    connect(m_outlineView, &QListView::activated, this, [this](const QModelIndex &index) {
        m_editor->goToLine(index.data(OutlineModel::LineRole).toInt());
    });
    connect(m_outlineView, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_editor->goToLine(index.data(OutlineModel::LineRole).toInt());
    });
    connect(text, &MarkdownEditor::imageFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

bool MainWindow::isPreviewSettled() const
{
    return !m_preview->isVisible() || m_preview->isSettled();
}

bool MainWindow::openJournal(const QString &path, QString *error, bool create)
{
    Journal::Options options;
    options.exclusive = true;
    options.create = create;
    // Indexing a journal from before search (or after a tokenizer change)
    // takes a while once: show how far it is.
    std::unique_ptr<QProgressDialog> progress;
    options.indexProgress = [this, &progress](int done, int total) {
        if (!progress) {
            progress = std::make_unique<QProgressDialog>(tr("Building the search index…"),
                                                         QString(), 0, qMax(total, 1), this);
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(300);
        }
        progress->setValue(done);
    };
    std::unique_ptr<JournalSession> opened = JournalSession::open(path, options, error);
    progress.reset();
    if (!opened)
        return false;
    closeJournal();
    m_open = std::move(opened);
    m_searchPanel->setModel(&m_open->searchResults());
    // Search results follow saves, new entries and deletes, from whichever
    // connection wrote them.
    connect(&m_open->changes(), &JournalChanges::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesEntries())
            m_searchPanel->refreshSoon();
    });
    m_preview->setAttachmentLookup(
        preview::AttachmentSchemeHandler::lookupIn(&m_open->attachments()));
    m_navigator->setModels(&m_open->entries(), &m_open->entryList(), &m_open->tagList());
    m_editor->setSession(session());
    m_entryCommands->setJournal(m_open.get());
    m_dialogs->setJournal(m_open.get());
    m_goalActions->setParts({m_open.get(), m_editor->markdownEditor(),
                             [this](qint64 id) { openEntry(id); },
                             [this] { return m_open && !m_open->journal().isReadOnly(); }});
    m_editor->setReadOnlyNotice(
        m_open->journal().isReadOnly()
            ? tr("Read-only: %1 Changes cannot be saved.").arg(m_open->journal().readOnlyReason())
            : QString());
    for (QAction *action : findChildren<QAction *>()) {
        const QString name = action->objectName();
        if (name == QLatin1String("actionNewEntry") || name == QLatin1String("actionToday")
            || name == QLatin1String("actionDeleteEntry") || name == QLatin1String("actionHistory")
            || name == QLatin1String("actionInsertImage") || name == QLatin1String("actionReplace")
            || name == QLatin1String("actionToggleTask"))
            action->setEnabled(!m_open->journal().isReadOnly());
    }
    m_status->setJournal(m_open.get());
    try {
        if (const std::optional<qint64> newest = m_open->entries().newest())
            openEntry(*newest);
    } catch (const DatabaseError &e) {
        statusBar()->showMessage(e.message());
    }
    updateTitle();
    return true;
}

bool MainWindow::showEntry(const QString &uuidOrPrefix)
{
    if (!m_open)
        return false;
    try {
        const std::optional<Entry> entry = m_open->entries().findByUuid(uuidOrPrefix);
        if (!entry)
            return false;
        openEntry(entry->id);
        return true;
    } catch (const DatabaseError &) {
        return false;
    }
}

EntrySession *MainWindow::session() const
{
    return m_open ? &m_open->editing() : nullptr;
}

EntryStore *MainWindow::store() const
{
    return m_open ? &m_open->entries() : nullptr;
}

GoalStore *MainWindow::goals() const
{
    return m_open ? &m_open->goals() : nullptr;
}

void MainWindow::closeJournal()
{
    // They read this journal: a running export stops, and nothing is written.
    m_dialogs->setJournal(nullptr);
    m_goalActions->setParts({});
    if (session())
        session()->close();
    m_entryCommands->setJournal(nullptr);
    m_editor->setSession(nullptr);
    m_navigator->setModels(nullptr, nullptr, nullptr);
    m_preview->setAttachmentLookup({});
    m_searchPanel->setModel(nullptr);
    m_status->setJournal(nullptr);
    m_open.reset();
}

void MainWindow::openEntry(qint64 id)
{
    if (!session())
        return;
    if (!session()->open(id)) {
        statusBar()->showMessage(tr("That entry no longer exists."), 5000);
        return;
    }
    m_navigator->selectEntry(id);
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusField();
}

// Opens a result with what matched marked in the editor and the preview.
void MainWindow::openSearchResult(qint64 id)
{
    if (!session() || !m_open)
        return;
    openEntry(id);
    if (!session()->isOpen() || session()->entry().id != id)
        return;
    const search::Query &query = m_open->searchResults().query();
    m_editor->markMatches(m_open->searchResults().matchesIn(m_editor->textEdit()->toPlainText()));
    if (!query.all.isEmpty() && !query.all.first().isEmpty())
        m_preview->findText(query.all.first().first().text);
}

void MainWindow::newEntry()
{
    m_entryCommands->newEntry(m_navigator->calendar()->selectedDate());
}

void MainWindow::deleteEntry()
{
    m_entryCommands->deleteEntry();
}

void MainWindow::showHistory()
{
    m_entryCommands->showHistory();
}

void MainWindow::openToday()
{
    m_entryCommands->openToday();
}

void MainWindow::onDayActivated(QDate date)
{
    if (!m_open)
        return;
    try {
        if (const std::optional<qint64> id = m_open->entries().newestOn(date))
            openEntry(*id);
    } catch (const DatabaseError &e) {
        statusBar()->showMessage(e.message(), 5000);
    }
}

ExportDialog *MainWindow::exportDialog() const
{
    return m_dialogs->exportDialog();
}

ReadingWindow *MainWindow::readingWindow() const
{
    return m_dialogs->readingWindow();
}

void MainWindow::showReading()
{
    m_dialogs->showReading();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_editor->setDarkTheme(palette().color(QPalette::Window).lightness() < 128);
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("Waypoint");
    if (m_open) {
        title = tr("%1 — Waypoint").arg(QFileInfo(m_open->journal().path()).fileName());
        if (m_open->journal().isReadOnly())
            title += tr(" [read-only]");
    }
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (session() && !session()->save()) {
        const auto answer = QMessageBox::warning(
            this, tr("Not Saved"),
            tr("The entry could not be saved: %1\n\nQuit anyway and lose the last changes?")
                .arg(session()->lastError()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace waypoint
