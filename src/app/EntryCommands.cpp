#include "EntryCommands.h"

#include "EntryEditor.h"
#include "MarkdownEditor.h"
#include "RevisionsDialog.h"
#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"

#include <QFileDialog>
#include <QImageReader>
#include <QKeySequence>
#include <QMessageBox>
#include <QUndoCommand>
#include <functional>

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
        : QUndoCommand(EntryCommands::tr("Delete “%1”").arg(title))
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

EntryCommands::EntryCommands(QWidget *window, EntryEditor *editor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_editor(editor)
{
}

void EntryCommands::setJournal(JournalSession *journal)
{
    // What can be undone deletes from this journal's store.
    m_undo.clear();
    m_journal = journal;
}

bool EntryCommands::canWrite() const
{
    return m_journal && !m_journal->isReadOnly();
}

bool EntryCommands::canWriteOpenEntry() const
{
    return canWrite() && m_journal->editing().isOpen();
}

void EntryCommands::newEntry(QDate date)
{
    if (!canWrite())
        return;
    Entry entry;
    entry.date = date;
    try {
        emit entryActivated(m_journal->entries().create(entry).id);
        m_editor->focusText();
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("New Entry"), e.message());
    }
}

void EntryCommands::openToday()
{
    if (!canWrite())
        return;
    const QDate today = QDate::currentDate();
    try {
        emit entryActivated(Templates::openOrCreateDay(m_journal->entries(), today));
        m_editor->focusText();
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("Today"), e.message());
    }
}

void EntryCommands::newFromTemplate(Templates::Kind kind)
{
    if (!canWrite())
        return;
    try {
        emit entryActivated(Templates::create(m_journal->entries(), kind, QDate::currentDate()));
    } catch (const DatabaseError &e) {
        emit message(e.message(), 5000);
    }
}

void EntryCommands::deleteEntry()
{
    if (!canWriteOpenEntry())
        return;
    EntrySession &session = m_journal->editing();
    const qint64 id = session.entryId();
    const QString title = session.entry().title.isEmpty() ? tr("Untitled") : session.entry().title;
    try {
        m_undo.push(new DeleteEntryCommand(
            m_journal->entries(), id, title,
            [&session](qint64 deleted) {
                if (session.entryId() == deleted)
                    session.close();
            },
            [this](qint64 restored) { emit entryActivated(restored); }));
        emit message(
            tr("Deleted “%1”. Undo with %2.")
                .arg(title, QKeySequence(tr("Ctrl+Alt+Z")).toString(QKeySequence::NativeText)),
            10000);
        if (const std::optional<qint64> newest = m_journal->entries().newest())
            emit entryActivated(*newest);
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("Delete Entry"), e.message());
    }
}

void EntryCommands::showHistory()
{
    if (!canWriteOpenEntry())
        return;
    EntrySession &session = m_journal->editing();
    session.save(); // so the newest revision is in the list
    QList<Revision> revisions;
    try {
        revisions = m_journal->entries().revisions(session.entryId());
    } catch (const DatabaseError &e) {
        QMessageBox::warning(m_window, tr("History"), e.message());
        return;
    }
    if (revisions.isEmpty()) {
        emit message(tr("This entry has no earlier text yet."), 5000);
        return;
    }
    RevisionsDialog dialog(revisions, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->replaceText(dialog.restoredBody());
}

QString EntryCommands::storeImage(const QByteArray &data, const QString &mime, const QString &name,
                                  QString *error)
{
    if (!canWrite()) {
        *error = tr("The image cannot be kept: no journal is open for writing.");
        return {};
    }
    try {
        return QStringLiteral("attachment:") + m_journal->attachments().add(data, mime, name);
    } catch (const DatabaseError &e) {
        *error = tr("The image could not be stored: %1").arg(e.message());
        return {};
    }
}

void EntryCommands::insertImage()
{
    if (!canWriteOpenEntry())
        return;
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Insert Image"), QString(),
        tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty())
        m_editor->markdownEditor()->insertImageFiles(files);
}

} // namespace waypoint
