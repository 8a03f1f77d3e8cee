#pragma once

#include "core/Reading.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace waypoint {

class ReadingStore;

// One item of the reading list: its fields (saved as they are edited), a
// chart of its progress over time, progress logged by hand, the entries that
// mention it, and notes.
class ReadingItemPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingItemPane(ReadingStore &store, QWidget *parent = nullptr);

    // Shows an item (0: none). Notes being typed for the previous one are saved first.
    void showItem(qint64 itemId);
    qint64 itemId() const { return m_item.id; }
    // Reads the shown item again (after the store changed).
    void refresh();
    // Saves what is being typed in the notes now.
    void saveNotes();

    QLineSeries *progressSeries() const { return m_series; }

signals:
    void entryActivated(const QString &uuid);
    void writeFailed(const QString &message);

private:
    void buildForm(QWidget *form);
    void fill();
    void fillChart(const QList<reading::Event> &events);
    void saveFields();
    void logProgress();
    void removeItem();

    ReadingStore &m_store;
    reading::Item m_item;
    bool m_filling = false;

    QLabel *m_heading = nullptr;
    QWidget *m_body = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_unit = nullptr;
    QDoubleSpinBox *m_total = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_rating = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_logValue = nullptr;
    QDateEdit *m_logDate = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_noChart = nullptr;
    QLineSeries *m_series = nullptr;
    QListWidget *m_mentions = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTimer *m_notesTimer = nullptr;
};

} // namespace waypoint
