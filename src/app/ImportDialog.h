#pragma once

#include "blog/Importer.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace waypoint {

class ImportJob;
class ImportPlanModel;

// File → Import…: choose a blog folder (or one file), see what kind of site
// it is and what will happen to each post (a dry run), then import it with a
// progress bar and a way to stop; the report stays in the table at the end.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &journalPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Looks at path at once (as if chosen with Browse).
    void setSourcePath(const QString &path);
    ImportPlanModel *model() const { return m_model.get(); }
    QPushButton *importButton() const { return m_import; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const;
    // Whether an import (not a dry run) was started: the journal may have
    // new entries even if it was stopped or the dialog closed.
    bool hasImported() const { return m_hasImported; }

    void reject() override; // stops a running import first

signals:
    // Entries were written: the window should read the journal again.
    void imported(const blog::ImportReport &report);
    // A dry run or the import finished (for tests and for the status bar).
    void done();

private:
    void chooseFolder();
    void chooseFile();
    void startDryRun();
    void startImport();
    void startJob(bool dryRun);
    void onRowDone(int done, int total, const blog::ImportRow &row);
    void onFinished(const blog::ImportReport &report, const QString &error);
    void setRunning(bool running);
    QString summary(const blog::ImportReport &report) const;

    QString m_journalPath;
    QLineEdit *m_path = nullptr;
    QPushButton *m_folder = nullptr;
    QPushButton *m_file = nullptr;
    QLabel *m_kind = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_stop = nullptr;
    std::unique_ptr<ImportPlanModel> m_model;
    std::unique_ptr<ImportJob> m_job;
    QString m_planned; // the path the table shows the plan of
    bool m_hasImported = false;
};

} // namespace waypoint
