#pragma once

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabBar;
class QTableView;

namespace waypoint {

class JournalSession;
class ReadingItemPane;
class ReadingListModel;
class ReadingShelfModel;
class ReadingStore;
class SuggestionListModel;

// View → Reading List: the shelves (every item, or one status), the chosen
// item's pane, this year's figures and goal, and what the journal's entries
// say about reading, waiting to be applied or ignored.
class ReadingWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReadingWindow(JournalSession &journal, QWidget *parent = nullptr);
    ~ReadingWindow() override;

    ReadingListModel *listModel() const { return m_list; }
    ReadingShelfModel *shelfModel() const { return m_shelf; }
    SuggestionListModel *suggestionModel() const { return m_suggestions; }
    ReadingItemPane *itemPane() const { return m_pane; }
    QTableView *listView() const { return m_view; }
    QTableView *suggestionView() const { return m_suggestionView; }
    QComboBox *yearBox() const { return m_yearBox; }
    QLabel *yearLabel() const { return m_yearLabel; }

    // Selects an item's row (showing every shelf if needed).
    void selectItem(qint64 itemId);

public slots:
    void addItem();
    void applySelected();
    void ignoreSelected();
    void alwaysApplySelected();
    void applyAll();
    void rescan();
    void importCsv();
    void exportCsv();

signals:
    void entryActivated(const QString &uuid);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createListSide();
    QWidget *createSuggestionPanel();
    void updateShelfTabs();
    void updateYear();
    void updateSuggestionButtons();
    void showCurrentItem();
    void showError(const QString &message);
    QList<qint64> selectedSuggestions() const;

    ReadingStore &m_store;
    ReadingListModel *m_list = nullptr;
    ReadingShelfModel *m_shelf = nullptr;
    SuggestionListModel *m_suggestions = nullptr;

    QTableView *m_view = nullptr;
    QTabBar *m_shelves = nullptr;
    QLineEdit *m_filter = nullptr;
    ReadingItemPane *m_pane = nullptr;
    QComboBox *m_yearBox = nullptr;
    QLabel *m_yearLabel = nullptr;
    QProgressBar *m_yearGoal = nullptr;
    QSpinBox *m_goalBox = nullptr;
    QTableView *m_suggestionView = nullptr;
    QLabel *m_suggestionTitle = nullptr;
    QCheckBox *m_autoApply = nullptr;
    QList<QPushButton *> m_suggestionButtons;
};

} // namespace waypoint
