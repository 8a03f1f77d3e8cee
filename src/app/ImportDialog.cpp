#include "ImportDialog.h"

#include "models/ImportJob.h"
#include "models/ImportPlanModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace waypoint {

namespace {

QString kindText(const blog::Site &site)
{
    switch (site.kind) {
    case blog::SiteKind::Hugo:
        return ImportDialog::tr("A Hugo site");
    case blog::SiteKind::Jekyll:
        return ImportDialog::tr("A Jekyll site");
    case blog::SiteKind::Hexo:
        return ImportDialog::tr("A Hexo site");
    case blog::SiteKind::Folder:
        return ImportDialog::tr("A folder of Markdown files");
    case blog::SiteKind::File:
        return ImportDialog::tr("One Markdown file");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_journalPath(journalPath)
    , m_model(std::make_unique<ImportPlanModel>())
{
    setWindowTitle(tr("Import a Blog"));
    auto *layout = new QVBoxLayout(this);

    auto *source = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(
        tr("A Hugo, Jekyll or Hexo site, a folder of Markdown files, or one file"));
    m_path->setAccessibleName(tr("Folder or file to import"));
    m_folder = new QPushButton(tr("&Folder…"), this);
    m_file = new QPushButton(tr("F&ile…"), this);
    source->addWidget(m_path, 1);
    source->addWidget(m_folder);
    source->addWidget(m_file);
    layout->addLayout(source);

    m_kind = new QLabel(tr("Choose the folder of your blog: its posts, drafts and images come in "
                           "as entries; importing it again later brings in only what changed."),
                        this);
    m_kind->setWordWrap(true);
    layout->addWidget(m_kind);

    m_table = new QTableView(this);
    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(
        ImportPlanModel::ActionColumn,
        metrics.horizontalAdvance(m_model->actionText(blog::ImportRow::Action::Unchanged, true))
            + 24);
    header->resizeSection(ImportPlanModel::DateColumn,
                          metrics.horizontalAdvance(QStringLiteral("2000-00-00")) + 16);
    header->resizeSection(
        ImportPlanModel::ImagesColumn,
        metrics.horizontalAdvance(
            m_model->headerData(ImportPlanModel::ImagesColumn, Qt::Horizontal).toString())
            + 16);
    header->resizeSection(ImportPlanModel::TitleColumn, 200);
    header->resizeSection(ImportPlanModel::TagsColumn, 110);
    header->resizeSection(ImportPlanModel::PathColumn, 200);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // paths keep their file name
    m_table->setAccessibleName(tr("Posts"));
    layout->addWidget(m_table, 1);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->hide();
    layout->addWidget(m_buttons);

    connect(m_folder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_file, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, &ImportDialog::startDryRun);
    // Import imports what the table shows, never a path typed since.
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_import->setEnabled(false);
        m_summary->setText(tr("Press Enter to look at this folder."));
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_stop->setEnabled(false);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(1040, 600);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::setSourcePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    startDryRun();
}

void ImportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Blog Folder"), m_path->text());
    if (!folder.isEmpty())
        setSourcePath(folder);
}

void ImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Markdown File"), m_path->text(), tr("Markdown (*.md *.markdown *.mdown *.mkd)"));
    if (!file.isEmpty())
        setSourcePath(file);
}

void ImportDialog::startDryRun()
{
    if (isBusy() || m_path->text().trimmed().isEmpty())
        return;
    m_planned = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_model->setRows({});
    m_model->setPlanned(true);
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading the posts…"));
    startJob(true);
}

void ImportDialog::startImport()
{
    if (isBusy() || m_planned.isEmpty())
        return;
    m_model->setPlanned(false);
    m_summary->setText(tr("Importing…"));
    m_hasImported = true;
    startJob(false);
}

void ImportDialog::startJob(bool dryRun)
{
    // The last job may still be on the stack (a slot of its finished()):
    // it goes when control is back in the event loop.
    if (m_job)
        m_job.release()->deleteLater();
    m_job = std::make_unique<ImportJob>(m_journalPath, m_planned, dryRun);
    connect(m_job.get(), &ImportJob::rowDone, this, &ImportDialog::onRowDone);
    connect(m_job.get(), &ImportJob::finished, this, &ImportDialog::onFinished);
    setRunning(true);
    m_job->start();
}

void ImportDialog::onRowDone(int done, int total, const blog::ImportRow &row)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_model->updateRow(row);
    if (!m_job->isDryRun()) {
        const int index =
            int(std::find_if(m_model->rows().begin(), m_model->rows().end(),
                             [&](const blog::ImportRow &r) { return r.path == row.path; })
                - m_model->rows().begin());
        m_table->scrollTo(m_model->index(index, 0));
    }
}

void ImportDialog::onFinished(const blog::ImportReport &report, const QString &error)
{
    const bool dryRun = m_job->isDryRun();
    setRunning(false);
    if (!error.isEmpty()) {
        m_kind->setText(error);
        m_summary->clear();
        emit done();
        return;
    }
    m_kind->setText(report.site.detectedFrom.isEmpty()
                        ? tr("%1 · posts found: %2").arg(kindText(report.site)).arg(report.found())
                        : tr("%1, recognised by %2 · posts found: %3")
                              .arg(kindText(report.site), report.site.detectedFrom)
                              .arg(report.found()));
    m_summary->setText(summary(report));
    if (dryRun) {
        m_import->setEnabled(report.imported + report.updated > 0);
        m_import->setDefault(true);
    } else {
        m_import->setEnabled(false);
        if (report.imported + report.updated > 0)
            emit imported(report);
    }
    emit done();
}

void ImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first post is done
        m_import->setEnabled(false);
    }
    m_stop->setVisible(running && !m_job->isDryRun());
    m_stop->setEnabled(true);
    m_path->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_file->setEnabled(!running);
}

QString ImportDialog::summary(const blog::ImportReport &report) const
{
    int skipped = 0, failed = 0, missing = 0;
    for (const blog::ImportRow &row : report.rows) {
        skipped += row.action == blog::ImportRow::Action::Skip;
        failed += row.action == blog::ImportRow::Action::Fail;
        missing += int(row.missingImages.size());
    }
    QString text = report.dryRun ? tr("To import: %1 · to update: %2 · unchanged: %3 · skipped: %4 "
                                      "· failing: %5 · new images: %6")
                                 : tr("Imported: %1 · updated: %2 · unchanged: %3 · skipped: %4 · "
                                      "failed: %5 · new images: %6");
    text = text.arg(report.imported)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(skipped)
               .arg(failed)
               .arg(report.attachments);
    if (missing > 0)
        text += QLatin1Char('\n')
                + tr("Image links to files that are not there: %1 (see Notes).").arg(missing);
    if (report.cancelled)
        text += QLatin1Char('\n')
                + tr("Stopped: %1 of %2 posts were done; importing again goes on from there.")
                      .arg(report.rows.size())
                      .arg(report.found());
    return text;
}

void ImportDialog::reject()
{
    if (isBusy()) {
        m_job->cancel();
        m_job.reset(); // waits for the post being written
    }
    QDialog::reject();
}

} // namespace waypoint
