#pragma once

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace Ui {
class SettingsDialog;
}

namespace waypoint {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    QComboBox *templateChoice() const { return m_templateChoice; }
    QPlainTextEdit *templateEdit() const { return m_templateEdit; }

private:
    void addTemplates();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QComboBox *m_templateChoice = nullptr;
    QPlainTextEdit *m_templateEdit = nullptr;
    QHash<int, QString> m_templates; // as edited, kept until OK
    bool m_showing = false;
};

} // namespace waypoint
