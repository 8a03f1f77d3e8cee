#pragma once

#include <QDialog>
#include <memory>

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

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace waypoint
