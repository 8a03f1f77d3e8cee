// waypoint reading …: the reading list from the command line.

#include "Commands.h"

#include "sql/DatabaseError.h"
#include "core/Entry.h"
#include "core/GoodreadsCsv.h"
#include "core/Journal.h"
#include "core/ReadingStore.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace waypoint::cli {

using namespace reading;

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(toEntryDateText(date)) : QJsonValue();
}

QJsonValue numberJson(double value)
{
    return value == std::floor(value) ? QJsonValue(qint64(value)) : QJsonValue(value);
}

QJsonObject itemJson(const Item &item, const QList<Event> &events)
{
    QJsonArray eventArray;
    for (const Event &event : events) {
        QJsonObject object{
            {QStringLiteral("date"), toEntryDateText(event.date)},
            {QStringLiteral("kind"), event.kind == EventKind::Started ? QStringLiteral("started")
                                     : event.kind == EventKind::Finished
                                         ? QStringLiteral("finished")
                                         : QStringLiteral("progress")},
            {QStringLiteral("value"),
             numberJson(std::round(valueInItemUnit(event, item) * 10) / 10)},
            {QStringLiteral("entry"),
             event.entryUuid.isEmpty() ? QJsonValue() : QJsonValue(event.entryUuid)},
        };
        eventArray.append(object);
    }
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("author"), item.author},
        {QStringLiteral("kind"), kindName(item.kind)},
        {QStringLiteral("unit"), unitName(item.unit)},
        {QStringLiteral("total"), item.total > 0 ? numberJson(item.total) : QJsonValue()},
        {QStringLiteral("status"), statusName(item.status)},
        {QStringLiteral("value"), numberJson(std::round(item.value * 10) / 10)},
        {QStringLiteral("percent"),
         item.percent >= 0 ? numberJson(std::round(item.percent * 10) / 10) : QJsonValue()},
        {QStringLiteral("started"), dateJson(item.started)},
        {QStringLiteral("finished"), dateJson(item.finished)},
        {QStringLiteral("rating"), item.rating},
        {QStringLiteral("notes"), item.notes},
        {QStringLiteral("events"), eventArray},
    };
}

QString stateName(Suggestion::State state)
{
    return state == Suggestion::State::Applied   ? QStringLiteral("applied")
           : state == Suggestion::State::Ignored ? QStringLiteral("ignored")
                                                 : QStringLiteral("pending");
}

} // namespace

int Commands::reading(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = QStringList{QStringLiteral("reading ") + sub} + args.mid(2);
    if (sub == QLatin1String("list"))
        return readingList(rest);
    if (sub == QLatin1String("add"))
        return readingAdd(rest);
    if (sub == QLatin1String("log"))
        return readingLog(rest);
    if (sub == QLatin1String("scan"))
        return readingScan(rest);
    if (sub == QLatin1String("import") || sub == QLatin1String("export"))
        return readingCsv(rest, sub == QLatin1String("import"));
    if (sub == QLatin1String("year"))
        return readingYear(rest);
    if (sub.isEmpty())
        return usageError(tr("reading needs a command: list, add, log, scan, import, export or "
                             "year (see 'waypoint reading help')"));
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        print(tr("Usage: waypoint reading list|add|log|scan|import|export|year …\n"
                 "  list [--json]                       the reading list\n"
                 "  add TITLE [--author A] [--kind K] [--unit U --total N]\n"
                 "                                      put an item on the list\n"
                 "  log ITEM VALUE [--date D]           record progress (120, 45% or 7/13)\n"
                 "  scan [--apply] [--json]             what the journal's entries say\n"
                 "  import FILE.csv | export FILE.csv   Goodreads' CSV layout\n"
                 "  year [YEAR] [--goal N] [--json]     books finished and pages read\n"));
        return Success;
    }
    return usageError(tr("unknown reading command '%1' (see 'waypoint reading help')").arg(sub));
}

int Commands::readingList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reading list, in the order items were added."));
    parser.addOption({QStringLiteral("status"),
                      tr("Only items with this status: want, reading, finished or abandoned."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::optional<Status> only;
    if (parser.isSet(QStringLiteral("status"))) {
        only = statusFromName(parser.value(QStringLiteral("status")));
        if (!only)
            return usageError(tr("unknown status '%1': want, reading, finished or abandoned")
                                  .arg(parser.value(QStringLiteral("status"))));
    }
    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    try {
        ReadingStore &store = journal->reading();
        QJsonArray array;
        for (const Item &item : store.items()) {
            if (only && item.status != *only)
                continue;
            if (parser.isSet(QStringLiteral("json"))) {
                array.append(itemJson(item, store.events(item.id)));
                continue;
            }
            QString line = QStringLiteral("%1  %2  %3  %4")
                               .arg(item.id, 4)
                               .arg(Names::status(item.status), -12)
                               .arg(Names::ofItem(item), -24)
                               .arg(item.title);
            if (!item.author.isEmpty())
                line += QStringLiteral(" — ") + item.author;
            printLine(line);
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(array);
    } catch (const DatabaseError &error) {
        return failure(tr("cannot read %1: %2").arg(journal->path(), error.message()));
    }
    return Success;
}

int Commands::readingAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Put a book, course, article or video on the reading "
                                        "list and print its id."));
    parser.addPositionalArgument(QStringLiteral("title"), tr("Its title."));
    parser.addOption({QStringLiteral("author"), tr("Who wrote it."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("kind"), tr("book (default), course, article or video."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("unit"),
                      tr("What progress counts: page (default), chapter, percent or lesson."),
                      QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("total"), tr("How many of the unit there are."), QStringLiteral("N")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("reading add takes one TITLE (quote a title with spaces)"));
    Item item;
    item.title = parser.positionalArguments().constFirst().trimmed();
    item.author = parser.value(QStringLiteral("author"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const std::optional<Kind> kind = kindFromName(parser.value(QStringLiteral("kind")));
        if (!kind)
            return usageError(tr("unknown kind '%1': book, course, article or video")
                                  .arg(parser.value(QStringLiteral("kind"))));
        item.kind = *kind;
        if (item.kind == Kind::Course)
            item.unit = Unit::Lesson;
    }
    if (parser.isSet(QStringLiteral("unit"))) {
        const std::optional<Unit> unit = unitFromName(parser.value(QStringLiteral("unit")));
        if (!unit)
            return usageError(tr("unknown unit '%1': page, chapter, percent or lesson")
                                  .arg(parser.value(QStringLiteral("unit"))));
        item.unit = *unit;
    }
    if (parser.isSet(QStringLiteral("total"))) {
        bool ok = false;
        item.total = parser.value(QStringLiteral("total")).toDouble(&ok);
        if (!ok || item.total <= 0)
            return usageError(tr("--total needs a positive number, not '%1'")
                                  .arg(parser.value(QStringLiteral("total"))));
    }
    if (item.unit == Unit::Percent)
        item.total = 100;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        print(QString::number(journal->reading().addItem(item).id) + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::readingLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record progress on an item: a count in its unit (120), a percentage (45%) or a "
           "count out of a total (7/13). Reaching the total marks it finished."));
    parser.addPositionalArgument(QStringLiteral("item"), tr("The item's id or title."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("How far you are."));
    parser.addOption(
        {QStringLiteral("date"), tr("The day (default: today)."), QStringLiteral("YYYY-MM-DD")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("reading log takes ITEM and VALUE"));
    const std::optional<WrittenValue> value = parseWrittenValue(positional.at(1));
    if (!value)
        return usageError(
            tr("invalid progress '%1': expected 120, 45% or 7/13").arg(positional.at(1)));
    QDate date = QDate::currentDate();
    if (!readDate(parser, QStringLiteral("date"), &date, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    try {
        ReadingStore &store = journal->reading();
        QString error;
        const std::optional<Item> item = store.findItem(positional.at(0), &error);
        if (!item)
            return failure(error);
        store.logProgress(item->id, *value, date);
        const Item now = *store.item(item->id);
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(now.title, Names::status(now.status), Names::ofItem(now)));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::readingScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find reading progress written in the entries (\"《书名》- 进度 68/288\", "
           "\"Title - 14.3%\", \"读完了《…》\"), and what each line is matched to."));
    parser.addOption({QStringLiteral("apply"),
                      tr("Apply every pending suggestion, creating the items it needs.")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    std::unique_ptr<JournalSession> journal = openJournal(Access::Write);
    if (!journal)
        return Failure;
    int applied = 0;
    QList<Suggestion> found;
    try {
        ReadingStore &store = journal->reading();
        store.rescan();
        if (parser.isSet(QStringLiteral("apply")))
            applied = store.applyAll();
        found = store.allSuggestions();
    } catch (const DatabaseError &error) {
        return failure(tr("cannot scan %1: %2").arg(journal->path(), error.message()));
    }
    const int pending = int(std::count_if(found.begin(), found.end(), [](const Suggestion &s) {
        return s.state == Suggestion::State::Pending;
    }));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray mentions;
        for (const Suggestion &s : std::as_const(found)) {
            const ProgressMention &m = s.mention;
            QJsonObject object{
                {QStringLiteral("entry"), s.entryUuid},
                {QStringLiteral("date"), toEntryDateText(s.date)},
                {QStringLiteral("line"), m.line},
                {QStringLiteral("text"), m.text},
                {QStringLiteral("title"), m.title},
                {QStringLiteral("kind"),
                 m.kind == ProgressMention::Kind::Started    ? QStringLiteral("started")
                 : m.kind == ProgressMention::Kind::Finished ? QStringLiteral("finished")
                                                             : QStringLiteral("progress")},
                {QStringLiteral("value"),
                 m.unit == ProgressMention::Unit::None ? QJsonValue() : numberJson(m.value)},
                {QStringLiteral("total"),
                 m.unit == ProgressMention::Unit::None ? QJsonValue() : numberJson(m.total)},
                {QStringLiteral("state"), stateName(s.state)},
                {QStringLiteral("item"), s.itemId ? QJsonValue(s.itemId) : QJsonValue()},
            };
            if (!s.itemId)
                object.insert(QStringLiteral("proposal"),
                              QJsonObject{{QStringLiteral("title"), s.proposal.title},
                                          {QStringLiteral("kind"), kindName(s.proposal.kind)},
                                          {QStringLiteral("unit"), unitName(s.proposal.unit)},
                                          {QStringLiteral("total"),
                                           s.proposal.total > 0 ? numberJson(s.proposal.total)
                                                                : QJsonValue()}});
            mentions.append(object);
        }
        printJson(QJsonObject{{QStringLiteral("found"), int(found.size())},
                              {QStringLiteral("applied"), applied},
                              {QStringLiteral("pending"), pending},
                              {QStringLiteral("mentions"), mentions}});
        return Success;
    }
    for (const Suggestion &s : std::as_const(found)) {
        const QString target =
            s.itemId ? s.itemTitle
                     : tr("new: %1, %2")
                           .arg(Names::kind(s.proposal.kind),
                                s.proposal.unit == Unit::Percent || s.proposal.total <= 0
                                    ? Names::unit(s.proposal.unit)
                                    : Names::progress(s.proposal.total, 0, s.proposal.unit));
        printLine(QStringLiteral("%1  %2:%3  %4  → %5  [%6]")
                      .arg(toEntryDateText(s.date), s.entryUuid.left(8))
                      .arg(s.mention.line)
                      .arg(s.mention.text, target, stateName(s.state)));
    }
    print(tr("%n progress line(s) found", nullptr, int(found.size()))
          + (parser.isSet(QStringLiteral("apply")) ? tr(", %n applied", nullptr, applied)
                                                   : tr(", %n waiting", nullptr, pending))
          + QStringLiteral(".\n"));
    return Success;
}

int Commands::readingCsv(const QStringList &args, bool import)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        import ? tr("Add the books of a Goodreads export (CSV) to the reading list; books on it "
                    "already take the file's shelf, rating, dates and notes.")
               : tr("Write the reading list as CSV in Goodreads' layout."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    if (import)
        parser.addOption({QStringLiteral("json"), tr("Print what was done as one JSON object.")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("%1 takes one FILE.csv").arg(args.constFirst()));
    const QString path = parser.positionalArguments().constFirst();
    QList<ImportedItem> items;
    if (import) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("cannot read %1: %2").arg(path, file.errorString()));
        QString error;
        std::optional<QList<ImportedItem>> parsed = parseGoodreads(file.readAll(), &error);
        if (!parsed)
            return failure(tr("%1: %2").arg(path, error));
        items = *parsed;
    }
    std::unique_ptr<JournalSession> journal = openJournal(import ? Access::Write : Access::Read);
    if (!journal)
        return Failure;
    try {
        ReadingStore &store = journal->reading();
        if (import) {
            const ImportCounts counts = store.importItems(items);
            if (parser.isSet(QStringLiteral("json")))
                printJson(QJsonObject{{QStringLiteral("added"), counts.added},
                                      {QStringLiteral("updated"), counts.updated},
                                      {QStringLiteral("unchanged"), counts.unchanged}});
            else
                print(tr("%n item(s) added", nullptr, counts.added)
                      + tr(", %n updated", nullptr, counts.updated)
                      + tr(", %n unchanged", nullptr, counts.unchanged) + QStringLiteral(".\n"));
            return Success;
        }
        const QList<Item> all = store.items();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toGoodreads(all)) < 0 || !file.commit())
            return failure(tr("cannot write %1: %2").arg(path, file.errorString()));
        print(tr("Wrote %n item(s) to %1.", nullptr, int(all.size())).arg(path)
              + QLatin1Char('\n'));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

int Commands::readingYear(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A year's reading: books finished, pages read, and "
                                        "the goal for the year."));
    parser.addPositionalArgument(QStringLiteral("year"), tr("The year (default: this one)."));
    parser.addOption({QStringLiteral("goal"),
                      tr("Set the number of books to finish that year "
                         "(0 removes the goal)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    int year = QDate::currentDate().year();
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        year = parser.positionalArguments().constFirst().toInt(&ok);
        if (!ok || year < 1000 || year > 9999 || parser.positionalArguments().size() > 1)
            return usageError(tr("reading year takes one YEAR, such as 2026"));
    }
    int goal = -1;
    if (parser.isSet(QStringLiteral("goal"))) {
        bool ok = false;
        goal = parser.value(QStringLiteral("goal")).toInt(&ok);
        if (!ok || goal < 0)
            return usageError(tr("--goal needs a number of books, not '%1'")
                                  .arg(parser.value(QStringLiteral("goal"))));
    }
    std::unique_ptr<JournalSession> journal = openJournal(goal >= 0 ? Access::Write : Access::Read);
    if (!journal)
        return Failure;
    try {
        ReadingStore &store = journal->reading();
        if (goal >= 0)
            store.setYearGoal(year, goal);
        const YearSummary summary = store.year(year);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray finished;
            for (const Item &item : summary.finished)
                finished.append(QJsonObject{{QStringLiteral("id"), item.id},
                                            {QStringLiteral("title"), item.title},
                                            {QStringLiteral("kind"), kindName(item.kind)},
                                            {QStringLiteral("finished"), dateJson(item.finished)}});
            printJson(QJsonObject{
                {QStringLiteral("year"), year},
                {QStringLiteral("books_finished"), summary.booksFinished},
                {QStringLiteral("others_finished"), summary.othersFinished},
                {QStringLiteral("pages_read"), numberJson(std::round(summary.pagesRead))},
                {QStringLiteral("goal"),
                 summary.goal > 0 ? QJsonValue(summary.goal) : QJsonValue()},
                {QStringLiteral("finished"), finished}});
            return Success;
        }
        print(tr("%1: %n book(s) finished", nullptr, summary.booksFinished).arg(year)
              + (summary.goal > 0 ? tr(" of %1").arg(summary.goal) : QString())
              + tr(", %n other item(s)", nullptr, summary.othersFinished)
              + tr(", %n page(s) read", nullptr, qRound(summary.pagesRead))
              + QStringLiteral(".\n"));
        for (const Item &item : summary.finished)
            printLine(QStringLiteral("  %1  %2").arg(toEntryDateText(item.finished), item.title));
    } catch (const DatabaseError &error) {
        return failure(error.message());
    }
    return Success;
}

} // namespace waypoint::cli
