#pragma once

#include <QList>
#include <QObject>

namespace waypoint {

// What one write changed in a journal, as the windows and models need to
// know it. Writes fill one in inside their transaction and report it after
// the commit.
struct ChangeSet
{
    QList<qint64> created;   // new entries (and restored ones)
    QList<qint64> edited;    // entries whose date, title, tags or source changed
    QList<qint64> rewritten; // entries whose text alone changed
    QList<qint64> removed;
    bool tags = false;       // the tags in use or their counts
    bool reading = false;    // reading items, events or suggestions
    bool goals = false;      // plans, goals, their evidence or reviews
    bool everything = false; // many entries at once (an import): read it all again

    static ChangeSet ofReading();
    static ChangeSet ofGoals();
    static ChangeSet ofEverything();

    bool isEmpty() const;
    // Whether the entries' list (dates, titles, tags, how many) changed.
    bool touchesList() const;
    // Whether any entry was created, edited, rewritten or removed.
    bool touchesEntries() const;
    bool mentions(qint64 entryId) const;
    void merge(const ChangeSet &other);
};

// The one place an open journal's changes are heard. Every connection to
// the journal in this process (the window's, the autosave writer's thread,
// an import's thread, the command line's) reports here; models and windows
// listen here alone. Reports from another thread arrive queued, in order,
// on the thread that opened the journal.
class JournalChanges : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void report(const ChangeSet &changes);

    // While one lives, what this thread reports here is held, and reported
    // as one change when it goes: when it touched entries, as everything
    // changed (an import of many posts is heard once, not post by post).
    class Batch
    {
    public:
        explicit Batch(JournalChanges &changes);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        JournalChanges &m_changes;
        Batch *m_outer;
        ChangeSet m_held;
        friend class JournalChanges;
    };

signals:
    void changed(const waypoint::ChangeSet &changes);
};

} // namespace waypoint

Q_DECLARE_METATYPE(waypoint::ChangeSet)
