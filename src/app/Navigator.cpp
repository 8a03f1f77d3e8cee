#include "Navigator.h"

#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "models/EntryListModel.h"
#include "models/TagListModel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextCharFormat>
#include <QTreeView>
#include <QVBoxLayout>

namespace waypoint {

Navigator::Navigator(QWidget *parent)
    : QWidget(parent)
{
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Calendar"));

    m_tags = new QComboBox(this);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setAccessibleName(tr("Tag filter"));
    m_tags->setToolTip(tr("Show only the entries with this tag"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("entryTree"));
    m_tree->setAccessibleName(tr("Entries"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    layout->addWidget(m_tags);
    layout->addWidget(m_tree, 1);
    m_onThisDayLabel = new QLabel(this);
    m_onThisDay = new QListWidget(this);
    m_onThisDay->setObjectName(QStringLiteral("onThisDay"));
    m_onThisDay->setAccessibleName(tr("On this day"));
    m_onThisDay->setMaximumHeight(110);
    layout->addWidget(m_onThisDayLabel);
    layout->addWidget(m_onThisDay);
    connect(m_onThisDay, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &Navigator::showOnThisDay);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &Navigator::markDays);
    connect(m_calendar, &QCalendarWidget::clicked, this, &Navigator::dayActivated);
    connect(m_calendar, &QCalendarWidget::activated, this, &Navigator::dayActivated);
    connect(m_tags, &QComboBox::activated, this, &Navigator::onTagChosen);
}

void Navigator::setModels(EntryStore *store, EntryListModel *entries, TagListModel *tags)
{
    m_store = store;
    m_entries = entries;
    m_tagModel = tags;
    m_tree->setModel(entries);
    m_markedDays.clear();
    m_markedFrom = QDate();
    if (!store || !entries || !tags) {
        m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
        showOnThisDay();
        return; // the journal was closed
    }
    m_tags->setModel(tags);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Navigator::onCurrentChanged);
    connect(tags, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_tagModel->rowOf(m_entries->tagFilter());
        m_tags->setCurrentIndex(qMax(0, row));
    });
    connect(&store->journal().changes(), &JournalChanges::changed, this,
            [this](const ChangeSet &changes) {
                if (!changes.touchesEntries())
                    return;
                markDays();
                if (changes.everything)
                    expandNewest();
                if (changes.everything || !changes.created.isEmpty() || !changes.removed.isEmpty())
                    showOnThisDay();
            });
    expandNewest();
    markDays();
    showOnThisDay();
}

// The calendar's day in earlier years: 历史上的今天.
void Navigator::showOnThisDay()
{
    m_onThisDay->clear();
    QList<EntrySummary> earlier;
    const QDate day = m_calendar->selectedDate();
    if (m_store) {
        try {
            earlier = m_store->onThisDay(day);
        } catch (const DatabaseError &) {
        }
    }
    for (const EntrySummary &entry : std::as_const(earlier)) {
        auto *item =
            new QListWidgetItem(tr("%1 · %2")
                                    .arg(entry.date.year())
                                    .arg(entry.title.isEmpty() ? tr("(untitled)") : entry.title),
                                m_onThisDay);
        item->setData(Qt::UserRole, entry.id);
    }
    m_onThisDayLabel->setText(
        tr("On this day (%1), earlier years:").arg(QLocale().toString(day, tr("M/d"))));
    m_onThisDayLabel->setVisible(!earlier.isEmpty());
    m_onThisDay->setVisible(!earlier.isEmpty());
}

void Navigator::selectEntry(qint64 id)
{
    if (!m_entries)
        return;
    const QModelIndex index = m_entries->indexOfEntry(id);
    if (!index.isValid())
        return;
    m_selecting = true;
    m_tree->expand(index.parent().parent());
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_selecting = false;
    const QDate date = m_entries->data(index, EntryListModel::DateRole).toDate();
    if (m_calendar->selectedDate() != date)
        m_calendar->setSelectedDate(date);
}

void Navigator::markDays()
{
    if (!m_store)
        return;
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    // The grid shows a few days of the neighbouring months too.
    const QDate from = first.addDays(-7);
    const QDate to = first.addMonths(1).addDays(14);
    QSet<QDate> days;
    try {
        days = m_store->datesWithEntries(from, to);
    } catch (const DatabaseError &error) {
        qWarning("Cannot mark the calendar: %s", qPrintable(error.message()));
        return;
    }
    // Every save of an entry comes here. Changing the calendar's formats
    // makes the whole window lay itself out again (the calendar's size hint
    // is costly), so it is touched only when the marked days differ.
    if (days == m_markedDays && from == m_markedFrom)
        return;
    m_markedDays = days;
    m_markedFrom = from;
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().color(QPalette::Link));
    for (const QDate &day : std::as_const(days))
        m_calendar->setDateTextFormat(day, marked);
}

void Navigator::onCurrentChanged(const QModelIndex &current)
{
    const qint64 id = m_entries ? m_entries->entryId(current) : 0;
    if (id != 0 && !m_selecting)
        emit entryActivated(id);
}

void Navigator::onTagChosen(int row)
{
    if (!m_entries || !m_tagModel)
        return;
    const QString tag = m_tagModel->index(row).data(TagListModel::TagNameRole).toString();
    m_entries->setTagFilter(tag);
    expandNewest();
}

void Navigator::expandNewest()
{
    if (m_entries->rowCount() == 0)
        return;
    const QModelIndex year = m_entries->index(0, 0);
    m_tree->expand(year);
    if (m_entries->rowCount(year) > 0)
        m_tree->expand(m_entries->index(0, 0, year));
}

} // namespace waypoint
