#pragma once

#include "blog/Exporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace waypoint {

class Journal;

// File → Export as Blog…: the journal (or the entries of one tag) written as
// Markdown posts, a Hugo site or a Jekyll site, into a folder.
class ExportBlogDialog : public QDialog
{
    Q_OBJECT

public:
    ExportBlogDialog(Journal &journal, const QStringList &tags, QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *tagBox() const { return m_tag; }
    QLineEdit *folderEdit() const { return m_folder; }
    const blog::ExportReport &report() const { return m_report; }

    void accept() override; // exports; stays open with the error if it fails

private:
    Journal &m_journal;
    QComboBox *m_format = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_error = nullptr;
    blog::ExportReport m_report;
};

} // namespace waypoint
