#pragma once

#include "Entry.h"

#include <QCoreApplication>

namespace waypoint {

class Journal;

// Reviews saved as entries, the same from the window and the command line:
// each is one transaction (the entry, and the images it shows).
class Reviews
{
    Q_DECLARE_TR_FUNCTIONS(Reviews)

public:
    // A review of the plan as a new entry of that day, its body the plan's
    // review draft (GoalStore::reviewDraft) to score. Throws DatabaseError,
    // also when there is no such plan.
    static Entry savePlanReview(Journal &journal, qint64 planId, QDate day);

    // The year in review (YearReview) with its heatmap image as a new entry,
    // dated as yearInReviewDate() says. Throws DatabaseError.
    static Entry saveYearInReview(Journal &journal, int year, QDate today);
    // Today for the year under way; else the year's first or last day.
    static QDate yearInReviewDate(int year, QDate today);
};

} // namespace waypoint
