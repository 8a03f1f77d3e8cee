#pragma once

#include "Entry.h"
#include "Goals.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <memory>

namespace waypoint {

class DerivedData;

class Journal;

// Goal plans (a span of years, areas, goals), the entries linked to goals as
// evidence, and the reviews of plans. Every SQL statement about goals lives
// here; every write is one transaction. Throws DatabaseError.
//
// An entry links to a goal by saying #goal/<short-name> in its text: the
// text is the one record of a link, so a link made with the picker is the tag
// written into the entry, and deleting the tag unlinks. The links are
// derived data (derivedData()) the entry store keeps in each save's
// transaction. A review is an entry that starts
// with reviewMarker(); its scores are read from its text the same way.
class GoalStore : public QObject
{
    Q_OBJECT

public:
    explicit GoalStore(Journal &journal, QObject *parent = nullptr);

    Journal &journal() const { return m_journal; }

    // Every plan with its areas, goals and reviews, oldest start first.
    QList<goals::Plan> plans() const;
    std::optional<goals::Plan> plan(qint64 id) const;
    // By id or by title (case and width folded). *error names what failed.
    std::optional<goals::Plan> findPlan(const QString &idOrTitle, QString *error) const;
    // By id or by short name (the newest plan's goal of that name).
    std::optional<goals::Goal> findGoal(const QString &idOrShortName, QString *error) const;

    // With a uuid when the plan came from another machine (sync).
    qint64 addPlan(const QString &title, QDate start, int years = 3, const QString &uuid = {});
    // Marks the plan ended on that day (null: running again), as sync brings it.
    void setPlanEnded(qint64 planId, QDate ended);
    void updatePlan(qint64 planId, const QString &title, QDate start, int years);
    void removePlan(qint64 planId);
    // The area of that name in the plan, made if it is not there yet.
    qint64 addArea(qint64 planId, const QString &name);
    void renameArea(qint64 areaId, const QString &name);
    void removeArea(qint64 areaId);
    void moveArea(qint64 areaId, int position);
    // Adds a goal to an area (by name, made if needed). Its short name is
    // goal.shortName or one made from its title; refused when the plan has a
    // goal of that short name already.
    goals::Goal addGoal(qint64 planId, const QString &area, goals::Goal goal);
    void updateGoal(const goals::Goal &goal);
    void removeGoal(qint64 goalId);
    // Moves a goal to an area of the same plan, at a position in it.
    void moveGoal(qint64 goalId, qint64 areaId, int position);

    struct Evidence
    {
        qint64 entryId = 0;
        QString uuid;
        QDate date;
        QString title;
    };
    QList<Evidence> evidence(qint64 goalId) const; // newest first
    // Entries between two dates linked to each goal, by goal id.
    QHash<qint64, int> evidenceBetween(QDate from, QDate to) const;
    // Entries linked to the plan's goals, per month of the plan's span.
    QList<std::pair<QDate, int>> evidenceByMonth(qint64 planId) const;

    // Ends a plan on `day`. With a next title, starts the next plan the day
    // after, for as many years, with the same areas and every goal that is
    // still open (with its milestones not done). Returns the next plan's id, or 0.
    qint64 endPlan(qint64 planId, QDate day, const QString &nextTitle = {});

    // The Markdown a review of the plan starts as: per area 成长 / 不足 / 下一步
    // and each goal with its evidence and progress, a score to fill in.
    QString reviewDraft(qint64 planId, QDate day) const;

    // The entries' goal links and reviews as derived data, for the entry store.
    static std::unique_ptr<DerivedData> derivedData();
    // Brings the entry's goal links, or its review, in line with its text
    // (inside the entry's write transaction). Returns whether anything changed.
    static bool syncEntry(const QSqlDatabase &db, qint64 entryId, QDate date, const QString &body);

private:
    class Links;

    // Whether the entry links to a goal or is a review.
    static bool entryHasLines(const QSqlDatabase &db, qint64 entryId);
    // Tells the journal's listeners that the goals changed.
    void reportChanged() const;
    QList<goals::Plan> readPlans(const QString &condition, const QVariant &binding) const;

    Journal &m_journal;
};

} // namespace waypoint
