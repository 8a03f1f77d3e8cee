#include "ReadingItemPane.h"

#include "sql/DatabaseError.h"
#include "core/ReadingStore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace waypoint {

using namespace reading;

ReadingItemPane::ReadingItemPane(ReadingStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(tr("Choose an item of the list to see its progress."), this);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_body = new QWidget(this);
    layout->addWidget(m_body, 1);
    buildForm(m_body);
    m_body->setEnabled(false);

    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);
    connect(m_notesTimer, &QTimer::timeout, this, &ReadingItemPane::saveNotes);
    fill();
}

void ReadingItemPane::buildForm(QWidget *body)
{
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_title = new QLineEdit(body);
    m_author = new QLineEdit(body);
    m_kind = new QComboBox(body);
    for (Kind kind : {Kind::Book, Kind::Course, Kind::Article, Kind::Video})
        m_kind->addItem(Names::kind(kind), int(kind));
    m_unit = new QComboBox(body);
    for (Unit unit : {Unit::Page, Unit::Chapter, Unit::Percent, Unit::Lesson})
        m_unit->addItem(Names::unit(unit), int(unit));
    m_total = new QDoubleSpinBox(body);
    m_total->setRange(0, 1000000);
    m_total->setDecimals(0);
    m_total->setSpecialValueText(tr("Not known"));
    m_status = new QComboBox(body);
    m_status->addItem(tr("From progress"), -1);
    for (Status status : {Status::WantToRead, Status::Reading, Status::Finished, Status::Abandoned})
        m_status->addItem(Names::status(status), int(status));
    m_rating = new QSpinBox(body);
    m_rating->setRange(0, 5);
    m_rating->setSpecialValueText(tr("None"));
    m_rating->setSuffix(tr(" of 5"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    auto *kindAndUnit = new QHBoxLayout;
    kindAndUnit->addWidget(m_kind);
    kindAndUnit->addWidget(m_unit);
    kindAndUnit->addWidget(m_total, 1);
    form->addRow(tr("Kind and unit:"), kindAndUnit);
    auto *statusAndRating = new QHBoxLayout;
    statusAndRating->addWidget(m_status, 1);
    statusAndRating->addWidget(new QLabel(tr("Rating:"), body));
    statusAndRating->addWidget(m_rating);
    form->addRow(tr("Status:"), statusAndRating);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    form->addRow(m_summary);

    for (QLineEdit *edit : {m_title, m_author})
        connect(edit, &QLineEdit::editingFinished, this, &ReadingItemPane::saveFields);
    for (QComboBox *box : {m_kind, m_unit, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ReadingItemPane::saveFields);
    connect(m_total, &QDoubleSpinBox::editingFinished, this, &ReadingItemPane::saveFields);
    connect(m_rating, &QSpinBox::valueChanged, this, &ReadingItemPane::saveFields);

    auto *log = new QHBoxLayout;
    m_logValue = new QLineEdit(body);
    m_logValue->setPlaceholderText(tr("120, 45% or 7/13"));
    m_logValue->setAccessibleName(tr("Progress to log"));
    m_logDate = new QDateEdit(QDate::currentDate(), body);
    m_logDate->setCalendarPopup(true);
    m_logDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *logButton = new QPushButton(tr("&Log Progress"), body);
    log->addWidget(m_logValue, 1);
    log->addWidget(m_logDate);
    log->addWidget(logButton);
    form->addRow(tr("Progress:"), log);
    connect(logButton, &QPushButton::clicked, this, &ReadingItemPane::logProgress);
    connect(m_logValue, &QLineEdit::returnPressed, this, &ReadingItemPane::logProgress);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QLineSeries(chart);
    m_series->setObjectName(QStringLiteral("progressSeries"));
    m_series->setPointsVisible(true);
    chart->addSeries(m_series);
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTickCount(4);
    auto *amount = new QValueAxis(chart);
    amount->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(amount, Qt::AlignLeft);
    m_series->attachAxis(time);
    m_series->attachAxis(amount);
    m_chartView = new QChartView(chart, body);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_chartView->setAccessibleName(tr("Progress over time"));
    layout->addWidget(m_chartView, 2);
    m_noChart = new QLabel(tr("No progress recorded yet: write it in an entry "
                              "(“《书名》- 进度 68/288”) or log it above."),
                           body);
    m_noChart->setWordWrap(true);
    m_noChart->setAlignment(Qt::AlignCenter);
    m_noChart->setMinimumHeight(180);
    layout->addWidget(m_noChart, 2);

    layout->addWidget(new QLabel(tr("In the journal:"), body));
    m_mentions = new QListWidget(body);
    m_mentions->setAccessibleName(tr("Entries that mention it"));
    layout->addWidget(m_mentions, 1);
    connect(m_mentions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toString());
    });

    layout->addWidget(new QLabel(tr("Notes:"), body));
    m_notes = new QPlainTextEdit(body);
    m_notes->setPlaceholderText(tr("What it taught you, quotes, what to read next…"));
    layout->addWidget(m_notes, 1);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_notesTimer->start();
    });

    auto *remove = new QPushButton(tr("&Remove from the List…"), body);
    layout->addWidget(remove, 0, Qt::AlignRight);
    connect(remove, &QPushButton::clicked, this, &ReadingItemPane::removeItem);
}

void ReadingItemPane::showItem(qint64 itemId)
{
    if (itemId == m_item.id)
        return;
    saveNotes();
    m_item = {};
    if (itemId) {
        try {
            m_item = m_store.item(itemId).value_or(Item{});
        } catch (const DatabaseError &error) {
            emit writeFailed(error.message());
        }
    }
    fill();
}

void ReadingItemPane::refresh()
{
    if (!m_item.id)
        return;
    try {
        const std::optional<Item> fresh = m_store.item(m_item.id);
        const QString typedNotes = m_notesTimer->isActive() ? m_notes->toPlainText() : QString();
        m_item = fresh.value_or(Item{});
        fill();
        if (!typedNotes.isNull() && m_item.id) { // keep what is still being typed
            m_filling = true;
            m_notes->setPlainText(typedNotes);
            m_notes->moveCursor(QTextCursor::End);
            m_filling = false;
            m_notesTimer->start();
        }
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
    }
}

void ReadingItemPane::fill()
{
    m_filling = true;
    m_body->setEnabled(m_item.id != 0);
    m_heading->setText(m_item.id ? m_item.title
                                 : tr("Choose an item of the list to see its progress."));
    // A refresh (the store changed: an entry was saved) leaves alone what is being typed.
    for (const auto &[edit, text] : {std::pair{m_title, m_item.title}, {m_author, m_item.author}})
        if (!edit->hasFocus() || !edit->isModified())
            edit->setText(text);
    m_kind->setCurrentIndex(m_kind->findData(int(m_item.kind)));
    m_unit->setCurrentIndex(m_unit->findData(int(m_item.unit)));
    m_total->setValue(m_item.total);
    m_total->setEnabled(m_item.unit != Unit::Percent);
    m_status->setCurrentIndex(m_item.statusSet ? m_status->findData(int(*m_item.statusSet)) : 0);
    m_rating->setValue(m_item.rating);
    if (m_notes->toPlainText() != m_item.notes)
        m_notes->setPlainText(m_item.notes);

    QStringList facts{Names::status(m_item.status)};
    if (m_item.events > 0)
        facts << Names::ofItem(m_item);
    if (m_item.started.isValid())
        facts << tr("started %1").arg(QLocale().toString(m_item.started, QLocale::ShortFormat));
    if (m_item.finished.isValid())
        facts << tr("finished %1").arg(QLocale().toString(m_item.finished, QLocale::ShortFormat));
    m_summary->setText(m_item.id ? facts.join(QStringLiteral(" · ")) : QString());

    QList<Event> events;
    m_mentions->clear();
    if (m_item.id) {
        try {
            events = m_store.events(m_item.id);
            for (const Suggestion &mention : m_store.mentionsOf(m_item.id)) {
                auto *row =
                    new QListWidgetItem(QStringLiteral("%1 · %2").arg(
                                            QLocale().toString(mention.date, QLocale::ShortFormat),
                                            mention.mention.text),
                                        m_mentions);
                row->setData(Qt::UserRole, mention.entryUuid);
                row->setToolTip(mention.state == Suggestion::State::Pending
                                    ? tr("Waiting to be applied; double-click to open the entry.")
                                    : tr("Double-click to open the entry."));
            }
        } catch (const DatabaseError &error) {
            emit writeFailed(error.message());
        }
    }
    fillChart(events);
    m_filling = false;
}

void ReadingItemPane::fillChart(const QList<Event> &events)
{
    // Percent when the whole is known, so that books and courses read alike;
    // the unit's count otherwise.
    const bool percent = m_item.percent >= 0;
    QList<QPointF> points;
    QDate first;
    QDate last;
    double most = percent ? 100 : 1;
    for (const Event &event : events) {
        const double y = percent ? percentOf(event, m_item) : valueInItemUnit(event, m_item);
        if (y < 0)
            continue;
        points.append({double(event.date.startOfDay().toMSecsSinceEpoch()), y});
        first = first.isValid() ? std::min(first, event.date) : event.date;
        last = last.isValid() ? std::max(last, event.date) : event.date;
        most = std::max(most, y);
    }
    m_series->replace(points);
    m_chartView->setVisible(!points.isEmpty());
    m_noChart->setVisible(points.isEmpty());
    const auto axes = m_chartView->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
            const QDate from =
                first.isValid() ? first.addDays(-1) : QDate::currentDate().addDays(-7);
            const QDate to = last.isValid() ? last.addDays(1) : QDate::currentDate();
            time->setRange(from.startOfDay(), to.startOfDay());
            // No more ticks than days, so that no date is written twice.
            time->setTickCount(int(std::clamp<qint64>(from.daysTo(to) + 1, 2, 5)));
        } else if (auto *amount = qobject_cast<QValueAxis *>(axis)) {
            amount->setRange(0, percent ? 100 : std::ceil(most));
            amount->setTitleText(percent ? tr("%") : Names::unit(m_item.unit));
        }
    }
}

void ReadingItemPane::saveFields()
{
    if (m_filling || !m_item.id)
        return;
    Item edited = m_item;
    edited.title = m_title->text().trimmed();
    edited.author = m_author->text().trimmed();
    edited.kind = Kind(m_kind->currentData().toInt());
    edited.unit = Unit(m_unit->currentData().toInt());
    edited.total = edited.unit == Unit::Percent ? 100 : m_total->value();
    const int status = m_status->currentData().toInt();
    edited.statusSet = status < 0 ? std::nullopt : std::optional<Status>(Status(status));
    edited.rating = m_rating->value();
    if (edited.title.isEmpty()) {
        m_title->setText(m_item.title);
        return;
    }
    if (edited.title == m_item.title && edited.author == m_item.author && edited.kind == m_item.kind
        && edited.unit == m_item.unit && edited.total == m_item.total
        && edited.statusSet == m_item.statusSet && edited.rating == m_item.rating)
        return;
    m_title->setModified(false);
    m_author->setModified(false);
    try {
        m_store.updateItem(edited);
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
        fill();
    }
}

void ReadingItemPane::saveNotes()
{
    m_notesTimer->stop();
    if (!m_item.id || m_notes->toPlainText() == m_item.notes)
        return;
    Item edited = m_item;
    edited.notes = m_notes->toPlainText();
    try {
        m_store.updateItem(edited);
        m_item.notes = edited.notes;
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
    }
}

void ReadingItemPane::logProgress()
{
    if (!m_item.id)
        return;
    const std::optional<WrittenValue> value = parseWrittenValue(m_logValue->text());
    if (!value) {
        emit writeFailed(
            tr("“%1” is not progress: write 120, 45% or 7/13.").arg(m_logValue->text()));
        return;
    }
    try {
        m_store.logProgress(m_item.id, *value, m_logDate->date());
        m_logValue->clear();
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
    }
}

void ReadingItemPane::removeItem()
{
    if (!m_item.id)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove from the Reading List"),
        tr("Remove “%1” and its %n progress record(s)? The entries stay as they are, and "
           "their lines about it are not suggested again.",
           nullptr, m_item.events)
            .arg(m_item.title));
    if (answer != QMessageBox::Yes)
        return;
    try {
        const qint64 id = m_item.id;
        m_item = {};
        m_store.removeItem(id);
        fill();
    } catch (const DatabaseError &error) {
        emit writeFailed(error.message());
    }
}

} // namespace waypoint
