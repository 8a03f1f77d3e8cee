#include "JournalChanges.h"

#include <QThread>

namespace waypoint {

ChangeSet ChangeSet::ofReading()
{
    ChangeSet changes;
    changes.reading = true;
    return changes;
}

ChangeSet ChangeSet::ofGoals()
{
    ChangeSet changes;
    changes.goals = true;
    return changes;
}

ChangeSet ChangeSet::ofEverything()
{
    ChangeSet changes;
    changes.everything = changes.tags = changes.reading = changes.goals = true;
    return changes;
}

bool ChangeSet::isEmpty() const
{
    return !touchesEntries() && !tags && !reading && !goals && !everything;
}

bool ChangeSet::touchesList() const
{
    return everything || !created.isEmpty() || !edited.isEmpty() || !removed.isEmpty();
}

bool ChangeSet::touchesEntries() const
{
    return touchesList() || !rewritten.isEmpty();
}

bool ChangeSet::mentions(qint64 entryId) const
{
    return created.contains(entryId) || edited.contains(entryId) || rewritten.contains(entryId)
           || removed.contains(entryId);
}

void ChangeSet::merge(const ChangeSet &other)
{
    created += other.created;
    edited += other.edited;
    rewritten += other.rewritten;
    removed += other.removed;
    tags = tags || other.tags;
    reading = reading || other.reading;
    goals = goals || other.goals;
    everything = everything || other.everything;
}

namespace {

thread_local JournalChanges::Batch *heldHere = nullptr;

} // namespace

JournalChanges::Batch::Batch(JournalChanges &changes)
    : m_changes(changes)
    , m_outer(heldHere)
{
    heldHere = this;
}

JournalChanges::Batch::~Batch()
{
    heldHere = m_outer;
    if (m_held.touchesEntries()) {
        const ChangeSet all = ChangeSet::ofEverything();
        m_held.merge(all);
    }
    m_changes.report(m_held);
}

void JournalChanges::report(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    for (Batch *batch = heldHere; batch; batch = batch->m_outer) {
        if (&batch->m_changes == this) {
            batch->m_held.merge(changes);
            return;
        }
    }
    if (QThread::currentThread() == thread()) {
        emit changed(changes);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, changes] { emit changed(changes); }, Qt::QueuedConnection);
}

} // namespace waypoint
