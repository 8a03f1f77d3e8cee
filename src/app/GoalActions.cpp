#include "GoalActions.h"

#include "GoalsWindow.h"
#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Reviews.h"
#include "models/JournalSession.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace waypoint {

using namespace goals;

namespace {

// Entry → Link to Goal…: every goal of every plan, narrowed as you type.
class GoalPicker : public QDialog
{
public:
    GoalPicker(const QList<Plan> &plans, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(GoalActions::tr("Link to Goal"));
        auto *layout = new QVBoxLayout(this);
        auto *filter = new QLineEdit(this);
        filter->setPlaceholderText(GoalActions::tr("Type part of a goal, area or plan"));
        filter->setClearButtonEnabled(true);
        m_list = new QListWidget(this);
        // The newest plan's goals first: they are the ones being worked on.
        for (auto plan = plans.crbegin(); plan != plans.crend(); ++plan) {
            if (plan->ended.isValid())
                continue;
            for (const Area &area : plan->areas)
                for (const Goal &goal : area.goals) {
                    auto *item = new QListWidgetItem(
                        QStringLiteral("%1 — %2 · %3 · #goal/%4")
                            .arg(goal.title, plan->title, area.name, goal.shortName),
                        m_list);
                    item->setData(Qt::UserRole, goal.shortName);
                }
        }
        m_list->setCurrentRow(0);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(filter);
        layout->addWidget(m_list, 1);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
        connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QString words = text.simplified().toCaseFolded();
            QListWidgetItem *first = nullptr;
            for (int i = 0; i < m_list->count(); ++i) {
                QListWidgetItem *item = m_list->item(i);
                const bool shown = item->text().toCaseFolded().contains(words);
                item->setHidden(!shown);
                if (shown && !first)
                    first = item;
            }
            m_list->setCurrentItem(first);
        });
        resize(560, 380);
    }

    QString chosen() const
    {
        const QListWidgetItem *item = m_list->currentItem();
        return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
    }
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace

GoalActions::GoalActions(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

GoalActions::~GoalActions()
{
    delete m_goalsWindow;
}

GoalsWindow *GoalActions::goalsWindow() const
{
    return m_goalsWindow;
}

void GoalActions::addTo(QMenu *viewMenu, QMenu *entryMenu)
{
    const auto add = [this](QMenu *menu, const char *name, const QString &text,
                            const QKeySequence &key, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(viewMenu, "actionGoals", tr("&Goals"), QKeySequence(tr("Ctrl+Shift+G")),
        &GoalActions::showGoals);
    entryMenu->addSeparator();
    add(entryMenu, "actionLinkToGoal", tr("&Link to Goal…"), QKeySequence(tr("Ctrl+Shift+L")),
        &GoalActions::linkToGoal);
    add(entryMenu, "actionYearInReview", tr("&Year in Review…"), QKeySequence(),
        [this] { yearInReview(); });
}

void GoalActions::setParts(const Parts &parts)
{
    delete m_goalsWindow;
    m_parts = parts;
}

void GoalActions::showGoals()
{
    if (!m_parts.journal)
        return;
    if (!m_goalsWindow) {
        m_goalsWindow = new GoalsWindow(*m_parts.journal, m_window);
        connect(m_goalsWindow, &GoalsWindow::entryActivated, this,
                &GoalActions::entryUuidActivated);
        connect(m_goalsWindow, &GoalsWindow::reviewRequested, this, &GoalActions::reviewPlan);
    }
    m_goalsWindow->show();
    m_goalsWindow->raise();
    m_goalsWindow->activateWindow();
}

void GoalActions::linkToGoal()
{
    if (!m_parts.journal || !m_parts.editor || (m_parts.canWrite && !m_parts.canWrite()))
        return;
    QList<Plan> plans;
    try {
        plans = m_parts.journal->goals().plans();
    } catch (const DatabaseError &error) {
        emit message(error.message());
        return;
    }
    GoalPicker picker(plans, m_window);
    if (picker.list()->count() == 0) {
        emit message(tr("No goals yet: make a plan and its goals in View → Goals."));
        return;
    }
    if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
        return;
    const QString name = picker.chosen();
    QPlainTextEdit *editor = m_parts.editor;
    if (goalTagsIn(editor->toPlainText()).contains(name))
        return;
    // Written where the text ends, as one undoable edit: a last line of goal
    // tags takes one more, else the tag gets a line of its own.
    const QString text = editor->toPlainText();
    const QString wanted = withGoalTag(text, name);
    qsizetype common = 0;
    while (common < text.size() && common < wanted.size() && text.at(common) == wanted.at(common))
        ++common;
    QTextCursor cursor = editor->textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(int(common));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(common));
    cursor.endEditBlock();
    emit message(tr("Linked to #goal/%1.").arg(name));
}

void GoalActions::reviewPlan(qint64 planId)
{
    if (!m_parts.journal || (m_parts.canWrite && !m_parts.canWrite()))
        return;
    try {
        const Entry entry = Reviews::savePlanReview(m_parts.journal->journal(), planId, QDate::currentDate());
        if (m_parts.openEntry)
            m_parts.openEntry(entry.id);
        emit message(tr("Score each goal and the plan in the review; the scores are kept "
                        "when you save."));
    } catch (const DatabaseError &error) {
        emit message(error.message());
    }
}

void GoalActions::yearInReview(int year)
{
    if (!m_parts.journal || (m_parts.canWrite && !m_parts.canWrite()))
        return;
    const QDate today = QDate::currentDate();
    if (year == 0) {
        bool ok = false;
        year = QInputDialog::getInt(
            m_window, tr("Year in Review"), tr("Draft the summary of the year:"),
            today.month() == 1 ? today.year() - 1 : today.year(), 1900, today.year(), 1, &ok);
        if (!ok)
            return;
    }
    try {
        const Entry entry = Reviews::saveYearInReview(m_parts.journal->journal(), year, today);
        if (m_parts.openEntry)
            m_parts.openEntry(entry.id);
    } catch (const DatabaseError &error) {
        emit message(error.message());
    }
}

} // namespace waypoint
