#include "MainWindow.h"

#include "EntryCommands.h"
#include "EntryEditor.h"
#include "GoalActions.h"
#include "SyncControl.h"
#include "JournalDialogs.h"
#include "JournalStatus.h"
#include "MainMenus.h"
#include "MarkdownEditor.h"
#include "Navigator.h"
#include "SearchPanel.h"
#include "sql/DatabaseError.h"
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
#include "preview/PreviewView.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QListView>
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

    m_menus = new MainMenus(this, m_entryCommands, m_dialogs, m_outlineDock);
    const QString saved = Settings::viewMode();
    setViewMode(saved == QLatin1String("editor")    ? ViewMode::Editor
                : saved == QLatin1String("preview") ? ViewMode::Preview
                                                    : ViewMode::Split);
    m_goalActions = new GoalActions(this, this);
    m_goalActions->addTo(m_menus->viewMenu(), m_menus->entryMenu());
    m_sync = new SyncControl(this);
    m_sync->addTo(m_menus->fileMenu(), findChild<QAction *>(QStringLiteral("actionSettings")));
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

void MainWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    m_editor->setVisible(mode != ViewMode::Preview);
    m_preview->setVisible(mode != ViewMode::Editor);
    m_menus->showViewMode(mode);
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

void MainWindow::setSyncAutomatically(bool automatic)
{
    m_sync->setAutomatic(automatic);
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
    m_menus->setWritable(!m_open->journal().isReadOnly());
    m_status->setJournal(m_open.get());
    m_sync->setJournal(m_open.get(), [this](qint64 id) { openEntry(id); });
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
    m_sync->setJournal(nullptr, {});
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

void MainWindow::openToday()
{
    m_entryCommands->openToday();
}

void MainWindow::deleteEntry()
{
    m_entryCommands->deleteEntry();
}

void MainWindow::showHistory()
{
    m_entryCommands->showHistory();
}

void MainWindow::showReading()
{
    m_dialogs->showReading();
}

ExportDialog *MainWindow::exportDialog() const
{
    return m_dialogs->exportDialog();
}

ReadingWindow *MainWindow::readingWindow() const
{
    return m_dialogs->readingWindow();
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
    // A sync before quitting: the window closes when it is done.
    if (m_sync->holdForQuit()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace waypoint
