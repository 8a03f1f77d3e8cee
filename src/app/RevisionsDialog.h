#pragma once

#include "core/Entry.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RevisionsDialog;
}

namespace waypoint {

// Lists an entry's earlier texts, newest first, and lets the user pick one
// to put back.
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(const QList<Revision> &revisions, QWidget *parent = nullptr);
    ~RevisionsDialog() override;

    // The text chosen with Restore; empty when the dialog was closed.
    QString restoredBody() const { return m_restored; }

private:
    std::unique_ptr<Ui::RevisionsDialog> m_ui;
    QList<Revision> m_revisions;
    QString m_restored;
};

} // namespace waypoint
