// waypoint goals … and waypoint review YEAR.

#include "Commands.h"

#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/GoalStore.h"
#include "core/Journal.h"
#include "core/Reviews.h"
#include "core/YearReview.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace waypoint::cli {

using namespace goals;

namespace {

QJsonValue maybe(double value)
{
    if (value < 0)
        return QJsonValue();
    const double rounded = std::round(value * 10) / 10;
    return rounded == std::floor(rounded) ? QJsonValue(qint64(rounded)) : QJsonValue(rounded);
}

QJsonObject planJson(const Plan &plan)
{
    QJsonArray areas;
    for (const Area &area : plan.areas) {
        QJsonArray goals;
        for (const Goal &goal : area.goals)
            goals.append(QJsonObject{
                {QStringLiteral("id"), goal.id},
                {QStringLiteral("title"), goal.title},
                {QStringLiteral("tag"), QStringLiteral("#goal/") + goal.shortName},
                {QStringLiteral("status"), statusName(goal.status)},
                {QStringLiteral("measure"), measureName(goal.measure)},
                {QStringLiteral("target"), goal.target > 0 ? maybe(goal.target) : QJsonValue()},
                {QStringLiteral("unit"), goal.unit},
                {QStringLiteral("progress"), maybe(goal.progress())},
                {QStringLiteral("evidence"), goal.evidence},
            });
        areas.append(
            QJsonObject{{QStringLiteral("name"), area.name}, {QStringLiteral("goals"), goals}});
    }
    QJsonArray reviews;
    for (const Review &review : plan.reviews)
        reviews.append(QJsonObject{{QStringLiteral("date"), toEntryDateText(review.date)},
                                   {QStringLiteral("score"), maybe(review.score)},
                                   {QStringLiteral("entry"), review.entryUuid}});
    return QJsonObject{
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("plan"), plan.title},
        {QStringLiteral("start"), toEntryDateText(plan.start)},
        {QStringLiteral("end"), toEntryDateText(plan.end())},
        {QStringLiteral("ended"),
         plan.ended.isValid() ? QJsonValue(toEntryDateText(plan.ended)) : QJsonValue()},
        {QStringLiteral("areas"), areas},
        {QStringLiteral("reviews"), reviews},
    };
}

} // namespace

int Commands::goalsCommand(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = QStringList{QStringLiteral("goals ") + sub} + args.mid(2);
    if (sub == QLatin1String("list"))
        return goalsList(rest);
    if (sub == QLatin1String("add-plan"))
        return goalsAddPlan(rest);
    if (sub == QLatin1String("add"))
        return goalsAdd(rest);
    if (sub == QLatin1String("link"))
        return goalsLink(rest);
    if (sub == QLatin1String("end"))
        return goalsEnd(rest);
    if (sub == QLatin1String("review"))
        return goalsReview(rest);
    if (sub == QLatin1String("set"))
        return goalsSet(rest);
    if (sub.isEmpty())
        return usageError(tr("goals needs a command: list, add-plan, add, link, set, end or review "
                             "(see 'waypoint goals help')"));
    if (sub == QLatin1String("help") || sub == QLatin1String("--help")) {
        print(tr("Usage: waypoint goals list|add-plan|add|link|set|end|review …\n"
                 "  list [--json]                          plans, areas, goals, reviews\n"
                 "  add-plan TITLE --from D [--years N]    a plan of N years (default 3)\n"
                 "  add PLAN AREA TITLE [--tag NAME] [--target N --unit U]\n"
                 "                                         a goal; link entries with #goal/NAME\n"
                 "  link GOAL ENTRY                        write #goal/NAME into the entry\n"
                 "  end PLAN [--date D] [--next TITLE]     end a plan, carrying over what is open\n"
                 "  review PLAN [--date D] [--save]        draft a review (scores go in its text)\n"
                 "  set GOAL [--current N] [--target N] [--status open|done|dropped]\n"
                 "                                         how far a goal is\n"
                 "A review is an entry: 'waypoint goals list' shows their scores.\n"));
        return Success;
    }
    return usageError(tr("unknown goals command '%1' (see 'waypoint goals help')").arg(sub));
}

int Commands::goalsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the goal plans with their areas, goals and reviews."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    QList<Plan> plans;
    try {
        plans = journal->goals().plans();
    } catch (const DatabaseError &error) {
        return failure(tr("cannot read %1: %2").arg(journal->path(), error.message()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Plan &plan : std::as_const(plans))
            array.append(planJson(plan));
        printJson(array);
        return Success;
    }
    const QDate today = QDate::currentDate();
    for (const Plan &plan : std::as_const(plans)) {
        print(tr("%1  %2 – %3  (%4% of the time passed)\n")
                  .arg(oneLine(plan.title), toEntryDateText(plan.start),
                       toEntryDateText(plan.end()))
                  .arg(qRound(plan.elapsed(today))));
        for (const Area &area : plan.areas) {
            printLine(QStringLiteral("  %1").arg(area.name));
            for (const Goal &goal : area.goals) {
                QString line = QStringLiteral("    %1  %2  #goal/%3  ")
                                   .arg(goal.id, 3)
                                   .arg(goal.title, goal.shortName)
                               + tr("%n entries", nullptr, goal.evidence);
                if (goal.progress() >= 0)
                    line += QStringLiteral("  %1%").arg(qRound(goal.progress()));
                if (goal.status != Status::Open)
                    line += QStringLiteral("  ") + Names::status(goal.status);
                printLine(line);
            }
        }
        for (const Review &review : plan.reviews)
            print(tr("  reviewed %1: %2\n")
                      .arg(toEntryDateText(review.date),
                           review.score >= 0 ? QString::number(review.score) : tr("not scored")));
    }
    return Success;
}

int Commands::goalsAddPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Start a goal plan and print its id."));
    parser.addPositionalArgument(QStringLiteral("title"), tr("The plan's title."));
    parser.addOption(
        {QStringLiteral("from"), tr("The day it starts."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("years"), tr("How many years it spans (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("goals add-plan takes one TITLE"));
    const QDate from = parseEntryDate(parser.value(QStringLiteral("from")));
    if (!from.isValid())
        return usageError(tr("goals add-plan needs --from YYYY-MM-DD"));
    bool ok = false;
    const int years = parser.value(QStringLiteral("years")).toInt(&ok);
    if (!ok || years < 1 || years > 20)
        return usageError(tr("--years takes 1 to 20"));
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        const qint64 id =
            journal->goals().addPlan(parser.positionalArguments().constFirst(), from, years);
        print(QString::number(id) + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::goalsAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a goal to an area of a plan (the area is made if "
                                        "needed) and print its tag."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan's id or title."));
    parser.addPositionalArgument(QStringLiteral("area"), tr("The area, such as 开发."));
    parser.addPositionalArgument(QStringLiteral("title"), tr("The goal."));
    parser.addOption({QStringLiteral("tag"),
                      tr("Its short name, for #goal/NAME (default: from the title)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("target"), tr("A number to reach."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("unit"), tr("What the number counts."), QStringLiteral("U")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(tr("goals add takes PLAN, AREA and TITLE"));
    Goal goal;
    goal.title = positional.at(2);
    goal.shortName = parser.value(QStringLiteral("tag"));
    if (goal.shortName.startsWith(QLatin1String("#goal/")))
        goal.shortName = goal.shortName.mid(6);
    if (parser.isSet(QStringLiteral("target"))) {
        bool ok = false;
        goal.target = parser.value(QStringLiteral("target")).toDouble(&ok);
        if (!ok || goal.target <= 0)
            return usageError(tr("--target needs a positive number, not '%1'")
                                  .arg(parser.value(QStringLiteral("target"))));
        goal.measure = Measure::Number;
        goal.unit = parser.value(QStringLiteral("unit"));
    }
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        GoalStore &store = journal->goals();
        QString error;
        const std::optional<Plan> plan = store.findPlan(positional.at(0), &error);
        if (!plan)
            return failure(error);
        goal = store.addGoal(plan->id, positional.at(1), goal);
        print(QStringLiteral("#goal/%1\n").arg(goal.shortName));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::goalsLink(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Link an entry to a goal as evidence: its tag, #goal/NAME, is added to the entry's "
           "text (removing the tag unlinks it)."));
    parser.addPositionalArgument(QStringLiteral("goal"), tr("The goal's id or short name."));
    parser.addPositionalArgument(QStringLiteral("entry"), tr("The entry's id or a unique prefix."));
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("goals link takes GOAL and ENTRY"));
    if (!checkIds({positional.at(1)}, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        GoalStore &goals = journal->goals();
        EntryStore &entries = journal->entries();
        QString error;
        const std::optional<Goal> goal = goals.findGoal(positional.at(0), &error);
        if (!goal)
            return failure(error);
        bool ambiguous = false;
        std::optional<Entry> entry = entries.findByUuid(positional.at(1), &ambiguous);
        if (!entry)
            return failure(
                ambiguous
                    ? tr("'%1' matches several entries; give more of the id").arg(positional.at(1))
                    : tr("no entry with id '%1' in %2").arg(positional.at(1), journal->path()));
        if (!goalTagsIn(entry->body).contains(goal->shortName)) {
            entry->body = withGoalTag(entry->body, goal->shortName);
            entries.update(*entry);
        }
        print(
            tr("%1 is linked to “%2” (%n entries).", nullptr, int(goals.evidence(goal->id).size()))
                .arg(entry->uuid.left(8), goal->title)
            + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::goalsEnd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("End a plan; with --next, start the next one the day after, with the same areas "
           "and every goal still open."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan's id or title."));
    parser.addOption({QStringLiteral("date"), tr("The day it ends (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("next"), tr("The next plan's title."), QStringLiteral("TITLE")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("goals end takes one PLAN"));
    QDate day = QDate::currentDate();
    if (!readDate(parser, QStringLiteral("date"), &day, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        GoalStore &store = journal->goals();
        QString error;
        const std::optional<Plan> plan =
            store.findPlan(parser.positionalArguments().constFirst(), &error);
        if (!plan)
            return failure(error);
        const qint64 next = store.endPlan(plan->id, day, parser.value(QStringLiteral("next")));
        if (next)
            print(QString::number(next) + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::goalsSet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Say how far a goal is: the number reached, the target, "
                                        "or its status."));
    parser.addPositionalArgument(QStringLiteral("goal"), tr("The goal's id or short name."));
    parser.addOption(
        {QStringLiteral("current"), tr("The number reached so far."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("target"), tr("A number to reach."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("status"), tr("open, done or dropped."), QStringLiteral("S")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("goals set takes one GOAL"));
    std::optional<Status> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = statusFromName(parser.value(QStringLiteral("status")));
        if (!status)
            return usageError(tr("unknown status '%1': open, done or dropped")
                                  .arg(parser.value(QStringLiteral("status"))));
    }
    double numbers[2] = {-1, -1};
    const QString names[2] = {QStringLiteral("current"), QStringLiteral("target")};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            continue;
        bool ok = false;
        numbers[i] = parser.value(names[i]).toDouble(&ok);
        if (!ok || numbers[i] < 0)
            return usageError(
                tr("--%1 needs a number, not '%2'").arg(names[i], parser.value(names[i])));
    }
    if (!status && numbers[0] < 0 && numbers[1] < 0)
        return usageError(tr("goals set needs --current, --target or --status"));
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        GoalStore &store = journal->goals();
        QString error;
        std::optional<Goal> goal =
            store.findGoal(parser.positionalArguments().constFirst(), &error);
        if (!goal)
            return failure(error);
        if (numbers[0] >= 0)
            goal->current = numbers[0];
        if (numbers[1] >= 0)
            goal->target = numbers[1];
        if (numbers[0] >= 0 || numbers[1] >= 0)
            goal->measure = Measure::Number;
        if (status)
            goal->status = *status;
        store.updateGoal(*goal);
        QString line =
            QStringLiteral("#goal/%1  %2").arg(goal->shortName, Names::status(goal->status));
        if (goal->progress() >= 0)
            line += QStringLiteral("  %1%").arg(qRound(goal->progress()));
        print(line + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::goalsReview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Draft a review of a plan: per area 成长, 不足 and 下一步, each goal with its evidence "
        "and a score to fill in (\"score: 70\" or \"评分：70\"), and the plan's overall score."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan's id or title."));
    parser.addOption({QStringLiteral("date"), tr("The review's day (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("save"), tr("Save it as a new entry and print its id.")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("goals review takes one PLAN"));
    QDate day = QDate::currentDate();
    if (!readDate(parser, QStringLiteral("date"), &day, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(parser.isSet(QStringLiteral("save")) ? Access::Write : Access::Read);
    if (!journal)
        return Failure;
    try {
        GoalStore &store = journal->goals();
        QString error;
        const std::optional<Plan> plan =
            store.findPlan(parser.positionalArguments().constFirst(), &error);
        if (!plan)
            return failure(error);
        const QString draft = store.reviewDraft(plan->id, day);
        if (!parser.isSet(QStringLiteral("save"))) {
            print(draft);
            return Success;
        }
        print(Reviews::savePlanReview(journal->journal(), plan->id, day).uuid + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::review(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draft a year-end summary from the journal: writing, reading, goals, on this day."));
    parser.addPositionalArgument(QStringLiteral("year"), tr("The year, such as 2026."));
    parser.addOption(
        {QStringLiteral("save"),
         tr("Save the draft as a new entry (with its heatmap image) and print its id.")});
    parser.addOption({QStringLiteral("json"), tr("Print the figures as one JSON object.")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    bool ok = false;
    const int year = parser.positionalArguments().value(0).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || year < 1000 || year > 9999)
        return usageError(tr("review takes one YEAR, such as 2026"));
    std::unique_ptr<JournalSession> journal = openJournal(parser.isSet(QStringLiteral("save")) ? Access::Write : Access::Read);
    if (!journal)
        return Failure;
    try {
        const YearReview review = YearReview::of(journal->journal(), year);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray finished;
            for (const YearReview::Book &book : review.finished)
                finished.append(QJsonObject{{QStringLiteral("title"), book.title},
                                            {QStringLiteral("date"), toEntryDateText(book.date)}});
            QJsonArray goals;
            for (const YearReview::GoalMoved &goal : review.goals)
                goals.append(QJsonObject{{QStringLiteral("plan"), goal.plan},
                                         {QStringLiteral("goal"), goal.title},
                                         {QStringLiteral("evidence"), goal.evidence},
                                         {QStringLiteral("score"), maybe(goal.score)}});
            QJsonArray tags;
            for (const YearReview::Named &tag : review.topTags)
                tags.append(QJsonObject{{QStringLiteral("tag"), tag.name},
                                        {QStringLiteral("entries"), tag.count}});
            printJson(QJsonObject{{QStringLiteral("year"), year},
                                  {QStringLiteral("entries"), review.entries},
                                  {QStringLiteral("characters"), review.characters},
                                  {QStringLiteral("active_days"), review.activeDays},
                                  {QStringLiteral("longest_streak"), review.longestStreak},
                                  {QStringLiteral("top_tags"), tags},
                                  {QStringLiteral("books_finished"), finished},
                                  {QStringLiteral("still_reading"), int(review.reading.size())},
                                  {QStringLiteral("goals"), goals}});
            return Success;
        }
        if (!parser.isSet(QStringLiteral("save"))) {
            print(review.markdown({}));
            return Success;
        }
        print(Reviews::saveYearInReview(journal->journal(), year, QDate::currentDate()).uuid
              + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

} // namespace waypoint::cli
