#include "DerivedData.h"

#include "EntryStore.h"
#include "JournalChanges.h"
#include "search/SearchIndex.h"

namespace waypoint {

namespace {

// The search index is written in the entry's transaction.
class SearchIndexData : public DerivedData
{
public:
    QString name() const override { return QStringLiteral("search"); }

    void written(const QSqlDatabase &db, const Entry *before, const Entry &entry,
                 const QDateTime &, ChangeSet &) override
    {
        if (before && before->title == entry.title && before->body == entry.body)
            return;
        if (before)
            search::SearchIndex::remove(db, entry.id, before->title, before->body);
        search::SearchIndex::add(db, entry.id, entry.title, entry.body);
    }

    QVariant removing(const QSqlDatabase &db, const Entry &entry, ChangeSet &) override
    {
        search::SearchIndex::remove(db, entry.id, entry.title, entry.body);
        return {}; // indexed again from the text
    }

    void restored(const QSqlDatabase &db, const Entry &entry, const QVariant &, const QDateTime &,
                  ChangeSet &) override
    {
        search::SearchIndex::add(db, entry.id, entry.title, entry.body);
    }
};

} // namespace

std::unique_ptr<DerivedData> searchIndexData()
{
    return std::make_unique<SearchIndexData>();
}

bool rebuildSearchIndex(const QSqlDatabase &db,
                        const std::function<bool(int done, int total)> &progress)
{
    return search::SearchIndex::rebuild(
        db, EntryStore::countIn(db),
        [&db](const search::SearchIndex::Add &add) {
            EntryStore::eachText(db, [&add](const Entry &entry) {
                return add(entry.id, entry.title, entry.body);
            });
        },
        progress);
}

} // namespace waypoint
