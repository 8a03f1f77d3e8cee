#pragma once

#include "ProgressRecognizer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace waypoint::reading {

enum class Kind { Book, Course, Article, Video };
enum class Unit { Page, Chapter, Percent, Lesson };
enum class Status { WantToRead, Reading, Finished, Abandoned };

// The names the journal and the command line use ("book", "page", "reading"…).
QString kindName(Kind kind);
QString unitName(Unit unit);
QString statusName(Status status);
std::optional<Kind> kindFromName(const QString &name);
std::optional<Unit> unitFromName(const QString &name);
std::optional<Status> statusFromName(const QString &name);

struct Item;

// The same, as the window shows them (translated).
class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString kind(Kind kind);
    static QString unit(Unit unit);
    static QString status(Status status);
    // "83 / 236 pages", "14.3%", "7 / 13 chapters", "21 pages"
    static QString progress(double value, double total, Unit unit);
    // An item's latest progress: "83 / 236 pages · 35%", "14.3%", "45%" (of an
    // unknown number of pages), "" for an item not started.
    static QString ofItem(const Item &item);
};

// How an event's value was written: in the item's own unit (logged by hand),
// as a count out of some total ("7/13"), or as a percentage.
enum class Notation { ItemUnit, Count, Percent };

enum class EventKind { Progress, Started, Finished };

struct Event
{
    qint64 id = 0;
    qint64 itemId = 0;
    QDate date;
    EventKind kind = EventKind::Progress;
    Notation notation = Notation::ItemUnit;
    double value = 0;
    double outOf = 0;   // the total written beside a Count; 100 for a Percent
    qint64 entryId = 0; // the entry it was read from; 0 when logged by hand
    qint64 mentionId = 0;
    QString entryUuid;
    QString entryTitle;
    int line = 0;
};

struct Item
{
    qint64 id = 0;
    QString uuid; // the same item on every machine the journal syncs to
    QString title;
    QString author;
    Kind kind = Kind::Book;
    Unit unit = Unit::Page;
    double total = 0; // 0: not known
    // What the user set; the status shown is derived from it and the events.
    std::optional<Status> statusSet;
    QDate startedSet;
    QDate finishedSet;
    int rating = 0; // 0–5, 0 = none
    QString notes;
    bool autoApply = false; // suggestions for this title are applied without asking
    QDateTime created;      // UTC

    // Derived from the events by ReadingStore.
    Status status = Status::WantToRead;
    QDate started;
    QDate finished;
    QDate lastRead;
    double value = 0;    // the latest progress, in the item's unit
    double percent = -1; // the latest progress in %; -1 when the total is not known
    int events = 0;
};

// One progress notation the recognizer found in an entry, and what became of it.
struct Suggestion
{
    enum class State { Pending, Applied, Ignored };

    qint64 id = 0;
    qint64 entryId = 0;
    QString entryUuid;
    QString entryTitle;
    QDate date; // the entry's
    ProgressMention mention;
    State state = State::Pending;
    // The item it was applied to, or the item its title matches; 0 when
    // applying it would create a new item like `proposal`.
    qint64 itemId = 0;
    QString itemTitle;
    Item proposal;
};

struct YearSummary
{
    int year = 0;
    int booksFinished = 0;
    int othersFinished = 0; // courses, articles, videos
    double pagesRead = 0;
    int goal = 0; // books to finish that year; 0 = none set
    QList<Item> finished;
};

// What a value written as text means: "120", "45%", "7/13".
struct WrittenValue
{
    Notation notation = Notation::ItemUnit;
    double value = 0;
    double outOf = 0;
};
std::optional<WrittenValue> parseWrittenValue(const QString &text);

// An item read from a file (a Goodreads export), with the progress it had.
struct ImportedItem
{
    Item item;
    std::optional<WrittenValue> progress;
};

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

// Guesses, from one title's mentions, what kind of item it is, its unit and total.
Item proposeItem(const QList<ProgressMention> &mentions);

// An event's progress in the item's unit, and in percent (-1 when not known).
double valueInItemUnit(const Event &event, const Item &item);
double percentOf(const Event &event, const Item &item);

// Fills an item's derived fields from its events (any order).
void deriveProgress(Item &item, const QList<Event> &events);

} // namespace waypoint::reading
