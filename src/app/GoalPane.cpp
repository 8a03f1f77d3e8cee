#include "GoalPane.h"

#include "sql/DatabaseError.h"
#include "core/GoalStore.h"
#include "models/GoalTreeModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace waypoint {

using namespace goals;

GoalPane::GoalPane(GoalStore &store, const GoalTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    createFields(form);
    createMilestones(layout);
    layout->addWidget(new QLabel(tr("Evidence, newest first (double-click to open):"), this));
    m_evidence = new QListWidget(this);
    layout->addWidget(m_evidence, 1);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryActivated(item->data(Qt::UserRole).toString());
    });
}

void GoalPane::createFields(QFormLayout *form)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_shortName = new QLineEdit(this);
    m_shortName->setToolTip(tr("Write #goal/ and this name in an entry to count it as evidence."));
    m_measure = new QComboBox(this);
    for (Measure measure : {Measure::Text, Measure::Number, Measure::Checklist})
        m_measure->addItem(Names::measure(measure), int(measure));
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("How you will know it is reached"));
    m_current = new QDoubleSpinBox(this);
    m_target = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_current, m_target}) {
        box->setRange(0, 1e9);
        box->setDecimals(0);
    }
    m_unit = new QLineEdit(this);
    m_unit->setPlaceholderText(tr("unit"));
    m_status = new QComboBox(this);
    for (Status status : {Status::Open, Status::Done, Status::Dropped})
        m_status->addItem(Names::status(status), int(status));
    m_targetDate = new QDateEdit(this);
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_targetDate->setMinimumDate(QDate(1900, 1, 1));
    m_targetDate->setSpecialValueText(tr("None"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);

    form->addRow(tr("&Goal:"), m_title);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Measured:"), m_measure);
    form->addRow(tr("&How:"), m_description);
    auto *number = new QHBoxLayout;
    number->addWidget(m_current);
    number->addWidget(new QLabel(tr("of"), this));
    number->addWidget(m_target);
    number->addWidget(m_unit);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Target &date:"), m_targetDate);
    form->addRow(tr("Progress:"), m_progress);

    for (QLineEdit *edit : {m_title, m_shortName, m_description, m_unit})
        connect(edit, &QLineEdit::editingFinished, this, &GoalPane::save);
    for (QDoubleSpinBox *box : {m_current, m_target})
        connect(box, &QDoubleSpinBox::editingFinished, this, &GoalPane::save);
    for (QComboBox *box : {m_measure, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &GoalPane::save);
    connect(m_targetDate, &QDateEdit::editingFinished, this, &GoalPane::save);
}

void GoalPane::createMilestones(QVBoxLayout *layout)
{
    layout->addWidget(new QLabel(tr("Milestones (tick what is done):"), this));
    m_milestones = new QListWidget(this);
    m_milestones->setObjectName(QStringLiteral("milestoneList"));
    m_milestones->setMaximumHeight(130);
    layout->addWidget(m_milestones);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Milestone…"), this);
    add->setObjectName(QStringLiteral("addMilestone"));
    auto *remove = new QPushButton(tr("Remove Milestone"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_milestones, &QListWidget::itemChanged, this, &GoalPane::save);
    connect(add, &QPushButton::clicked, this, &GoalPane::addMilestone);
    connect(remove, &QPushButton::clicked, this, &GoalPane::removeMilestone);
}

void GoalPane::showGoal(qint64 goalId)
{
    m_goalId = m_model.goalAt(m_model.indexOf(GoalTreeModel::Kind::Goal, goalId)) ? goalId : 0;
    fill();
}

void GoalPane::fill()
{
    const Goal *goal = m_model.goalAt(m_model.indexOf(GoalTreeModel::Kind::Goal, m_goalId));
    if (!goal)
        return;
    m_filling = true;
    m_title->setText(goal->title);
    m_shortName->setText(goal->shortName);
    m_measure->setCurrentIndex(m_measure->findData(int(goal->measure)));
    m_description->setText(goal->description);
    m_current->setValue(goal->current);
    m_target->setValue(goal->target);
    m_unit->setText(goal->unit);
    m_status->setCurrentIndex(m_status->findData(int(goal->status)));
    m_targetDate->setDate(goal->targetDate.isValid() ? goal->targetDate
                                                     : m_targetDate->minimumDate());
    m_progress->setValue(qRound(std::max(0.0, goal->progress())));
    m_progress->setFormat(goal->progress() >= 0 ? QStringLiteral("%p%") : tr("not measured"));
    m_milestones->clear();
    for (const Milestone &milestone : goal->milestones) {
        auto *item = new QListWidgetItem(milestone.title, m_milestones);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(milestone.done ? Qt::Checked : Qt::Unchecked);
    }
    fillEvidence();
    m_filling = false;
}

void GoalPane::fillEvidence()
{
    m_evidence->clear();
    try {
        for (const GoalStore::Evidence &entry : m_store.evidence(m_goalId)) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 · %2").arg(
                                        QLocale().toString(entry.date, QLocale::ShortFormat),
                                        entry.title.isEmpty() ? tr("(untitled)") : entry.title),
                                    m_evidence);
            item->setData(Qt::UserRole, entry.uuid);
        }
    } catch (const DatabaseError &error) {
        emit storeFailed(error.message());
    }
}

void GoalPane::save()
{
    if (m_filling || !m_goalId)
        return;
    const Goal *shown = m_model.goalAt(m_model.indexOf(GoalTreeModel::Kind::Goal, m_goalId));
    if (!shown)
        return;
    Goal goal = *shown;
    goal.title = m_title->text().trimmed();
    goal.shortName = m_shortName->text().trimmed();
    goal.measure = Measure(m_measure->currentData().toInt());
    goal.description = m_description->text().trimmed();
    goal.current = m_current->value();
    goal.target = m_target->value();
    goal.unit = m_unit->text().trimmed();
    goal.status = Status(m_status->currentData().toInt());
    goal.targetDate =
        m_targetDate->date() == m_targetDate->minimumDate() ? QDate() : m_targetDate->date();
    goal.milestones.clear();
    for (int i = 0; i < m_milestones->count(); ++i)
        goal.milestones.append(
            {0, m_milestones->item(i)->text(), m_milestones->item(i)->checkState() == Qt::Checked});
    try {
        m_store.updateGoal(goal); // the model reloads and the window shows the goal again
    } catch (const DatabaseError &error) {
        emit storeFailed(error.message());
        fill();
    }
}

void GoalPane::addMilestone()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add Milestone"), tr("Milestone:"),
                                                QLineEdit::Normal, {}, &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    // Made whole before it joins the list: the save it causes refills the
    // list, which deletes the item.
    auto *item = new QListWidgetItem(title);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    item->setCheckState(Qt::Unchecked);
    m_milestones->addItem(item);
    save();
}

void GoalPane::removeMilestone()
{
    delete m_milestones->currentItem();
    save();
}

} // namespace waypoint
