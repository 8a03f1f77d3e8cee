#include "ExportBlogDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>

namespace waypoint {

ExportBlogDialog::ExportBlogDialog(Journal &journal, const QStringList &tags, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    setWindowTitle(tr("Export as Blog"));
    auto *form = new QFormLayout(this);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Hugo site (page bundles; a new site builds with hugo)"),
                      int(blog::ExportFormat::Hugo));
    m_format->addItem(tr("Jekyll site (_posts and assets)"), int(blog::ExportFormat::Jekyll));
    m_format->addItem(tr("Markdown files with front matter"), int(blog::ExportFormat::Markdown));
    form->addRow(tr("&Format:"), m_format);

    m_tag = new QComboBox(this);
    m_tag->addItem(tr("All entries"), QString());
    for (const QString &tag : tags)
        m_tag->addItem(QLatin1Char('#') + tag, tag);
    form->addRow(tr("&Entries:"), m_tag);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("An empty folder, or an existing site to add posts to"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("F&older:"), folderRow);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    form->addRow(buttons);

    setMinimumWidth(640);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportBlogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportBlogDialog::reject);
}

void ExportBlogDialog::accept()
{
    if (m_folder->text().trimmed().isEmpty()) {
        m_error->setText(tr("Choose a folder to export to."));
        m_error->show();
        return;
    }
    blog::Exporter::Options options;
    options.format = blog::ExportFormat(m_format->currentData().toInt());
    options.output = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.filter.tag = m_tag->currentData().toString();
    QProgressDialog progress(tr("Exporting…"), tr("Stop"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // lets the window repaint, and Stop be pressed
        return !progress.wasCanceled();
    };
    m_report = {};
    QString error;
    if (!blog::Exporter(m_journal).run(options, &m_report, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace waypoint
