#include "JournalDialogs.h"

#include "ExportBlogDialog.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ReadingWindow.h"
#include "SettingsDialog.h"
#include "core/EntryStore.h"
#include "core/Version.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"
#include "models/SearchResultModel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

namespace waypoint {

JournalDialogs::JournalDialogs(QWidget *window, OpenJournal openJournal, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_openJournal(std::move(openJournal))
{
}

void JournalDialogs::setJournal(JournalSession *journal)
{
    delete m_exportDialog;
    delete m_readingWindow;
    m_journal = journal;
}

ExportDialog *JournalDialogs::exportDialog() const
{
    return m_exportDialog;
}

ReadingWindow *JournalDialogs::readingWindow() const
{
    return m_readingWindow;
}

void JournalDialogs::chooseJournal(bool create)
{
    const QString start = m_journal ? QFileInfo(m_journal->path()).absolutePath() : QString();
    const QString filter = tr("Waypoint journals (*.waypoint);;All files (*)");
    QString path = create
                       ? QFileDialog::getSaveFileName(m_window, tr("New Journal"), start, filter)
                       : QFileDialog::getOpenFileName(m_window, tr("Open Journal"), start, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".waypoint");
    QString error;
    if (!m_openJournal(path, &error, create))
        QMessageBox::warning(m_window, create ? tr("New Journal") : tr("Open Journal"), error);
}

void JournalDialogs::showSettings()
{
    SettingsDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

void JournalDialogs::showImport()
{
    if (!m_journal || m_journal->isReadOnly()) {
        emit message(tr("Nothing can be imported: no journal is open for writing."), 8000);
        return;
    }
    EntrySession &session = m_journal->editing();
    if (session.isOpen())
        session.save(); // what is typed is in the journal before a post may replace it
    ImportDialog dialog(m_journal->path(), m_window);
    connect(&dialog, &ImportDialog::imported, this, [this](const blog::ImportReport &report) {
        emit message(tr("Imported %1 posts, updated %2.").arg(report.imported).arg(report.updated),
                     8000);
    });
    dialog.exec();
    // Also after a stopped import, or one the dialog was closed on.
    if (dialog.hasImported()) {
        // A re-imported post may have replaced the open entry's text.
        if (session.isOpen()) {
            const qint64 id = session.entryId();
            if (session.reload())
                emit entryReloaded(id);
        }
    }
}

void JournalDialogs::showExportBlog()
{
    if (!m_journal)
        return;
    EntrySession &session = m_journal->editing();
    if (session.isOpen() && !m_journal->isReadOnly())
        session.save();
    QStringList tags;
    for (const TagCount &tag : m_journal->entries().tagCounts())
        tags.append(tag.name);
    ExportBlogDialog dialog(m_journal->journal(), tags, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Exported %1 entries and %2 images to %3.")
                         .arg(dialog.report().entries)
                         .arg(dialog.report().images)
                         .arg(dialog.folderEdit()->text()),
                     8000);
}

void JournalDialogs::showExport()
{
    if (!m_journal)
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    ExportDialog::Scopes scopes;
    EntrySession &session = m_journal->editing();
    if (session.isOpen()) {
        if (const std::optional<EntrySummary> open =
                m_journal->entries().summary(session.entryId())) {
            scopes.entryId = open->uuid;
            scopes.entryTitle = open->title;
        }
    }
    SearchResultModel &results = m_journal->searchResults();
    if (!results.queryText().trimmed().isEmpty()) {
        scopes.searchText = results.queryText().trimmed();
        for (int row = 0; row < results.rowCount(); ++row)
            scopes.searchResults.append(
                results.index(row).data(SearchResultModel::UuidRole).toString());
    }
    for (const TagCount &tag : m_journal->entries().tagCounts())
        scopes.tags.append(tag.name);
    const QList<EntrySummary> all = m_journal->entries().list();
    if (!all.isEmpty()) {
        scopes.first = all.last().date;
        scopes.last = all.first().date;
    }
    m_exportDialog =
        new ExportDialog(m_journal->journal(), m_journal->attachments(), scopes, m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &ExportDialog::aboutToExport, this, [this] {
        EntrySession &session = m_journal->editing();
        if (session.isOpen() && !m_journal->isReadOnly())
            session.save();
    });
    connect(m_exportDialog, &ExportDialog::exported, this, [this](const QString &output) {
        emit message(tr("Exported to %1.").arg(output), 8000);
    });
    m_exportDialog->show();
}

void JournalDialogs::showAbout()
{
    QMessageBox::about(m_window, tr("About Waypoint"),
                       tr("<h3>Waypoint %1</h3>"
                          "<p>A journal for engineers: dated Markdown entries, reading lists "
                          "and three-year goal plans, in one file that is yours.</p>"
                          "<p>Journal: %2</p>")
                           .arg(applicationVersion(),
                                m_journal ? m_journal->path().toHtmlEscaped() : QString()));
}

void JournalDialogs::showReading()
{
    if (!m_journal)
        return;
    if (!m_readingWindow) {
        m_readingWindow = new ReadingWindow(*m_journal, m_window);
        connect(m_readingWindow, &ReadingWindow::entryActivated, this,
                &JournalDialogs::entryUuidActivated);
    }
    m_readingWindow->show();
    m_readingWindow->raise();
    m_readingWindow->activateWindow();
}

} // namespace waypoint
