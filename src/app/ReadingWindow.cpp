#include "ReadingWindow.h"

#include "ReadingItemPane.h"
#include "sql/DatabaseError.h"
#include "core/GoodreadsCsv.h"
#include "core/Journal.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"
#include "models/JournalSession.h"
#include "models/ReadingListModel.h"
#include "models/SuggestionListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace waypoint {

using namespace reading;

namespace {

// The progress column as a bar with its text on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const double percent = index.data(ReadingListModel::PercentRole).toDouble();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(percent * 10);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

const QList<std::optional<Status>> shelfOrder = {std::nullopt, Status::Reading, Status::WantToRead,
                                                 Status::Finished, Status::Abandoned};

} // namespace

ReadingWindow::ReadingWindow(JournalSession &journal, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(journal.reading())
{
    ReadingStore &store = m_store;
    setObjectName(QStringLiteral("readingWindow"));
    setWindowTitle(tr("Reading List — Waypoint"));
    resize(1100, 720);

    m_list = new ReadingListModel(store, this);
    m_shelf = new ReadingShelfModel(this);
    m_shelf->setSourceModel(m_list);
    m_suggestions = new SuggestionListModel(store, this);

    m_pane = new ReadingItemPane(store, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createListSide());
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *dock = new QDockWidget(tr("Found in the Journal"), this);
    dock->setObjectName(QStringLiteral("suggestionsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(createSuggestionPanel());
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {260}, Qt::Vertical);

    createActions();

    connect(m_pane, &ReadingItemPane::entryActivated, this, &ReadingWindow::entryActivated);
    connect(m_pane, &ReadingItemPane::writeFailed, this, &ReadingWindow::showError);
    connect(m_list, &ReadingListModel::writeFailed, this, &ReadingWindow::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReadingWindow::showCurrentItem);
    const auto listChanged = [this] {
        updateShelfTabs();
        updateYear();
        m_pane->refresh();
    };
    connect(m_list, &QAbstractItemModel::modelReset, this, listChanged);
    connect(m_list, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_list, &QAbstractItemModel::dataChanged, this, listChanged);
    connect(m_suggestions, &QAbstractItemModel::modelReset, this,
            &ReadingWindow::updateSuggestionButtons);
    connect(&m_store.journal().changes(), &JournalChanges::changed, this,
            [this](const ChangeSet &changes) {
                if (changes.reading)
                    m_autoApply->setChecked(m_store.autoApply());
            });
    updateShelfTabs();
    updateYear();
    updateSuggestionButtons();
    if (m_shelf->rowCount() > 0)
        m_view->setCurrentIndex(m_shelf->index(0, ReadingListModel::Title));
}

ReadingWindow::~ReadingWindow()
{
    m_pane->saveNotes();
}

void ReadingWindow::closeEvent(QCloseEvent *event)
{
    m_pane->saveNotes();
    event->accept();
}

void ReadingWindow::createActions()
{
    QMenu *list = menuBar()->addMenu(tr("&List"));
    const auto add = [this](QMenu *menu, const char *name, const QString &text,
                            const QKeySequence &key, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(list, "actionAddItem", tr("&Add Item…"), QKeySequence::New, &ReadingWindow::addItem);
    add(list, "actionFilter", tr("&Filter"), QKeySequence::Find,
        [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    list->addSeparator();
    add(list, "actionImportCsv", tr("&Import Goodreads CSV…"), QKeySequence(),
        &ReadingWindow::importCsv);
    add(list, "actionExportCsv", tr("&Export as CSV…"), QKeySequence(), &ReadingWindow::exportCsv);
    list->addSeparator();
    add(list, "actionRescan", tr("&Scan the Journal Again"), QKeySequence(),
        &ReadingWindow::rescan);
    list->addSeparator();
    add(list, "actionCloseReading", tr("&Close"), QKeySequence::Close, &QWidget::close);

    QMenu *found = menuBar()->addMenu(tr("&Suggestions"));
    add(found, "actionApplySuggestion", tr("&Apply"), QKeySequence(tr("Ctrl+Return")),
        &ReadingWindow::applySelected);
    add(found, "actionAlwaysApply", tr("Apply &Always for This Title"), QKeySequence(),
        &ReadingWindow::alwaysApplySelected);
    add(found, "actionIgnoreSuggestion", tr("&Ignore"), QKeySequence(tr("Ctrl+Backspace")),
        &ReadingWindow::ignoreSelected);
    add(found, "actionApplyAll", tr("Apply A&ll"), QKeySequence(tr("Ctrl+Shift+Return")),
        &ReadingWindow::applyAll);
}

QWidget *ReadingWindow::createListSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);

    auto *year = new QHBoxLayout;
    m_yearBox = new QComboBox(side);
    m_yearBox->setAccessibleName(tr("Year"));
    year->addWidget(m_yearBox);
    connect(m_yearBox, &QComboBox::activated, this, &ReadingWindow::updateYear);
    m_yearLabel = new QLabel(side);
    m_yearGoal = new QProgressBar(side);
    m_yearGoal->setMaximumWidth(160);
    m_yearGoal->setFormat(QStringLiteral("%v / %m"));
    m_goalBox = new QSpinBox(side);
    m_goalBox->setObjectName(QStringLiteral("goalBox"));
    m_goalBox->setRange(0, 999);
    m_goalBox->setSpecialValueText(tr("No goal"));
    m_goalBox->setPrefix(tr("Goal: "));
    m_goalBox->setSuffix(tr(" books"));
    m_goalBox->setAccessibleName(tr("Books to finish that year"));
    year->addWidget(m_yearLabel, 1);
    year->addWidget(m_yearGoal);
    year->addWidget(m_goalBox);
    layout->addLayout(year);
    connect(m_goalBox, &QSpinBox::editingFinished, this, [this] {
        try {
            const int shown = m_yearBox->currentData().toInt();
            if (shown > 0 && m_goalBox->value() != m_store.year(shown).goal)
                m_store.setYearGoal(shown, m_goalBox->value());
        } catch (const DatabaseError &error) {
            showError(error.message());
        }
    });

    m_shelves = new QTabBar(side);
    m_shelves->setExpanding(false);
    m_shelves->setDrawBase(false);
    for (qsizetype i = 0; i < shelfOrder.size(); ++i)
        m_shelves->addTab(QString());
    layout->addWidget(m_shelves);
    connect(m_shelves, &QTabBar::currentChanged, this,
            [this](int tab) { m_shelf->setShelf(shelfOrder.value(tab)); });

    m_filter = new QLineEdit(side);
    m_filter->setPlaceholderText(tr("Filter by title or author"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_shelf, &ReadingShelfModel::setWords);

    m_view = new QTableView(side);
    m_view->setObjectName(QStringLiteral("readingList"));
    m_view->setModel(m_shelf);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the order added, until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(ReadingListModel::Progress, new ProgressDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReadingListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ReadingListModel::Progress,
                                                     QHeaderView::Fixed);
    m_view->setColumnWidth(ReadingListModel::Progress, 180);
    for (int column :
         {ReadingListModel::Kind, ReadingListModel::Started, ReadingListModel::LastRead})
        m_view->setColumnHidden(column, true);
    layout->addWidget(m_view, 1);
    return side;
}

QWidget *ReadingWindow::createSuggestionPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_suggestionTitle = new QLabel(panel);
    m_suggestionTitle->setWordWrap(true);
    layout->addWidget(m_suggestionTitle);

    m_suggestionView = new QTableView(panel);
    m_suggestionView->setObjectName(QStringLiteral("suggestionList"));
    m_suggestionView->setModel(m_suggestions);
    m_suggestionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_suggestionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestionView->verticalHeader()->hide();
    m_suggestionView->horizontalHeader()->setSectionResizeMode(SuggestionListModel::Line,
                                                               QHeaderView::Stretch);
    m_suggestionView->setColumnWidth(SuggestionListModel::Target, 360);
    m_suggestionView->setMinimumHeight(120);
    layout->addWidget(m_suggestionView, 1);
    connect(m_suggestionView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit entryActivated(index.data(SuggestionListModel::EntryUuidRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *push = new QPushButton(text, panel);
        push->setToolTip(tip);
        connect(push, &QPushButton::clicked, this, slot);
        buttons->addWidget(push);
        m_suggestionButtons.append(push);
        return push;
    };
    button(tr("Apply"), tr("Record the chosen lines as progress (Ctrl+Return)."),
           &ReadingWindow::applySelected);
    button(tr("Always Apply"),
           tr("Record them, and from now on every line about the same title without asking."),
           &ReadingWindow::alwaysApplySelected);
    button(tr("Ignore"), tr("Not reading progress: never suggest these lines again."),
           &ReadingWindow::ignoreSelected);
    button(tr("Apply All"), tr("Record every line waiting here."), &ReadingWindow::applyAll);
    buttons->addStretch(1);
    m_autoApply = new QCheckBox(tr("Apply new ones automatically"), panel);
    m_autoApply->setChecked(m_store.autoApply());
    m_autoApply->setToolTip(tr("Progress written in entries is recorded as you save them, "
                               "without asking."));
    buttons->addWidget(m_autoApply);
    connect(m_autoApply, &QCheckBox::toggled, this, [this](bool on) {
        if (on == m_store.autoApply())
            return;
        try {
            m_store.setAutoApply(on);
        } catch (const DatabaseError &error) {
            showError(error.message());
        }
    });
    layout->addLayout(buttons);
    return panel;
}

void ReadingWindow::updateShelfTabs()
{
    for (qsizetype i = 0; i < shelfOrder.size(); ++i) {
        const std::optional<Status> status = shelfOrder.at(i);
        const int count = status ? m_list->countWithStatus(*status) : m_list->rowCount();
        const QString name = status ? Names::status(*status) : tr("All");
        m_shelves->setTabText(int(i), QStringLiteral("%1 (%2)").arg(name).arg(count));
    }
}

void ReadingWindow::updateYear()
{
    // The years with reading in them, and this one, newest first.
    QList<int> years;
    YearSummary summary;
    try {
        years = m_store.years();
        const int thisYear = QDate::currentDate().year();
        if (!years.contains(thisYear))
            years.prepend(thisYear);
        std::sort(years.begin(), years.end(), std::greater<>());
        const int shown = m_yearBox->count() > 0 ? m_yearBox->currentData().toInt() : thisYear;
        m_yearBox->clear();
        for (int year : std::as_const(years))
            m_yearBox->addItem(QString::number(year), year);
        m_yearBox->setCurrentIndex(std::max(0, m_yearBox->findData(shown)));
        summary = m_store.year(m_yearBox->currentData().toInt());
    } catch (const DatabaseError &error) {
        showError(error.message());
        return;
    }
    QString text = tr("%n book(s) finished", nullptr, summary.booksFinished);
    if (summary.othersFinished > 0)
        text += tr(", %n other item(s)", nullptr, summary.othersFinished);
    text += tr(", %n page(s) read", nullptr, qRound(summary.pagesRead));
    m_yearLabel->setText(text);
    m_yearGoal->setVisible(summary.goal > 0);
    m_yearGoal->setRange(0, std::max(1, summary.goal));
    m_yearGoal->setValue(std::min(summary.booksFinished, std::max(1, summary.goal)));
    if (!m_goalBox->hasFocus())
        m_goalBox->setValue(summary.goal);
}

void ReadingWindow::updateSuggestionButtons()
{
    const int waiting = m_suggestions->rowCount();
    m_suggestionTitle->setText(
        waiting > 0 ? tr("Your entries mention reading progress that is not on the list yet: %n "
                         "line(s) waiting. Apply what is right, ignore the rest.",
                         nullptr, waiting)
                    : tr("Nothing waiting. Progress you write in entries, such as "
                         "“《书名》- 进度 68/288” or “Title - 45%”, shows up here when you save."));
    for (QPushButton *button : std::as_const(m_suggestionButtons))
        button->setEnabled(waiting > 0);
    if (waiting > 0 && !m_suggestionView->currentIndex().isValid())
        m_suggestionView->selectRow(0);
}

void ReadingWindow::showCurrentItem()
{
    const QModelIndex current = m_view->currentIndex();
    m_pane->showItem(current.isValid() ? current.data(ReadingListModel::ItemIdRole).toLongLong()
                                       : 0);
}

void ReadingWindow::selectItem(qint64 itemId)
{
    const int row = m_list->rowOf(itemId);
    if (row < 0)
        return;
    QModelIndex index = m_shelf->mapFromSource(m_list->index(row, ReadingListModel::Title));
    if (!index.isValid()) {
        m_filter->clear();
        m_shelves->setCurrentIndex(0);
        index = m_shelf->mapFromSource(m_list->index(row, ReadingListModel::Title));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ReadingWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

QList<qint64> ReadingWindow::selectedSuggestions() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_suggestionView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(SuggestionListModel::SuggestionIdRole).toLongLong());
    if (ids.isEmpty() && m_suggestionView->currentIndex().isValid())
        ids.append(m_suggestionView->currentIndex()
                       .data(SuggestionListModel::SuggestionIdRole)
                       .toLongLong());
    return ids;
}

void ReadingWindow::addItem()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add to the Reading List"),
                                                tr("Title of the book, course, article or video:"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    try {
        Item item;
        item.title = title;
        selectItem(m_store.addItem(item).id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void ReadingWindow::applySelected()
{
    qint64 applied = 0;
    try {
        for (qint64 id : selectedSuggestions())
            applied = m_store.apply(id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
    if (applied)
        selectItem(applied);
}

void ReadingWindow::alwaysApplySelected()
{
    qint64 applied = 0;
    try {
        for (qint64 id : selectedSuggestions())
            applied = m_store.alwaysApply(id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
    if (applied)
        selectItem(applied);
}

void ReadingWindow::ignoreSelected()
{
    try {
        for (qint64 id : selectedSuggestions())
            m_store.ignore(id);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void ReadingWindow::applyAll()
{
    try {
        const int applied = m_store.applyAll();
        statusBar()->showMessage(tr("Applied %n line(s).", nullptr, applied), 6000);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void ReadingWindow::rescan()
{
    QProgressDialog progress(tr("Reading the journal for progress…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        m_store.rescan([&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
        statusBar()->showMessage(
            tr("The journal was read again: %n line(s) waiting.", nullptr, m_store.pendingCount()),
            6000);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

void ReadingWindow::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Goodreads CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    const std::optional<QList<ImportedItem>> items = parseGoodreads(file.readAll(), &error);
    if (!items) {
        showError(tr("%1: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    try {
        const ImportCounts counts = m_store.importItems(*items);
        statusBar()->showMessage(tr("%n item(s) added", nullptr, counts.added)
                                     + tr(", %n updated", nullptr, counts.updated)
                                     + tr(", %n unchanged", nullptr, counts.unchanged)
                                     + QLatin1Char('.'),
                                 10000);
    } catch (const DatabaseError &failure) {
        showError(failure.message());
    }
}

void ReadingWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Reading List"), tr("reading-list.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const QList<Item> items = m_store.items();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toGoodreads(items)) < 0
            || !file.commit()) {
            showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        statusBar()->showMessage(
            tr("Wrote %n item(s) to %1.", nullptr, int(items.size())).arg(path), 10000);
    } catch (const DatabaseError &error) {
        showError(error.message());
    }
}

} // namespace waypoint
