#pragma once

#include "models/Templates.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

class QWidget;

namespace waypoint {

class EntryEditor;
class JournalSession;

// What the Entry menu does to the open journal's entries: a new entry, today's,
// one from a template, History… (an earlier text put back into the editor),
// Delete Entry (undone with Edit → Undo, which keeps its own stack apart from
// the text's); and the images put into an entry, kept as the journal's
// attachments. Kept apart from MainWindow, which only wires it in.
class EntryCommands : public QObject
{
    Q_OBJECT

public:
    EntryCommands(QWidget *window, EntryEditor *editor, QObject *parent = nullptr);

    // The journal the commands work on, or none when it closes (the undo
    // history goes with it).
    void setJournal(JournalSession *journal);
    // Undo and redo of deletes, for Edit → Undo and Redo.
    QUndoStack *undoStack() { return &m_undo; }

    // Keeps an image pasted or dropped into the editor; returns its
    // attachment: URL, or nothing with *error saying why.
    QString storeImage(const QByteArray &data, const QString &mime, const QString &name,
                       QString *error);

public slots:
    void newEntry(QDate date);
    void openToday();
    void newFromTemplate(Templates::Kind kind);
    void deleteEntry();
    void showHistory();
    void insertImage();

signals:
    // A command made or brought back this entry: the window shows it.
    void entryActivated(qint64 id);
    void message(const QString &text, int timeout);

private:
    bool canWrite() const;
    bool canWriteOpenEntry() const;

    QWidget *m_window;
    EntryEditor *m_editor;
    JournalSession *m_journal = nullptr;
    QUndoStack m_undo;
};

} // namespace waypoint
