#include "YearReview.h"

#include "Entry.h"
#include "EntryStore.h"
#include "GoalStore.h"
#include "Journal.h"
#include "ReadingStore.h"

#include <QLocale>
#include <algorithm>

namespace waypoint {

namespace {

QString titleOr(const QString &title)
{
    return title.isEmpty() ? YearReview::tr("untitled") : title;
}

} // namespace

YearReview YearReview::of(Journal &journal, int year)
{
    const QDate from(year, 1, 1);
    const QDate to(year, 12, 31);
    const EntryStore entries(journal);
    YearReview review;
    review.year = year;

    QHash<QString, std::pair<int, qint64>> months;
    int streak = 0;
    QDate previous;
    for (const DayCount &day : entries.dayCounts(from, to)) {
        review.perDay.insert(day.date, day.entries);
        review.entries += day.entries;
        review.characters += day.characters;
        ++review.activeDays;
        streak = previous.isValid() && previous.daysTo(day.date) == 1 ? streak + 1 : 1;
        review.longestStreak = std::max(review.longestStreak, streak);
        previous = day.date;
        auto &month = months[day.date.toString(QStringLiteral("yyyy-MM"))];
        month.first += day.entries;
        month.second += day.characters;
    }
    // Most entries first; of as many, most characters, then the earlier month.
    QList<std::pair<QString, std::pair<int, qint64>>> sortedMonths(months.keyValueBegin(),
                                                                   months.keyValueEnd());
    std::sort(sortedMonths.begin(), sortedMonths.end(), [](const auto &a, const auto &b) {
        return std::tie(b.second.first, b.second.second, a.first)
               < std::tie(a.second.first, a.second.second, b.first);
    });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, sortedMonths.size()); ++i)
        review.topMonths.append({sortedMonths.at(i).first, sortedMonths.at(i).second.first});

    for (const TagCount &tag : entries.tagCounts(from, to, 8))
        review.topTags.append({tag.name, tag.entries});

    for (const reading::Item &item : ReadingStore(journal).items()) {
        if (item.status == reading::Status::Finished && item.finished.year() == year)
            review.finished.append({item.title, reading::Names::kind(item.kind), item.finished,
                                    reading::Names::ofItem(item)});
        else if (item.status == reading::Status::Reading && item.lastRead.year() == year)
            review.reading.append({item.title, reading::Names::kind(item.kind), item.lastRead,
                                   reading::Names::ofItem(item)});
    }
    std::sort(review.finished.begin(), review.finished.end(),
              [](const Book &a, const Book &b) { return a.date < b.date; });

    const GoalStore goals(journal);
    const QHash<qint64, int> evidence = goals.evidenceBetween(from, to);
    for (const goals::Plan &plan : goals.plans()) {
        for (const goals::Area &area : plan.areas) {
            for (const goals::Goal &goal : area.goals) {
                if (!evidence.contains(goal.id))
                    continue;
                GoalMoved entry{
                    plan.title, area.name, goal.title, goal.shortName, evidence.value(goal.id), -1};
                for (const goals::Review &r : plan.reviews) // oldest first: the last one wins
                    if (r.date.year() <= year)
                        for (const goals::ReviewScore &s : r.scores)
                            if (s.goalId == goal.id && s.score >= 0)
                                entry.score = s.score;
                review.goals.append(entry);
            }
        }
    }
    std::stable_sort(
        review.goals.begin(), review.goals.end(),
        [](const GoalMoved &a, const GoalMoved &b) { return a.evidence > b.evidence; });

    for (const auto &[day, earlier] : entries.anniversaries(from, to, 3))
        review.onThisDay.append(
            {day.date, titleOr(day.title), earlier.date, titleOr(earlier.title)});
    std::sort(review.onThisDay.begin(), review.onThisDay.end(),
              [](const Anniversary &a, const Anniversary &b) { return a.date < b.date; });
    return review;
}

QByteArray YearReview::heatmapSvg() const
{
    // 53 weeks of 7 days, Monday on top; a darker green for more entries.
    const int cell = 11;
    const int gap = 2;
    const int left = 4;
    const int top = 16;
    const QDate first(year, 1, 1);
    const int offset = first.dayOfWeek() - 1;
    const int weeks = (offset + first.daysInYear() + 6) / 7;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\""
                       " viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"9\">")
            .arg(left + weeks * (cell + gap))
            .arg(top + 7 * (cell + gap));
    static const char *const shades[] = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"};
    for (int month = 1; month <= 12; ++month) {
        const int week = (offset + first.daysTo(QDate(year, month, 1))) / 7;
        svg += QStringLiteral("<text x=\"%1\" y=\"10\" fill=\"#57606a\">%2</text>")
                   .arg(left + week * (cell + gap))
                   .arg(month);
    }
    for (QDate day = first; day.year() == year; day = day.addDays(1)) {
        const int index = offset + int(first.daysTo(day));
        const int count = perDay.value(day);
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" rx=\"2\" fill=\"%4\">"
                   "<title>%5: %6</title></rect>")
                   .arg(left + index / 7 * (cell + gap))
                   .arg(top + index % 7 * (cell + gap))
                   .arg(cell)
                   .arg(QLatin1String(shades[std::min(count, 4)]))
                   .arg(toEntryDateText(day))
                   .arg(count);
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

QString YearReview::markdown(const QString &heatmapUrl) const
{
    const QLocale locale;
    QString text = tr("# %1 in review\n\n").arg(year);
    text += tr("## Writing\n\n");
    text += tr("- %n entries, ", nullptr, entries)
            + tr("%1 characters, written on %n days", nullptr, activeDays)
                  .arg(locale.toString(characters))
            + tr(" (at most %n days in a row).\n", nullptr, longestStreak);
    if (!topMonths.isEmpty()) {
        QStringList months;
        for (const Named &month : topMonths)
            months << tr("%1 (%n entries)", nullptr, month.count)
                          .arg(locale.standaloneMonthName(month.name.mid(5).toInt()));
        text += tr("- Written most in: %1.\n").arg(months.join(tr(", ")));
    }
    if (!topTags.isEmpty()) {
        QStringList tags;
        for (const Named &tag : topTags)
            tags << QStringLiteral("#%1 (%2)").arg(tag.name).arg(tag.count);
        text += tr("- Tags used most: %1.\n").arg(tags.join(tr(", ")));
    }
    if (!heatmapUrl.isEmpty())
        text += QStringLiteral("\n![%1](%2)\n").arg(tr("Days written in %1").arg(year), heatmapUrl);
    text += QLatin1Char('\n');

    text += tr("## Reading\n\n");
    if (finished.isEmpty() && reading.isEmpty())
        text += tr("- Nothing on the reading list for this year.\n");
    if (!finished.isEmpty()) {
        text += tr("Finished (%1):\n\n").arg(finished.size());
        for (const Book &book : finished)
            text += QStringLiteral("- 《%1》 · %2 · %3\n")
                        .arg(book.title, book.kind, toEntryDateText(book.date));
        text += QLatin1Char('\n');
    }
    if (!reading.isEmpty()) {
        text += tr("Still reading:\n\n");
        for (const Book &book : reading)
            text +=
                QStringLiteral("- 《%1》 · %2 · %3\n").arg(book.title, book.kind, book.progress);
        text += QLatin1Char('\n');
    }
    text += QLatin1Char('\n');

    text += tr("## Goals\n\n");
    if (goals.isEmpty())
        text += tr("- No entry of this year is linked to a goal.\n");
    for (const GoalMoved &goal : goals) {
        QString line =
            tr("- %1 · %2 · %3: %4")
                .arg(goal.plan, goal.area, goal.title, tr("%n entries", nullptr, goal.evidence));
        if (goal.score >= 0)
            line += tr(", last review score %1").arg(goal.score);
        text += line + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');

    if (!onThisDay.isEmpty()) {
        text += tr("## On this day\n\n");
        for (const Anniversary &day : onThisDay)
            text += tr("- %1 “%2”, and on the same day in %3: “%4”\n")
                        .arg(toEntryDateText(day.date), day.title)
                        .arg(day.earlierDate.year())
                        .arg(day.earlierTitle);
        text += QLatin1Char('\n');
    }
    text += tr("## What went well\n\n- \n\n## What fell short\n\n- \n\n## Next year\n\n- \n");
    return text;
}

} // namespace waypoint
