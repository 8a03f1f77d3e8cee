#include "MainWindow.h"

#include "EntryEditor.h"
#include "Navigator.h"
#include "RevisionsDialog.h"
#include "SettingsDialog.h"
#include "core/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "models/EntryListModel.h"
#include "models/EntrySession.h"
#include "models/TagListModel.h"
#include "models/Templates.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoCommand>

namespace waypoint {

namespace {

// Deleting is undone by putting back the entry, its tags and its revisions.
class DeleteEntryCommand : public QUndoCommand
{
public:
    // release() lets go of the entry if it is open (saving it first);
    // show() opens the entry again after undo.
    DeleteEntryCommand(EntryStore &store, qint64 id, const QString &title,
                       std::function<void(qint64)> release, std::function<void(qint64)> show)
        : QUndoCommand(QCoreApplication::translate("MainWindow", "Delete “%1”").arg(title))
        , m_store(store)
        , m_id(id)
        , m_release(std::move(release))
        , m_show(std::move(show))
    {
    }
    void redo() override
    {
        m_release(m_id);
        try {
            m_deleted = m_store.remove(m_id);
        } catch (const DatabaseError &e) {
            qWarning("Cannot delete the entry: %s", qPrintable(e.message()));
            setObsolete(true);
        }
    }
    void undo() override
    {
        try {
            m_id = m_store.restore(m_deleted);
            m_show(m_id);
        } catch (const DatabaseError &e) {
            qWarning("Cannot restore the entry: %s", qPrintable(e.message()));
        }
    }

private:
    EntryStore &m_store;
    qint64 m_id;
    std::function<void(qint64)> m_release;
    std::function<void(qint64)> m_show;
    DeletedEntry m_deleted;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator = new Navigator(this);
    m_editor = new EntryEditor(this);
    // Filled by the live preview; kept here so the layout already has its place.
    m_previewPane = new QWidget(this);
    m_previewPane->setObjectName(QStringLiteral("previewPane"));
    m_previewPane->hide();

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_previewPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({300, 900, 0});
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_saveLabel);

    connect(m_navigator, &Navigator::entryActivated, this, &MainWindow::openEntry);
    connect(m_navigator, &Navigator::dayActivated, this, &MainWindow::onDayActivated);
    connect(m_editor, &EntryEditor::statsChanged, this, &MainWindow::updateStats);
    // Switching to another program is a natural moment to save.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s != Qt::ApplicationActive && m_session)
            m_session->save();
    });

    createActions();
    updateTitle();
    updateSaveState();
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
        [this] { chooseJournal(true); });
    add(file, "actionOpenJournal", tr("&Open Journal…"), QKeySequence::Open,
        [this] { chooseJournal(false); });
    file->addSeparator();
    add(file, "actionSettings", tr("&Settings…"), QKeySequence(tr("Ctrl+,")),
        &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    add(file, "actionQuit", tr("&Quit"), QKeySequence::Quit, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndoEntry"));
    // Ctrl+Z belongs to the text editor; entry operations have their own key.
    undo->setShortcut(QKeySequence(tr("Ctrl+Alt+Z")));
    edit->addAction(undo);
    QAction *redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedoEntry"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+Z")));
    edit->addAction(redo);

    QMenu *entry = menuBar()->addMenu(tr("E&ntry"));
    add(entry, "actionNewEntry", tr("&New Entry"), QKeySequence::New, &MainWindow::newEntry);
    add(entry, "actionToday", tr("&Today"), QKeySequence(tr("Ctrl+T")), &MainWindow::openToday);
    add(entry, "actionHistory", tr("&History…"), QKeySequence(tr("Ctrl+Shift+H")),
        &MainWindow::showHistory);
    entry->addSeparator();
    add(entry, "actionDeleteEntry", tr("&Delete Entry"), QKeySequence(tr("Ctrl+Shift+D")),
        &MainWindow::deleteEntry);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "actionAbout", tr("&About Waypoint"), QKeySequence(), &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openJournal(const QString &path, QString *error, bool create)
{
    Journal::Options options;
    options.exclusive = true;
    options.create = create;
    std::unique_ptr<Journal> journal = Journal::open(path, options, error);
    if (!journal)
        return false;
    closeJournal();
    m_journal = std::move(journal);
    m_store = std::make_unique<EntryStore>(*m_journal);
    m_entries = std::make_unique<EntryListModel>(*m_store);
    m_tags = std::make_unique<TagListModel>(*m_store);
    m_session = std::make_unique<EntrySession>(*m_store);
    m_session->setReadOnly(m_journal->isReadOnly());
    connect(m_session.get(), &EntrySession::stateChanged, this, &MainWindow::updateSaveState);
    connect(m_session.get(), &EntrySession::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message));
    });
    m_navigator->setModels(m_store.get(), m_entries.get(), m_tags.get());
    m_editor->setSession(m_session.get());
    m_editor->setReadOnlyNotice(m_journal->isReadOnly()
                                    ? tr("Read-only: %1 Changes cannot be saved.")
                                          .arg(m_journal->readOnlyReason())
                                    : QString());
    for (QAction *action : findChildren<QAction *>()) {
        const QString name = action->objectName();
        if (name == QLatin1String("actionNewEntry") || name == QLatin1String("actionToday")
            || name == QLatin1String("actionDeleteEntry") || name == QLatin1String("actionHistory"))
            action->setEnabled(!m_journal->isReadOnly());
    }
    try {
        if (const std::optional<qint64> newest = m_store->newest())
            openEntry(*newest);
    } catch (const DatabaseError &e) {
        statusBar()->showMessage(e.message());
    }
    updateTitle();
    updateSaveState();
    return true;
}

bool MainWindow::showEntry(const QString &uuidOrPrefix)
{
    if (!m_store)
        return false;
    try {
        const std::optional<Entry> entry = m_store->findByUuid(uuidOrPrefix);
        if (!entry)
            return false;
        openEntry(entry->id);
        return true;
    } catch (const DatabaseError &) {
        return false;
    }
}

void MainWindow::closeJournal()
{
    if (m_session)
        m_session->close();
    m_undo.clear();
    m_editor->setSession(nullptr);
    m_navigator->setModels(nullptr, nullptr, nullptr);
    m_session.reset();
    m_tags.reset();
    m_entries.reset();
    m_store.reset();
    m_journal.reset();
}

void MainWindow::openEntry(qint64 id)
{
    if (!m_session)
        return;
    if (!m_session->open(id)) {
        statusBar()->showMessage(tr("That entry no longer exists."), 5000);
        return;
    }
    m_navigator->selectEntry(id);
}

void MainWindow::newEntry()
{
    if (!m_store || m_journal->isReadOnly())
        return;
    Entry entry;
    entry.date = m_navigator->calendar()->selectedDate();
    try {
        openEntry(m_store->create(entry).id);
        m_editor->focusText();
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("New Entry"), e.message());
    }
}

void MainWindow::openToday()
{
    if (!m_store || m_journal->isReadOnly())
        return;
    const QDate today = QDate::currentDate();
    try {
        openEntry(Templates::openOrCreateDay(*m_store, today));
        m_editor->focusText();
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Today"), e.message());
    }
}

void MainWindow::deleteEntry()
{
    if (!m_session || !m_session->isOpen() || m_journal->isReadOnly())
        return;
    const qint64 id = m_session->entryId();
    const QString title = m_session->entry().title.isEmpty() ? tr("Untitled")
                                                             : m_session->entry().title;
    try {
        m_undo.push(new DeleteEntryCommand(
            *m_store, id, title,
            [this](qint64 deleted) {
                if (m_session->entryId() == deleted)
                    m_session->close();
            },
            [this](qint64 restored) { openEntry(restored); }));
        statusBar()->showMessage(tr("Deleted “%1”. Undo with %2.")
                                     .arg(title, QKeySequence(tr("Ctrl+Alt+Z"))
                                                     .toString(QKeySequence::NativeText)),
                                 10000);
        if (const std::optional<qint64> newest = m_store->newest())
            openEntry(*newest);
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("Delete Entry"), e.message());
    }
}

void MainWindow::showHistory()
{
    if (!m_session || !m_session->isOpen() || m_journal->isReadOnly())
        return;
    m_session->save(); // so the newest revision is in the list
    QList<Revision> revisions;
    try {
        revisions = m_store->revisions(m_session->entryId());
    } catch (const DatabaseError &e) {
        QMessageBox::warning(this, tr("History"), e.message());
        return;
    }
    if (revisions.isEmpty()) {
        statusBar()->showMessage(tr("This entry has no earlier text yet."), 5000);
        return;
    }
    RevisionsDialog dialog(revisions, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->replaceText(dialog.restoredBody());
}

void MainWindow::onDayActivated(QDate date)
{
    if (!m_store)
        return;
    try {
        if (const std::optional<qint64> id = m_store->newestOn(date))
            openEntry(*id);
    } catch (const DatabaseError &e) {
        statusBar()->showMessage(e.message(), 5000);
    }
}

void MainWindow::chooseJournal(bool create)
{
    const QString start = m_journal ? QFileInfo(m_journal->path()).absolutePath() : QString();
    const QString filter = tr("Waypoint journals (*.waypoint);;All files (*)");
    QString path = create ? QFileDialog::getSaveFileName(this, tr("New Journal"), start, filter)
                          : QFileDialog::getOpenFileName(this, tr("Open Journal"), start, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".waypoint");
    QString error;
    if (!openJournal(path, &error, create))
        QMessageBox::warning(this, create ? tr("New Journal") : tr("Open Journal"), error);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Waypoint"),
                       tr("<h3>Waypoint %1</h3>"
                          "<p>A journal for engineers: dated Markdown entries, reading lists "
                          "and three-year goal plans, in one file that is yours.</p>"
                          "<p>Journal: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                m_journal ? m_journal->path().toHtmlEscaped() : QString()));
}

void MainWindow::updateSaveState()
{
    QString text;
    if (m_session) {
        switch (m_session->state()) {
        case EntrySession::State::Empty:
            break;
        case EntrySession::State::Saved:
            text = m_session->isReadOnly() ? tr("Read-only") : tr("Saved");
            break;
        case EntrySession::State::Unsaved:
            text = tr("Saving…");
            break;
        case EntrySession::State::Failed:
            text = tr("Not saved");
            break;
        }
    }
    m_saveLabel->setText(text);
}

void MainWindow::updateStats(const markdown::TextStats &stats)
{
    m_countLabel->setText(m_session && m_session->isOpen()
                              ? tr("Words: %1 · Characters: %2")
                                    .arg(stats.words())
                                    .arg(stats.characters)
                              : QString());
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("Waypoint");
    if (m_journal) {
        title = tr("%1 — Waypoint").arg(QFileInfo(m_journal->path()).fileName());
        if (m_journal->isReadOnly())
            title += tr(" [read-only]");
    }
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && !m_session->save()) {
        const auto answer = QMessageBox::warning(
            this, tr("Not Saved"),
            tr("The entry could not be saved: %1\n\nQuit anyway and lose the last changes?")
                .arg(m_session->lastError()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace waypoint
