#include "SettingsDialog.h"

#include "core/Settings.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>

namespace waypoint {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Language names are written in their own language, as users look for them.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(Settings::language())));
    m_ui->journalEdit->setText(Settings::defaultJournal());
    m_ui->remoteImagesBox->setChecked(Settings::remoteImages());
    m_ui->journalEdit->setPlaceholderText(tr("The standard place"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Default journal"), m_ui->journalEdit->text(),
            tr("Waypoint journals (*.waypoint)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->journalEdit->setText(path);
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    Settings::setLanguage(m_ui->languageCombo->currentData().toString());
    Settings::setDefaultJournal(m_ui->journalEdit->text().trimmed());
    Settings::setRemoteImages(m_ui->remoteImagesBox->isChecked());
    QDialog::accept();
}

} // namespace waypoint
