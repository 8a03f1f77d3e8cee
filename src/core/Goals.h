#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace waypoint::goals {

// How a goal is measured: in words, by a number toward a target, or by
// milestones ticked off.
enum class Measure { Text, Number, Checklist };
enum class Status { Open, Done, Dropped };

QString measureName(Measure measure);
QString statusName(Status status);
std::optional<Measure> measureFromName(const QString &name);
std::optional<Status> statusFromName(const QString &name);

class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString status(Status status);
    static QString measure(Measure measure);
};

struct Milestone
{
    qint64 id = 0;
    QString title;
    bool done = false;
};

struct Goal
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 areaId = 0;
    QString title;
    QString shortName; // written #goal/<shortName> in an entry to link it
    Measure measure = Measure::Text;
    QString description; // how it is measured, in words
    double target = 0;
    QString unit;
    double current = 0;
    Status status = Status::Open;
    QDate targetDate;
    QList<Milestone> milestones;
    qint64 carriedFrom = 0;
    int evidence = 0;   // entries linked to it
    int lastScore = -1; // its score at the plan's latest review that scored it

    // 0–100, or -1 when it cannot be told. A goal in words counts as far as
    // its last review scored it.
    double progress() const;
};

struct Area
{
    qint64 id = 0;
    QString name;
    QList<Goal> goals;

    double progress() const; // the mean of its goals' progress; -1 when none tells
};

struct ReviewScore
{
    qint64 goalId = 0;
    int score = -1; // -1: not scored
    QString note;
};

struct Review
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 entryId = 0;
    QString entryUuid;
    QDate date;
    int score = -1; // the plan's overall score; -1: not given yet
    QList<ReviewScore> scores;
};

struct Plan
{
    qint64 id = 0;
    QString uuid; // the same plan on every machine the journal syncs to
    QString title;
    QDate start;
    int years = 3;
    QDate ended; // null while it runs
    qint64 carriedFrom = 0;
    QList<Area> areas;
    QList<Review> reviews; // oldest first

    QDate end() const { return start.addYears(years).addDays(-1); }
    // How much of its span has passed on `day`, 0–100.
    double elapsed(QDate day) const;
    bool covers(QDate day) const { return day >= start && day <= end(); }
};

// A short name made from a title: lower case, words joined by '-', CJK kept
// ("独立设计分布式系统", "golang-mastery").
QString shortNameFor(const QString &title);

// The goals an entry's text links to: every #goal/<short-name> in it, in order.
QStringList goalTagsIn(const QString &text);

// The text with #goal/<shortName> added: to its last line when that line
// holds only goal tags, else on a line of its own at the end.
QString withGoalTag(const QString &text, const QString &shortName);

// What a review entry says: the plan it reviews (from its marker line), the
// overall score, and each goal's score and note (lines with its #goal tag).
struct ParsedReview
{
    qint64 planId = 0;
    int score = -1;
    struct GoalLine
    {
        QString shortName;
        int score = -1;
        QString note;
    };
    QList<GoalLine> goals;
};
std::optional<ParsedReview> parseReview(const QString &text);
// The first line of a review entry, which says which plan it reviews.
QString reviewMarker(qint64 planId);

} // namespace waypoint::goals
