#pragma once

#include "Entry.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace waypoint {

class DerivedData;
class Journal;

// Entries with their tags and revisions. Every SQL statement about entries
// lives here; every write is one transaction, which also brings the data
// derived from the entry (DerivedData) in line, and is reported after the
// commit to the journal's change hub (Journal::changes()). Throws DatabaseError.
class EntryStore : public QObject
{
    Q_OBJECT

public:
    explicit EntryStore(Journal &journal, QObject *parent = nullptr);
    ~EntryStore() override;

    // Revisions are coalesced: a save keeps the text it replaces only when the
    // entry has no revision from the last ten minutes.
    static constexpr int revisionIntervalSecs = 10 * 60;

    // Stores a new entry (uuid, created and updated are filled in) and returns it.
    Entry create(Entry entry);
    enum class RevisionPolicy {
        Coalesce, // typing: at most one revision per revisionIntervalSecs
        Always,   // a replacement from outside (a re-imported post): always keep the old text
        // The entry as another machine has it (sync): the old text is always
        // kept, and the entry's `updated` is taken as given, so that both
        // journals hold the same entry.
        Received,
    };
    // Saves date, title, body, tags and the import fields. Returns false when
    // nothing changed.
    bool update(const Entry &entry, RevisionPolicy policy = RevisionPolicy::Coalesce);
    // An entry that another machine created (sync): stored with the uuid,
    // created and updated times it has there.
    Entry receive(Entry entry);
    // Keeps a text the entry does not show as one of its revisions (the other
    // side of a sync conflict), saved at `saved`.
    void keepRevision(qint64 id, const QString &title, const QString &body, const QDateTime &saved);
    // Deletes the entry and returns what restore() needs to undo it.
    DeletedEntry remove(qint64 id);
    // Puts a deleted entry back; returns its row id (a new one if its old id was reused).
    qint64 restore(const DeletedEntry &deleted);

    std::optional<Entry> find(qint64 id) const;
    // Every entry, whole, oldest row first (in two statements).
    QList<Entry> all() const;
    // Finds by the full uuid or a unique prefix of it (at least 4 characters).
    // Sets *ambiguous when several entries share the prefix.
    std::optional<Entry> findByUuid(const QString &uuidOrPrefix, bool *ambiguous = nullptr) const;
    // Whether text can name an entry to findByUuid: 4 to 36 hex digits and dashes.
    static bool isIdOrPrefix(const QString &text);

    // Newest first (date, then creation order).
    QList<EntrySummary> list(const EntryFilter &filter = {}) const;
    // The one definition of which entries a filter keeps, as SQL about
    // `entries e` (for the search to join): written between two dates
    // (inclusive; null is open), with every tag of `tags` and none of
    // `without` (as normalizedTag() has them, case folded). Appends the values
    // to bind; "1" when it keeps everything.
    static QString filterSql(QDate from, QDate to, const QStringList &tags,
                             const QStringList &without, QVariantList *values);
    std::optional<EntrySummary> summary(qint64 id) const;
    // Entries written on the same month and day in earlier years, newest first.
    QList<EntrySummary> onThisDay(QDate day) const;
    // The days written on between two dates (inclusive), oldest first.
    QList<DayCount> dayCounts(QDate from, QDate to) const;
    // The tags used most by the entries between two dates, most first.
    QList<TagCount> tagCounts(QDate from, QDate to, int limit) const;
    // Days between two dates also written on in an earlier year: an entry of
    // each such day (the longest days first) and one of an earlier year.
    QList<std::pair<EntrySummary, EntrySummary>> anniversaries(QDate from, QDate to,
                                                               int limit) const;
    // What an export covers, oldest first: the entries named by id (uuids or
    // unique prefixes, in the order given) when there are any, else those the
    // filter matches. An unknown or ambiguous id sets *error (naming it) and
    // gives nothing.
    QList<Entry> select(const QStringList &ids, const EntryFilter &filter, QString *error) const;
    QList<MonthCount> monthCounts(const QString &tag = {}) const; // newest first
    QList<TagCount> tagCounts() const;                            // by name
    QSet<QDate> datesWithEntries(QDate from, QDate to) const;
    std::optional<qint64> newestOn(QDate date) const;
    std::optional<qint64> newest() const;
    QList<Revision> revisions(qint64 id) const; // newest first

    struct ImportedSource
    {
        qint64 id = 0;
        QString source; // relative to root
        QString root;
        QString hash;
    };
    // The entries that came from imported posts, oldest first.
    QList<ImportedSource> importedSources() const;
    int count() const;

    // Every entry's text, oldest row first, for what is kept from it to be
    // made again (a backfill, a rescan, a new goal, the search index): each()
    // gets id, date, title and body; it returns false to stop. With
    // `containing`, only the entries whose body has that text.
    static void eachText(const QSqlDatabase &db, const std::function<bool(const Entry &)> &each,
                         const QString &containing = {});
    static int countIn(const QSqlDatabase &db);

    // What a row kept from an entry (a goal's evidence, a reading event or
    // suggestion, a review) shows of it.
    struct Ref
    {
        qint64 id = 0;
        QString uuid;
        QDate date;
        QString title;
    };
    // The entries named by id; ids of no entry are left out.
    static QHash<qint64, Ref> refs(const QSqlDatabase &db, const QList<qint64> &ids);
    // The list's order: newest date first, then the later row.
    static bool newestFirst(const Ref &a, const Ref &b);

    // Another kind of data kept from entries' text (see DerivedData); the
    // search index, reading mentions and goal links are there from the start.
    void addDerivedData(std::unique_ptr<DerivedData> data);

    Journal &journal() const { return m_journal; }

private:
    Entry insert(Entry entry);
    void writeTags(qint64 id, const QStringList &tags) const;
    QStringList readTags(qint64 id) const;

    Journal &m_journal;
    std::vector<std::unique_ptr<DerivedData>> m_derived;
};

} // namespace waypoint
