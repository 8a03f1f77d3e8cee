#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace waypoint {

class ExportDialog;
class JournalSession;
class ReadingWindow;

// The dialogs and windows the main window opens on its journal: New and Open
// Journal…, Import Blog…, Export as PDF or HTML… (not modal, one at a time),
// Export as Blog…, Settings…, About and the Reading List. Kept apart from
// MainWindow, which only wires it in.
class JournalDialogs : public QObject
{
    Q_OBJECT

public:
    // Opens the journal at path in the window; false with *error saying why.
    using OpenJournal = std::function<bool(const QString &path, QString *error, bool create)>;

    JournalDialogs(QWidget *window, OpenJournal openJournal, QObject *parent = nullptr);

    // The journal they work on, or none when it closes: a running export
    // stops and the Reading window closes, since they read this journal.
    void setJournal(JournalSession *journal);

    ExportDialog *exportDialog() const;   // while it is open
    ReadingWindow *readingWindow() const; // once it has been opened

public slots:
    void chooseJournal(bool create);
    void showImport();
    void showExport();
    void showExportBlog();
    void showSettings();
    void showAbout();
    void showReading();

signals:
    void message(const QString &text, int timeout);
    // An import changed the journal and the open entry was read again.
    void entryReloaded(qint64 id);
    // The Reading window asks for an entry to be shown.
    void entryUuidActivated(const QString &uuid);
    void settingsChanged();

private:
    QWidget *m_window;
    OpenJournal m_openJournal;
    JournalSession *m_journal = nullptr;
    QPointer<ExportDialog> m_exportDialog; // not modal: at most one
    QPointer<ReadingWindow> m_readingWindow;
};

} // namespace waypoint
