#include "SettingsDialog.h"

#include "core/Settings.h"
#include "ui_settingsdialog.h"

#include "models/Templates.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    addTemplates();
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Default journal"), m_ui->journalEdit->text(),
            tr("Waypoint journals (*.waypoint)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->journalEdit->setText(path);
    });
}

SettingsDialog::~SettingsDialog() = default;

// Templates: one text at a time, edited in place; Reset gives back the built-in one.
void SettingsDialog::addTemplates()
{
    auto *box = new QGroupBox(tr("Templates"), this);
    auto *layout = new QVBoxLayout(box);
    m_templateChoice = new QComboBox(box);
    m_templateChoice->setObjectName(QStringLiteral("templateChoice"));
    for (Templates::Kind kind : Templates::all()) {
        m_templateChoice->addItem(Templates::name(kind), int(kind));
        m_templates.insert(int(kind), Templates::text(kind));
    }
    m_templateEdit = new QPlainTextEdit(box);
    m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
    m_templateEdit->setMinimumHeight(180);
    auto *reset = new QPushButton(tr("Reset to the Built-in Text"), box);
    reset->setObjectName(QStringLiteral("templateReset"));
    auto *hint = new QLabel(tr("{date}, {year} and {week} are filled in when an entry is made "
                               "from it. Today uses the daily log."),
                            box);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_templateChoice, 1);
    row->addWidget(reset);
    layout->addLayout(row);
    layout->addWidget(m_templateEdit, 1);
    layout->addWidget(hint);
    m_ui->layout->insertWidget(1, box, 1);

    const auto show = [this] {
        m_showing = true;
        m_templateEdit->setPlainText(m_templates.value(m_templateChoice->currentData().toInt()));
        m_showing = false;
    };
    connect(m_templateChoice, &QComboBox::currentIndexChanged, this, show);
    connect(m_templateEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_templates.insert(m_templateChoice->currentData().toInt(),
                               m_templateEdit->toPlainText());
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_templateEdit->setPlainText(
            Templates::builtIn(Templates::Kind(m_templateChoice->currentData().toInt())));
    });
    show();
}

void SettingsDialog::accept()
{
    Settings::setLanguage(m_ui->languageCombo->currentData().toString());
    Settings::setDefaultJournal(m_ui->journalEdit->text().trimmed());
    Settings::setRemoteImages(m_ui->remoteImagesBox->isChecked());
    for (Templates::Kind kind : Templates::all()) {
        const QString text = m_templates.value(int(kind));
        // The built-in text is not stored: a later version's may differ.
        Settings::setTemplateText(Templates::key(kind),
                                  text == Templates::builtIn(kind) ? QString() : text);
    }
    QDialog::accept();
}

} // namespace waypoint
