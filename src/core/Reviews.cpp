#include "Reviews.h"

#include "AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "EntryStore.h"
#include "GoalStore.h"
#include "Journal.h"
#include "sql/Sql.h"
#include "YearReview.h"

#include <algorithm>

namespace waypoint {

Entry Reviews::savePlanReview(Journal &journal, qint64 planId, QDate day)
{
    GoalStore goals(journal);
    sql::Transaction transaction(journal.database());
    const std::optional<goals::Plan> plan = goals.plan(planId);
    if (!plan)
        throw DatabaseError(tr("The plan no longer exists."));
    Entry entry;
    entry.date = day;
    entry.title = tr("Review: %1").arg(plan->title);
    entry.body = goals.reviewDraft(planId, day);
    entry = EntryStore(journal).create(entry);
    transaction.commit();
    return entry;
}

QDate Reviews::yearInReviewDate(int year, QDate today)
{
    return std::clamp(today, QDate(year, 1, 1), QDate(year, 12, 31));
}

Entry Reviews::saveYearInReview(Journal &journal, int year, QDate today)
{
    const YearReview review = YearReview::of(journal, year);
    sql::Transaction transaction(journal.database());
    const QString image = QStringLiteral("attachment:")
                          + AttachmentStore(journal).add(review.heatmapSvg(),
                                                         QStringLiteral("image/svg+xml"),
                                                         QStringLiteral("heatmap-%1.svg").arg(year));
    Entry entry;
    entry.date = yearInReviewDate(year, today);
    entry.title = YearReview::tr("%1 in review").arg(year);
    entry.body = review.markdown(image);
    entry = EntryStore(journal).create(entry);
    transaction.commit();
    return entry;
}

} // namespace waypoint
