// Goodreads' CSV export as it comes in: RFC 4180 with ="…" ISBNs, and
// whatever a spreadsheet made of it.

#include "FuzzSupport.h"
#include "core/GoodreadsCsv.h"

using namespace waypoint;
using namespace waypoint::reading;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::makeApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString error;
    const std::optional<QList<QStringList>> rows = readCsv(bytes, &error);
    if (!rows) {
        FUZZ_CHECK(!error.isEmpty());
    } else {
        // What is read is written back and read again the same.
        for (const QStringList &row : *rows)
            FUZZ_CHECK(!row.isEmpty());
        QString again;
        const std::optional<QList<QStringList>> reread = readCsv(writeCsv(*rows), &again);
        FUZZ_CHECK(reread && *reread == *rows);
    }

    error.clear();
    const std::optional<QList<ImportedItem>> items = parseGoodreads(bytes, &error);
    if (!items) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    QList<Item> exported;
    for (const ImportedItem &imported : *items) {
        const Item &item = imported.item;
        FUZZ_CHECK(!item.title.isEmpty() && item.title == item.title.trimmed());
        FUZZ_CHECK(item.rating >= 0 && item.rating <= 5);
        if (item.unit == Unit::Percent)
            FUZZ_CHECK(item.total == 100);
        if (imported.progress)
            FUZZ_CHECK(imported.progress->value > 0);
        exported.append(item);
    }
    // A list exported to Goodreads comes back with its titles, authors and ratings.
    const std::optional<QList<ImportedItem>> back = parseGoodreads(toGoodreads(exported), &error);
    FUZZ_CHECK(back && back->size() == items->size());
    for (qsizetype i = 0; i < back->size(); ++i) {
        FUZZ_CHECK(back->at(i).item.title == exported[i].title);
        FUZZ_CHECK(back->at(i).item.author == exported[i].author);
        FUZZ_CHECK(back->at(i).item.rating == exported[i].rating);
        FUZZ_CHECK(back->at(i).item.kind == exported[i].kind);
    }
    return 0;
}
