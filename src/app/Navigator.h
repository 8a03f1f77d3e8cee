#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QListWidget;
class QTreeView;

namespace waypoint {

class EntryListModel;
class EntryStore;
class TagListModel;

// The left pane: a calendar that marks the days with entries, a tag filter,
// and the year → month → entry tree.
class Navigator : public QWidget
{
    Q_OBJECT

public:
    explicit Navigator(QWidget *parent = nullptr);

    void setModels(EntryStore *store, EntryListModel *entries, TagListModel *tags);
    void selectEntry(qint64 id);
    QTreeView *tree() const { return m_tree; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QComboBox *tagFilter() const { return m_tags; }
    QListWidget *onThisDay() const { return m_onThisDay; }

signals:
    void entryActivated(qint64 id);
    void dayActivated(QDate date);

private:
    void markDays();
    void onCurrentChanged(const QModelIndex &current);
    void onTagChosen(int row);
    void expandNewest(); // the newest year and month start open
    void showOnThisDay();

    QCalendarWidget *m_calendar = nullptr;
    QComboBox *m_tags = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_onThisDayLabel = nullptr;
    QListWidget *m_onThisDay = nullptr;
    EntryStore *m_store = nullptr;
    EntryListModel *m_entries = nullptr;
    TagListModel *m_tagModel = nullptr;
    bool m_selecting = false;
    QSet<QDate> m_markedDays; // what the calendar shows in bold now
    QDate m_markedFrom;
};

} // namespace waypoint
