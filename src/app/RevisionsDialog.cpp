#include "RevisionsDialog.h"

#include "ui_revisionsdialog.h"

#include <QLocale>
#include <QPushButton>

namespace waypoint {

RevisionsDialog::RevisionsDialog(const QList<Revision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevisionsDialog>())
    , m_revisions(revisions)
{
    m_ui->setupUi(this);
    const QLocale locale;
    for (const Revision &revision : m_revisions) {
        const QString title = revision.title.isEmpty() ? tr("Untitled") : revision.title;
        m_ui->revisionList->addItem(
            tr("%1 — %2").arg(locale.toString(revision.saved.toLocalTime(), QLocale::ShortFormat), title));
    }
    QPushButton *restore = m_ui->buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    connect(m_ui->revisionList, &QListWidget::currentRowChanged, this, [this, restore](int row) {
        const bool valid = row >= 0 && row < m_revisions.size();
        restore->setEnabled(valid);
        m_ui->revisionText->setPlainText(valid ? m_revisions[row].body : QString());
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        m_restored = m_revisions.value(m_ui->revisionList->currentRow()).body;
        accept();
    });
    if (!m_revisions.isEmpty())
        m_ui->revisionList->setCurrentRow(0);
}

RevisionsDialog::~RevisionsDialog() = default;

} // namespace waypoint
