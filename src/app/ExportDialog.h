#pragma once

#include "export/Book.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace waypoint {

class AttachmentStore;
class Journal;

namespace exporting {
class BookExporter;
}

// File → Export as PDF or HTML…: entries as one document that reads like the
// preview. Not modal: the export runs in the background with a progress bar
// and Stop, and the window stays usable meanwhile.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // What the entries to export can be.
    struct Scopes
    {
        QString entryId; // the open entry, if any
        QString entryTitle;
        QStringList searchResults; // ids of the search panel's results, best first
        QString searchText;
        QStringList tags;
        QDate first; // the journal's first and last dates
        QDate last;
    };
    enum class Scope { Entry, SearchResults, Tag, Dates, All };

    ExportDialog(Journal &journal, AttachmentStore &attachments, const Scopes &scopes,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests.
    void setScope(Scope scope);
    void setFormat(exporting::BookFormat format);
    QComboBox *tagBox() const { return m_tag; }
    QLineEdit *outputEdit() const { return m_output; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *stopButton() const { return m_stop; }
    bool isExporting() const;

signals:
    // Before the entries are read: the window saves what is being typed.
    void aboutToExport();
    void exported(const QString &output);

public slots:
    void startExport();
    void stop();

protected:
    void reject() override; // stops a running export first

private:
    void updateFields(); // what applies to the scope and format chosen
    void scopeChanged();
    void formatChanged();
    void browse();
    QString suggestedFileName() const;
    void finished(bool ok);
    void setRunning(bool running);

    Journal &m_journal;
    AttachmentStore &m_attachments;
    Scopes m_scopes;
    QComboBox *m_scope = nullptr;
    QComboBox *m_tag = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QSpinBox *m_margin = nullptr;
    QCheckBox *m_toc = nullptr;
    QCheckBox *m_light = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_output = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_open = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    exporting::BookExporter *m_exporter = nullptr;
    QString m_written;
};

} // namespace waypoint
