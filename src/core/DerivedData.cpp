#include "DerivedData.h"

#include "DatabaseError.h"
#include "JournalChanges.h"
#include "search/SearchIndex.h"

namespace waypoint {

namespace {

// The index is written in the same transaction as the entry; its errors
// are the journal's.
template <typename Write> void indexing(Write write)
{
    try {
        write();
    } catch (const search::SearchError &error) {
        throw DatabaseError(error.message());
    }
}

class SearchIndexData : public DerivedData
{
public:
    QString name() const override { return QStringLiteral("search"); }

    void written(const QSqlDatabase &db, const Entry *before, const Entry &entry,
                 const QDateTime &, ChangeSet &) override
    {
        if (before && before->title == entry.title && before->body == entry.body)
            return;
        indexing([&] {
            if (before)
                search::SearchIndex::remove(db, entry.id, before->title, before->body);
            search::SearchIndex::add(db, entry.id, entry.title, entry.body);
        });
    }

    QVariant removing(const QSqlDatabase &db, const Entry &entry, ChangeSet &) override
    {
        indexing([&] { search::SearchIndex::remove(db, entry.id, entry.title, entry.body); });
        return {}; // indexed again from the text
    }

    void restored(const QSqlDatabase &db, const Entry &entry, const QVariant &, const QDateTime &,
                  ChangeSet &) override
    {
        indexing([&] { search::SearchIndex::add(db, entry.id, entry.title, entry.body); });
    }
};

} // namespace

std::unique_ptr<DerivedData> searchIndexData()
{
    return std::make_unique<SearchIndexData>();
}

} // namespace waypoint
