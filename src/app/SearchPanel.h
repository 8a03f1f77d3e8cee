#pragma once

#include <QStyledItemDelegate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace waypoint {

class SearchResultModel;

// The search field (Ctrl+K) with its results as one types: date, title and
// the snippet with the matches marked. Up and Down move through the
// results, Enter opens one, Escape leaves.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // The model of the open journal, or nullptr.
    void setModel(SearchResultModel *model);
    SearchResultModel *model() const { return m_model; }

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    QLabel *status() const { return m_status; }

    // Focuses the field with its text selected, ready for a new search.
    void focusField();
    // Searches now rather than after the typing pause.
    void searchNow();
    // Runs the same search again soon (entries changed), keeping the
    // chosen result chosen.
    void refreshSoon();

signals:
    void entryChosen(qint64 id);
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void showStatus();

    QLineEdit *m_field = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    void refresh();

    QTimer m_pause;
    QTimer m_refresh;
    SearchResultModel *m_model = nullptr;
};

// Draws a result: the date and title on one line, the snippet below.
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace waypoint
