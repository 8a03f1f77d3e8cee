#pragma once

#include "Entry.h"
#include "Reading.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace waypoint {

class DerivedData;
class Journal;

// What the user decided about a reading-progress line of an entry (applied
// to an item, or ignored), kept with a deleted entry so that undo restores it.
struct ReadingDecision
{
    QString key;  // the line's normalized title
    QString kind; // progress, started or finished
    double value = 0;
    double total = 0;
    bool applied = false; // else ignored
    qint64 itemId = 0;
};


// The reading list: items, their progress events, the recognizer's
// suggestions and the yearly goals. Every SQL statement about reading lives
// here and in ReadingMentions.cpp; every write is one transaction. Throws
// DatabaseError.
//
// Progress comes from the journal itself: the reading mentions are derived
// data (derivedData()) that the entry store keeps in the transaction of every
// save, so the suggestions always match the entries' text, and an edit
// updates or withdraws the events a line produced. Changes are reported to
// the journal's change hub (Journal::changes()).
class ReadingStore : public QObject
{
    Q_OBJECT

public:
    explicit ReadingStore(Journal &journal, QObject *parent = nullptr);

    Journal &journal() const { return m_journal; }

    // Items with their derived status and progress, in the order added.
    QList<reading::Item> items() const;
    std::optional<reading::Item> item(qint64 id) const;
    // By id, or by title (matched as the recognizer matches titles). Sets
    // *error to one line when nothing or more than one item matches.
    std::optional<reading::Item> findItem(const QString &idOrTitle, QString *error) const;

    // Adds an item; refused when an item with the same title is on the list.
    reading::Item addItem(reading::Item item);
    void updateItem(const reading::Item &item);
    void removeItem(qint64 id);
    // An item another machine added (sync), with its uuid. When one with
    // the same title is on this list already, that one becomes it (takes
    // its uuid, and the fields this one left empty). Returns the item's id.
    qint64 receive(const reading::Item &item);
    // Makes the progress logged by hand for the item `events` (sync); with
    // `keepOthers`, what is logged already stays beside them.
    void replaceLogged(qint64 itemId, const QList<reading::Event> &events, bool keepOthers = false);

    // Progress logged by hand, dated `date`.
    reading::Event logProgress(qint64 itemId, const reading::WrittenValue &value, QDate date,
                               reading::EventKind kind = reading::EventKind::Progress);
    // Removes an event logged by hand; one read from an entry is withdrawn by
    // ignoring its suggestion.
    void removeEvent(qint64 eventId);
    QList<reading::Event> events(qint64 itemId) const; // oldest first

    // The entries whose lines mention the item (applied or pending), newest first.
    QList<reading::Suggestion> mentionsOf(qint64 itemId) const;

    // What the recognizer found, newest entry first.
    QList<reading::Suggestion> suggestions(reading::Suggestion::State state) const;
    QList<reading::Suggestion> allSuggestions() const;
    int pendingCount() const;
    // Applies a suggestion to an item: itemId, else the item its title
    // matches, else a new item as proposed. Returns the item's id.
    qint64 apply(qint64 suggestionId, qint64 itemId = 0);
    void ignore(qint64 suggestionId);
    // Applies it, and from now on every suggestion for that item without asking.
    qint64 alwaysApply(qint64 suggestionId);
    int applyAll();

    // Whether new suggestions are applied without asking (a journal setting).
    bool autoApply() const;
    void setAutoApply(bool on);

    // Runs the recognizer over every entry again (after an upgrade of it),
    // keeping what was applied or ignored. Tells progress(done, total).
    void rescan(const std::function<void(int, int)> &progress = {});

    // Adds the items not on the list (matched by title) and updates the
    // others with what the file says of them; one transaction.
    reading::ImportCounts importItems(const QList<reading::ImportedItem> &items);

    QList<int> years() const; // newest first: years with progress, finishes or a goal
    reading::YearSummary year(int year) const;
    void setYearGoal(int year, int books);

    // The entries' progress lines as derived data, for the entry store.
    static std::unique_ptr<DerivedData> derivedData();
    // Brings the entry's suggestions and events in line with its text.
    // Called inside the entry's write transaction (by derivedData() and by
    // the migration that adds reading). Returns whether anything changed.
    static bool syncEntry(const QSqlDatabase &db, qint64 entryId, QDate date, const QString &body,
                          const QDateTime &now);

private:
    class Mentions;

    // Whether the recognizer found any progress line in the entry.
    static bool entryHasLines(const QSqlDatabase &db, qint64 entryId);
    // The decisions taken on an entry's lines, and, once it is back (after
    // syncEntry), the same decisions on the same lines.
    static QList<ReadingDecision> decisionsOf(const QSqlDatabase &db, qint64 entryId);
    static void restoreDecisions(const QSqlDatabase &db, qint64 entryId,
                                 const QList<ReadingDecision> &decisions, const QDateTime &now);
    // Tells the journal's listeners that the reading list changed.
    void reportChanged() const;
    QList<reading::Event> readEvents(const QString &condition, const QVariant &binding) const;
    qint64 applyLocked(qint64 suggestionId, qint64 itemId);

    Journal &m_journal;
};

} // namespace waypoint
