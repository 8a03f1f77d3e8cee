// The goals as the window shows them: GoalTreeModel under
// QAbstractItemModelTester (names edited, goals and areas dragged), the
// plan's dashboard and the goal's evidence, and the main window's goal
// actions: Link to Goal… writes the tag, reviews and the year in review
// become entries.

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/EntryEditor.h"
#include "app/GoalActions.h"
#include "app/GoalPane.h"
#include "app/GoalPlanDashboard.h"
#include "app/GoalsWindow.h"
#include "app/MainWindow.h"
#include "app/MarkdownEditor.h"
#include "app/Navigator.h"
#include "app/SettingsDialog.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/Settings.h"
#include "models/EntrySession.h"
#include "models/GoalTreeModel.h"
#include "models/JournalSession.h"
#include "models/Templates.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace waypoint;
using namespace waypoint::goals;

class GoalsWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalSession> m_open;
    EntryStore *m_entries = nullptr;
    GoalStore *m_goals = nullptr;
    qint64 m_plan = 0;

    Goal add(const QString &area, const QString &title, const QString &tag)
    {
        Goal goal;
        goal.title = title;
        goal.shortName = tag;
        return m_goals->addGoal(m_plan, area, goal);
    }

private slots:
    void init()
    {
        static int n = 0;
        QString error;
        m_open = JournalSession::open(m_dir.filePath(QStringLiteral("gw%1.waypoint").arg(++n)), {},
                                      &error);
        QVERIFY2(m_open, qPrintable(error));
        m_entries = &m_open->entries();
        m_goals = &m_open->goals();
        m_plan = m_goals->addPlan(QStringLiteral("下一个三年"), QDate(2024, 1, 1));
        add(QStringLiteral("开发"), QStringLiteral("独立设计分布式系统"), QStringLiteral("dist"));
        add(QStringLiteral("开发"), QStringLiteral("精通 Golang"), QStringLiteral("go"));
        add(QStringLiteral("运维"), QStringLiteral("完善监控"), QStringLiteral("mon"));
    }
    void cleanup()
    {
        m_open.reset();
    }

    void theTreeHoldsPlansAreasAndGoals()
    {
        GoalTreeModel model(*m_goals);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex plan = model.index(0, 0);
        QCOMPARE(model.rowCount(plan), 2);
        const QModelIndex dev = model.index(0, 0, plan);
        QCOMPARE(dev.data().toString(), QStringLiteral("开发"));
        QCOMPARE(model.rowCount(dev), 2);
        const QModelIndex dist = model.index(0, 0, dev);
        QCOMPARE(dist.data().toString(), QStringLiteral("独立设计分布式系统"));
        QCOMPARE(dist.parent(), dev);
        QCOMPARE(dev.parent(), plan);
        QCOMPARE(dist.data(GoalTreeModel::ShortNameRole).toString(), QStringLiteral("dist"));

        // Evidence from a saved entry reaches the tree.
        test::addEntry(*m_entries, QDate(2024, 2, 1), QStringLiteral("raft"),
                       QStringLiteral("读 raft 论文 #goal/dist"));
        QCOMPARE(model.index(0, GoalTreeModel::Evidence, model.index(0, 0, model.index(0, 0)))
                     .data()
                     .toInt(),
                 1);

        // Names edit in place.
        QVERIFY(model.setData(model.index(1, 0, model.index(0, 0)), QStringLiteral("运维与架构")));
        QCOMPARE(m_goals->plan(m_plan)->areas.at(1).name, QStringLiteral("运维与架构"));
    }

    void goalsAndAreasDragWithinTheirPlan()
    {
        GoalTreeModel model(*m_goals);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex plan = model.index(0, 0);
        const QModelIndex go = model.index(1, 0, model.index(0, 0, plan));
        std::unique_ptr<QMimeData> dragged(model.mimeData({go}));
        QVERIFY(dragged);
        // Onto the 运维 area, first.
        const QModelIndex ops = model.index(1, 0, plan);
        QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, ops));
        QVERIFY(!model.canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, plan));
        QVERIFY(model.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, ops));
        Plan read = *m_goals->plan(m_plan);
        QCOMPARE(read.areas.at(1).goals.at(0).shortName, QStringLiteral("go"));
        QCOMPARE(read.areas.at(0).goals.size(), 1);

        // Below itself in its own area: after the goal that was under it.
        add(QStringLiteral("开发"), QStringLiteral("读 DDIA"), QStringLiteral("ddia"));
        const QModelIndex dev = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(dev), 2);
        std::unique_ptr<QMimeData> dist(model.mimeData({model.index(0, 0, dev)}));
        QVERIFY(model.dropMimeData(dist.get(), Qt::MoveAction, 2, 0, dev));
        read = *m_goals->plan(m_plan);
        QCOMPARE(read.areas.at(0).goals.at(0).shortName, QStringLiteral("ddia"));
        QCOMPARE(read.areas.at(0).goals.at(1).shortName, QStringLiteral("dist"));
        // Onto an area, not between its rows: at its end.
        std::unique_ptr<QMimeData> ddia(
            model.mimeData({model.index(0, 0, model.index(0, 0, model.index(0, 0)))}));
        QVERIFY(model.dropMimeData(ddia.get(), Qt::MoveAction, -1, -1, model.index(1, 0, plan)));
        read = *m_goals->plan(m_plan);
        QCOMPARE(read.areas.at(1).goals.size(), 3);
        QCOMPARE(read.areas.at(1).goals.at(2).shortName, QStringLiteral("ddia"));
        // A plan is not dragged; a drop onto a goal is refused.
        QVERIFY(!model.mimeData({model.index(0, 0)}));
        QVERIFY(!model.canDropMimeData(dist.get(), Qt::MoveAction, 0, 0,
                                       model.index(0, 0, model.index(1, 0, model.index(0, 0)))));

        // An area to the top; not into another plan.
        std::unique_ptr<QMimeData> area(model.mimeData({model.index(1, 0, model.index(0, 0))}));
        QVERIFY(model.dropMimeData(area.get(), Qt::MoveAction, 0, 0, model.index(0, 0)));
        QCOMPARE(m_goals->plan(m_plan)->areas.at(0).name, QStringLiteral("运维"));
        m_goals->addPlan(QStringLiteral("另一个"), QDate(2027, 1, 1));
        QVERIFY(!model.canDropMimeData(area.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
    }

    void thePlansDashboardAndAGoalsEvidence()
    {
        test::addEntry(*m_entries, QDate(2024, 2, 1), QStringLiteral("raft"),
                       QStringLiteral("读 raft 论文 #goal/dist"));
        test::addEntry(*m_entries, QDate(2024, 2, 9), QStringLiteral("监控"),
                       QStringLiteral("接入告警 #goal/mon #goal/dist"));
        const Entry march = test::addEntry(*m_entries, QDate(2024, 3, 3), QStringLiteral("调度"),
                                           QStringLiteral("调度器原型 #goal/dist"));
        GoalsWindow window(*m_open);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        window.select(m_plan);
        QBarSet *elapsed = window.elapsedBars();
        QCOMPARE(elapsed->count(), 2); // one bar per area
        const Plan plan = *m_goals->plan(m_plan);
        QCOMPARE(elapsed->at(0), plan.elapsed(QDate::currentDate()));
        QBarSet *months = window.evidenceBars();
        QVERIFY(months->count() >= 3);
        QCOMPARE(months->at(0), 0.0); // January
        QCOMPARE(months->at(1), 2.0); // two entries in February (one links two goals)
        QCOMPARE(months->at(2), 1.0);

        // The plan's score at each review, over time.
        QCOMPARE(window.scoreSeries()->count(), 0);
        test::addEntry(*m_entries, QDate(2024, 7, 1), QStringLiteral("半年复盘"),
                       reviewMarker(m_plan) + QStringLiteral("\n总评分：55\n"));
        test::addEntry(*m_entries, QDate(2025, 1, 1), QStringLiteral("一年复盘"),
                       reviewMarker(m_plan) + QStringLiteral("\n总评分：68\n"));
        window.select(m_plan);
        QCOMPARE(window.reviewList()->count(), 2);
        QCOMPARE(window.scoreSeries()->count(), 2);
        QCOMPARE(window.scoreSeries()->at(0).y(), 55.0);
        QCOMPARE(window.scoreSeries()->at(1).y(), 68.0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(window.scoreSeries()->at(1).x())).date(),
                 QDate(2025, 1, 1));

        // A goal: its evidence, newest first.
        const Goal dist = plan.areas.at(0).goals.at(0);
        window.select(m_plan, dist.id);
        QCOMPARE(window.evidenceList()->count(), 3);
        QCOMPARE(window.evidenceList()->item(0)->data(Qt::UserRole).toString(), march.uuid);
        QSignalSpy opened(&window, &GoalsWindow::entryActivated);
        emit window.evidenceList()->itemActivated(window.evidenceList()->item(0));
        QCOMPARE(opened.constFirst().at(0).toString(), march.uuid);
    }

    // The goal's pane saves a field when its editing ends, and a milestone
    // as it is added, ticked or removed; the plan's dashboard saves its span.
    void theGoalPaneAndThePlanDashboardSaveWhatIsEdited()
    {
        GoalsWindow window(*m_open);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Goal go = m_goals->plan(m_plan)->areas.at(0).goals.at(1);
        window.select(m_plan, go.id);
        GoalPane *pane = window.goalPane();
        QCOMPARE(pane->goalId(), go.id);
        QVERIFY(pane->isVisible());

        auto *title = pane->findChild<QLineEdit *>(QStringLiteral("goalTitle"));
        QCOMPARE(title->text(), QStringLiteral("精通 Golang"));
        title->setText(QStringLiteral("精通 Go 与 Rust"));
        emit title->editingFinished();
        QCOMPARE(m_goals->plan(m_plan)->areas.at(0).goals.at(1).title,
                 QStringLiteral("精通 Go 与 Rust"));
        QCOMPARE(window.model()->goalAt(window.tree()->currentIndex())->id, go.id); // still chosen

        auto *add = pane->findChild<QPushButton *>(QStringLiteral("addMilestone"));
        QVERIFY(add);
        for (const QString &milestone :
             {QStringLiteral("读完《Go 程序设计语言》"), QStringLiteral("写一个调度器")}) {
            QTimer::singleShot(0, this, [milestone] {
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(ask);
                ask->setTextValue(milestone);
                ask->accept();
            });
            add->click();
        }
        QList<Milestone> milestones = m_goals->plan(m_plan)->areas.at(0).goals.at(1).milestones;
        QCOMPARE(milestones.size(), 2);
        QCOMPARE(milestones.at(1).title, QStringLiteral("写一个调度器"));
        QVERIFY(!milestones.at(1).done);
        auto *list = pane->findChild<QListWidget *>(QStringLiteral("milestoneList"));
        QCOMPARE(list->count(), 2);
        list->item(0)->setCheckState(Qt::Checked);
        milestones = m_goals->plan(m_plan)->areas.at(0).goals.at(1).milestones;
        QVERIFY(milestones.at(0).done);
        QVERIFY(!milestones.at(1).done);

        // The plan's span, from the dashboard.
        window.select(m_plan);
        GoalPlanDashboard *dashboard = window.dashboard();
        QCOMPARE(dashboard->planId(), m_plan);
        QVERIFY(dashboard->isVisible());
        auto *years = dashboard->findChild<QSpinBox *>(QStringLiteral("planYears"));
        QCOMPARE(years->value(), 3);
        years->setValue(5);
        emit years->editingFinished();
        QCOMPARE(m_goals->plan(m_plan)->years, 5);
        QCOMPARE(m_goals->plan(m_plan)->start, QDate(2024, 1, 1));
    }

    void theMainWindowLinksReviewsAndSumsUpAYear()
    {
        cleanup();
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(m_dir.filePath(QStringLiteral("main.waypoint")), &error),
                 qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GoalActions *actions = window.goalActions();
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionLinkToGoal"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+L")));
        window.findChild<QAction *>(QStringLiteral("actionGoals"))->trigger();
        QVERIFY(actions->goalsWindow() && actions->goalsWindow()->isVisible());
        QAbstractItemModelTester tester(actions->goalsWindow()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        GoalStore *store = window.goals();
        const qint64 plan =
            store->addPlan(QStringLiteral("下一个三年"), QDate::currentDate().addYears(-1));
        Goal dist;
        dist.title = QStringLiteral("独立设计分布式系统");
        dist.shortName = QStringLiteral("dist");
        dist = store->addGoal(plan, QStringLiteral("开发"), dist);
        QCOMPARE(actions->goalsWindow()->model()->rowCount(), 1); // the window follows

        // Link to Goal… writes the tag into the entry, as one undoable edit.
        window.newEntry();
        MarkdownEditor *text = window.editor()->markdownEditor();
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("raft notes"));
        QTimer::singleShot(0, this, [] {
            auto *picker = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            picker->accept();
        });
        window.findChild<QAction *>(QStringLiteral("actionLinkToGoal"))->trigger();
        QCOMPARE(text->toPlainText(), QStringLiteral("raft notes\n\n#goal/dist\n"));
        text->undo();
        QCOMPARE(text->toPlainText(), QStringLiteral("raft notes"));
        text->redo();
        QVERIFY(window.session()->save());
        QCOMPARE(store->evidence(dist.id).size(), 1);

        // Review This Plan: a drafted entry, opened; its scores are kept on save.
        actions->reviewPlan(plan);
        QVERIFY2(text->toPlainText().startsWith(reviewMarker(plan)),
                 qPrintable(text->toPlainText()));
        QString scored = text->toPlainText();
        // The plan's score first: its line ends like a goal's.
        scored.replace(QRegularExpression(QStringLiteral("(Overall score|总评分)(: |：)__")),
                       QStringLiteral("Overall score: 70"));
        scored.replace(QRegularExpression(QStringLiteral("(score|评分)(: |：)__")),
                       QStringLiteral("score: 80"));
        text->selectAll();
        text->insertPlainText(scored);
        QVERIFY(window.session()->save());
        const Plan reviewed = *store->plan(plan);
        QCOMPARE(reviewed.reviews.size(), 1);
        QCOMPARE(reviewed.reviews.at(0).score, 70);
        QCOMPARE(reviewed.reviews.at(0).scores.constFirst().score, 80);
        QCOMPARE(store->evidence(dist.id).size(), 1); // the review is not evidence

        // Year in Review: an entry drafted from the journal, with its heatmap.
        const qint64 before = window.session()->entryId();
        actions->yearInReview(QDate::currentDate().year());
        QVERIFY(window.session()->entryId() != before);
        const QString summary = text->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("(attachment:")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("独立设计分布式系统")), qPrintable(summary));
    }

    void theNavigatorShowsThisDayInEarlierYears()
    {
        const QDate today = QDate::currentDate();
        // Leap years, so that a 29 February has its earlier ones too.
        const Entry older = test::addEntry(*m_entries, QDate(2016, today.month(), today.day()),
                                           QStringLiteral("八年前"), QStringLiteral("旧事"));
        test::addEntry(*m_entries, QDate(2020, today.month(), today.day()),
                       QStringLiteral("几年前"), QStringLiteral("旧事"));
        test::addEntry(*m_entries, today.addDays(-1), QStringLiteral("昨天"),
                       QStringLiteral("不是今天"));
        test::addEntry(*m_entries, today, QStringLiteral("今天"), QStringLiteral("今天"));
        const QString file = m_open->path();
        cleanup();
        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(file, &error), qPrintable(error));
        window.show();
        QListWidget *earlier = window.navigator()->onThisDay();
        QCOMPARE(earlier->count(), 2);
        QVERIFY(earlier->isVisible());
        QVERIFY2(earlier->item(1)->text().startsWith(QStringLiteral("2016")),
                 qPrintable(earlier->item(1)->text()));
        emit earlier->itemActivated(earlier->item(1));
        QCOMPARE(window.session()->entryId(), older.id);
        // On a day with nothing in earlier years, the list hides.
        window.navigator()->calendar()->setSelectedDate(today.addDays(-1));
        QCOMPARE(earlier->count(), 0);
        QVERIFY(!earlier->isVisible());
    }

    void templatesAreEditedInSettingsAndUsed()
    {
        const QString file = m_open->path();
        cleanup();
        {
            SettingsDialog settings;
            QComboBox *choice = settings.templateChoice();
            choice->setCurrentIndex(choice->findData(int(Templates::Kind::Daily)));
            QCOMPARE(settings.templateEdit()->toPlainText(),
                     Templates::builtIn(Templates::Kind::Daily));
            settings.templateEdit()->setPlainText(QStringLiteral("# {date}\n\n今日三件事：\n"));
            choice->setCurrentIndex(choice->findData(int(Templates::Kind::Weekly)));
            settings.templateEdit()->setPlainText(QStringLiteral("# {year} 第 {week} 周\n"));
            choice->setCurrentIndex(choice->findData(int(Templates::Kind::Daily)));
            QCOMPARE(settings.templateEdit()->toPlainText(),
                     QStringLiteral("# {date}\n\n今日三件事：\n"));
            settings.accept();
        }
        QCOMPARE(Settings::templateText(QStringLiteral("weekly")),
                 QStringLiteral("# {year} 第 {week} 周\n"));

        MainWindow window;
        QString error;
        QVERIFY2(window.openJournal(file, &error), qPrintable(error));
        window.show();
        const QDate today = QDate::currentDate();
        window.openToday();
        MarkdownEditor *text = window.editor()->markdownEditor();
        QCOMPARE(text->toPlainText(), QStringLiteral("# %1\n\n今日三件事：\n")
                                          .arg(QLocale().toString(today, QLocale::LongFormat)));
        window.findChild<QAction *>(QStringLiteral("actionTemplate-weekly"))->trigger();
        QCOMPARE(text->toPlainText(),
                 QStringLiteral("# %1 第 %2 周\n").arg(today.year()).arg(today.weekNumber()));

        // Reset: the built-in text again, and nothing kept in the settings.
        {
            SettingsDialog settings;
            QComboBox *choice = settings.templateChoice();
            choice->setCurrentIndex(choice->findData(int(Templates::Kind::Weekly)));
            settings.findChild<QPushButton *>(QStringLiteral("templateReset"))->click();
            QCOMPARE(settings.templateEdit()->toPlainText(),
                     Templates::builtIn(Templates::Kind::Weekly));
            settings.accept();
        }
        QVERIFY(Settings::templateText(QStringLiteral("weekly")).isEmpty());
        QCOMPARE(Templates::text(Templates::Kind::Weekly),
                 Templates::builtIn(Templates::Kind::Weekly));
        Settings::setTemplateText(QStringLiteral("daily"), {});
    }
};

WAYPOINT_WEB_TEST_MAIN(GoalsWindowTest)
#include "tst_goalswindow.moc"
