#include "SyncControl.h"

#include "core/EntryStore.h"
#include "core/Journal.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"
#include "models/SyncJob.h"
#include "sql/DatabaseError.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace waypoint {

using sync::Synchronizer;
using sync::SyncSettings;

namespace {

// When to sync, for every journal that is set up to: the window's habits,
// not the journal's.
bool syncOnOpen()
{
    return QSettings().value(QStringLiteral("sync/onOpen"), true).toBool();
}
bool syncOnQuit()
{
    return QSettings().value(QStringLiteral("sync/onQuit"), true).toBool();
}
int syncEveryMinutes()
{
    return QSettings().value(QStringLiteral("sync/everyMinutes"), 10).toInt();
}

} // namespace

SyncControl::SyncControl(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    qRegisterMetaType<sync::SyncReport>();
    m_line = new QLabel(window);
    m_line->setObjectName(QStringLiteral("syncLine"));
    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_line);
    connect(&m_every, &QTimer::timeout, this, &SyncControl::syncNow);
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (isSyncing())
            m_settle.start(); // what it writes itself is not news
        else
            syncNow();
    });
    const auto changed = [this] {
        if (!isSyncing())
            m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

SyncControl::~SyncControl() = default;

void SyncControl::addTo(QMenu *file, QAction *before)
{
    m_now = new QAction(tr("S&ync Now"), this);
    m_now->setObjectName(QStringLiteral("actionSyncNow"));
    m_now->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    connect(m_now, &QAction::triggered, this, &SyncControl::syncNow);
    auto *settings = new QAction(tr("Sync Se&ttings…"), this);
    settings->setObjectName(QStringLiteral("actionSyncSettings"));
    connect(settings, &QAction::triggered, this, &SyncControl::showSettings);
    m_conflicts = new QAction(tr("Entries in &Conflict…"), this);
    m_conflicts->setObjectName(QStringLiteral("actionSyncConflicts"));
    connect(m_conflicts, &QAction::triggered, this, &SyncControl::showConflicts);
    file->insertActions(before, {m_now, settings, m_conflicts});
    file->insertSeparator(before);
    updateLine();
}

void SyncControl::setJournal(JournalSession *journal, std::function<void(qint64)> openEntry)
{
    if (m_job)
        m_job.reset(); // waits: a sync is never cut off halfway
    m_journal = journal;
    m_openEntry = std::move(openEntry);
    applyTimer();
    watchFolder();
    updateLine();
    if (m_automatic && m_journal && isSetUp() && syncOnOpen())
        syncNow();
}

bool SyncControl::isSetUp() const
{
    if (!m_journal || m_journal->isReadOnly())
        return false;
    try {
        return SyncSettings::of(m_journal->journal()).kind != SyncSettings::Kind::None;
    } catch (const DatabaseError &) {
        return false;
    }
}

bool SyncControl::isSyncing() const
{
    return m_job && m_job->isRunning();
}

void SyncControl::watchFolder()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_automatic || !isSetUp())
        return;
    const SyncSettings settings = SyncSettings::of(m_journal->journal());
    if (settings.kind != SyncSettings::Kind::Folder || !QDir(settings.folder).exists())
        return;
    // Every folder of the mirror (a month each).
    QStringList folders{settings.folder};
    QDirIterator below(settings.folder, QDir::Dirs | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (below.hasNext()) {
        const QString folder = below.next();
        if (!below.fileName().startsWith(QLatin1Char('.')))
            folders.append(folder);
    }
    // Folders only: ten years of entries would be more files than the
    // system lets one program watch, and a folder hears its files change.
    m_watcher.addPaths(folders);
}

void SyncControl::applyTimer()
{
    const int minutes = syncEveryMinutes();
    if (m_automatic && m_journal && isSetUp() && minutes > 0)
        m_every.start(minutes * 60 * 1000);
    else
        m_every.stop();
}

void SyncControl::syncNow()
{
    if (!m_journal)
        return;
    if (!isSetUp()) {
        if (sender() == m_now)
            showSettings();
        return;
    }
    if (isSyncing()) {
        m_again = true;
        return;
    }
    // What is typed goes first, so that it is in the journal the sync reads.
    m_journal->editing().save();
    m_job = std::make_unique<SyncJob>(m_journal->path());
    connect(m_job.get(), &SyncJob::progress, this, [this](int done, int total) {
        // A first sync of a large journal: show how far it is.
        if (total < 200)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->show();
    });
    connect(m_job.get(), &SyncJob::finished, this, &SyncControl::onFinished);
    m_line->setText(tr("Syncing…"));
    m_now->setEnabled(false);
    m_job->start();
}

void SyncControl::onFinished(const sync::SyncReport &report, const QString &error)
{
    m_progress->hide();
    m_now->setEnabled(true);
    if (error.isEmpty() && report.pulled > 0 && m_journal) {
        // The open entry may be one that came in: show it as it is now.
        EntrySession &editing = m_journal->editing();
        if (editing.isOpen() && !editing.reload()) {
            try {
                if (const std::optional<qint64> newest = m_journal->entries().newest())
                    m_openEntry(*newest);
            } catch (const DatabaseError &) {
            }
        }
    }
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(tr("Sync failed: %1").arg(error), 10000);
    else if (!report.conflicts.isEmpty())
        m_window->statusBar()->showMessage(
            tr("%n entry(s) changed on both sides: this machine's text is kept, the other is in"
               " History…",
               nullptr, int(report.conflicts.size())),
            10000);
    updateLine();
    watchFolder(); // new month folders, new files
    emit synced(report, error);
    if (m_quitting) {
        m_job.reset();
        m_window->close();
        return;
    }
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncControl::updateLine()
{
    if (!m_now)
        return;
    const bool setUp = isSetUp();
    m_line->setVisible(setUp);
    m_conflicts->setEnabled(setUp);
    if (!setUp || isSyncing())
        return;
    sync::SyncStatus status;
    try {
        status = Synchronizer::status(m_journal->journal());
    } catch (const DatabaseError &) {
        return;
    }
    QString text;
    if (!status.lastError.isEmpty())
        text = tr("Sync failed");
    else if (status.lastSync.isValid())
        text = tr("Synced %1")
                   .arg(QLocale().toString(status.lastSync.toLocalTime().time(),
                                           QLocale::ShortFormat));
    else
        text = tr("Not synced yet");
    if (!status.conflicts.isEmpty())
        text += tr(" · %n in conflict", nullptr, int(status.conflicts.size()));
    m_line->setText(text);
    m_line->setToolTip(status.lastError.isEmpty() ? (status.settings.kind == SyncSettings::Kind::Git
                                                         ? status.settings.url
                                                         : status.settings.folder)
                                                  : status.lastError);
}

bool SyncControl::holdForQuit()
{
    if (m_quitting)
        return isSyncing(); // closed again while it runs: keep waiting
    if (!m_automatic || !isSetUp() || !syncOnQuit())
        return false;
    m_quitting = true;
    if (!isSyncing())
        syncNow();
    m_line->setText(tr("Syncing before quitting…"));
    return isSyncing();
}

void SyncControl::showSettings()
{
    if (!m_journal)
        return;
    SyncSettings settings;
    try {
        settings = SyncSettings::of(m_journal->journal());
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("Sync Settings"), e.message());
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("syncSettingsDialog"));
    dialog.setWindowTitle(tr("Sync Settings"));
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("syncKind"));
    kind->addItem(tr("Off"));
    kind->addItem(tr("Git repository"));
    kind->addItem(tr("Synced folder (Syncthing, Nextcloud, Dropbox…)"));
    kind->setCurrentIndex(int(settings.kind));
    auto *url = new QLineEdit(settings.url, &dialog);
    url->setObjectName(QStringLiteral("syncUrl"));
    url->setPlaceholderText(tr("git@github.com:me/journal.git, https://…, or a path"));
    auto *branch = new QLineEdit(settings.branch, &dialog);
    branch->setObjectName(QStringLiteral("syncBranch"));
    auto *folder = new QLineEdit(settings.folder, &dialog);
    folder->setObjectName(QStringLiteral("syncFolder"));
    auto *browse = new QPushButton(tr("Choose…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString chosen =
            QFileDialog::getExistingDirectory(&dialog, tr("Synced Folder"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder);
    folderRow->addWidget(browse);
    auto *onOpen = new QCheckBox(tr("Sync when the journal opens"), &dialog);
    onOpen->setChecked(syncOnOpen());
    auto *onQuit = new QCheckBox(tr("Sync before quitting"), &dialog);
    onQuit->setChecked(syncOnQuit());
    auto *every = new QSpinBox(&dialog);
    every->setRange(0, 240);
    every->setSuffix(tr(" min"));
    every->setSpecialValueText(tr("Never"));
    every->setValue(syncEveryMinutes());
    auto *note = new QLabel(tr("For https, set the token in the WAYPOINT_GIT_TOKEN environment"
                               " variable; ssh uses your agent or ~/.ssh keys."),
                            &dialog);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Sync through:"), kind);
    form->addRow(tr("Repository:"), url);
    form->addRow(tr("Branch:"), branch);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Every:"), every);
    form->addRow(onOpen);
    form->addRow(onQuit);
    form->addRow(note);
    const auto showKind = [=](int index) {
        url->setEnabled(index == 1);
        branch->setEnabled(index == 1);
        folder->setEnabled(index == 2);
        browse->setEnabled(index == 2);
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, showKind);
    showKind(kind->currentIndex());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    settings.kind = SyncSettings::Kind(kind->currentIndex());
    settings.url = url->text().trimmed();
    settings.branch =
        branch->text().trimmed().isEmpty() ? QStringLiteral("main") : branch->text().trimmed();
    settings.folder = folder->text().trimmed();
    if ((settings.kind == SyncSettings::Kind::Git && settings.url.isEmpty())
        || (settings.kind == SyncSettings::Kind::Folder && settings.folder.isEmpty())) {
        QMessageBox::warning(m_window, tr("Sync Settings"),
                             tr("Give the repository's address or the folder to sync through."));
        return;
    }
    try {
        settings.saveTo(m_journal->journal());
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("Sync Settings"), e.message());
        return;
    }
    QSettings app;
    app.setValue(QStringLiteral("sync/onOpen"), onOpen->isChecked());
    app.setValue(QStringLiteral("sync/onQuit"), onQuit->isChecked());
    app.setValue(QStringLiteral("sync/everyMinutes"), every->value());
    applyTimer();
    watchFolder();
    updateLine();
    if (isSetUp())
        syncNow();
}

void SyncControl::showConflicts()
{
    if (!m_journal)
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("syncConflictsDialog"));
    dialog.setWindowTitle(tr("Entries in Conflict"));
    auto *text = new QLabel(tr("These entries were changed on two machines at once. Each shows"
                               " this machine's text; the other machine's is in History…. Open"
                               " one, settle its text, and mark it resolved."),
                            &dialog);
    text->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("syncConflictList"));
    const auto fill = [this, list] {
        list->clear();
        try {
            for (const sync::Conflict &conflict :
                 Synchronizer::status(m_journal->journal()).conflicts) {
                auto *item = new QListWidgetItem(
                    tr("%1 (since %2)")
                        .arg(
                            conflict.title.isEmpty() ? tr("Untitled") : conflict.title,
                            QLocale().toString(conflict.since.toLocalTime(), QLocale::ShortFormat)),
                    list);
                item->setData(Qt::UserRole, conflict.entryId);
            }
        } catch (const DatabaseError &) {
        }
        if (list->count() == 0)
            list->addItem(tr("No entry is in conflict."));
        list->setCurrentRow(0);
    };
    fill();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    QPushButton *resolved = buttons->addButton(tr("Mark &Resolved"), QDialogButtonBox::ActionRole);
    resolved->setObjectName(QStringLiteral("syncMarkResolved"));
    const auto chosen = [list] {
        return list->currentItem() ? list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(open, &QPushButton::clicked, &dialog, [&] {
        if (const qint64 id = chosen()) {
            m_openEntry(id);
            dialog.accept();
        }
    });
    connect(resolved, &QPushButton::clicked, &dialog, [&] {
        if (const qint64 id = chosen()) {
            try {
                Synchronizer::resolve(m_journal->journal(), id);
            } catch (const DatabaseError &e) {
                QMessageBox::warning(&dialog, tr("Entries in Conflict"), e.message());
            }
            fill();
            updateLine();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(480, 320);
    dialog.exec();
}

} // namespace waypoint
