// The search field: a query as typed, its matches in a text, and the FTS5
// expression it becomes, which SQLite must accept for every query that
// parses without an error.

#include "FuzzSupport.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "core/Searcher.h"
#include "search/Query.h"
#include "search/QueryMatcher.h"
#include "search/SearchIndex.h"
#include "sql/DatabaseError.h"

#include <QTemporaryDir>
#include <memory>

using namespace waypoint;
using namespace waypoint::search;

namespace {

std::unique_ptr<QTemporaryDir> dir;
std::unique_ptr<Journal> journal;

const QString body =
    QStringLiteral("# 读书笔记\n今天读完了《语言学的邀请》，进度 288/288。\n"
                   "学习 MySQL 的索引、openjdk源码和 k8s集群的负载均衡；C++ 与 notepad++ 🎉。\n"
                   "The ANSI C Programming Language - 83/236, goroutine 调度器\n");

void checkRanges(const QList<QueryMatcher::Range> &ranges, const QString &text)
{
    qsizetype after = -1;
    for (const QueryMatcher::Range &range : ranges) {
        FUZZ_CHECK(range.start >= 0 && range.length > 0);
        FUZZ_CHECK(range.start + range.length <= text.size());
        FUZZ_CHECK(range.start > after); // in order, overlaps merged
        after = range.start + range.length;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::makeApplication(); // the SQLite driver is a plugin
    dir = std::make_unique<QTemporaryDir>();
    QString error;
    journal = Journal::open(dir->filePath(QStringLiteral("fuzz.waypoint")), {}, &error);
    if (!journal) {
        std::fprintf(stderr, "cannot open a journal: %s\n", qPrintable(error));
        std::abort();
    }
    EntryStore store(*journal);
    const QStringList titles = {QStringLiteral("读书笔记"), QStringLiteral("k8s 集群"),
                                QStringLiteral("Go 调度器"), QStringLiteral("to:do list")};
    for (int i = 0; i < titles.size(); ++i) {
        Entry entry;
        entry.date = QDate(2021, 3, 14).addDays(i * 40);
        entry.title = titles[i];
        entry.body = body.repeated(i + 1);
        entry.tags = {QStringLiteral("学习"), QStringLiteral("reading")};
        store.create(entry);
    }
    // Closed at exit before what it was opened with (Qt SQL's own statics,
    // the application) goes: handlers run in the reverse order of registration.
    std::atexit([] {
        journal.reset();
        dir.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) // a query is typed; long ones only make the run slow
        return 0;
    const QString text = fuzz::textOf(data, size);
    const Query query = Query::parse(text);
    for (const QList<QueryTerm> &group : query.all) {
        FUZZ_CHECK(!group.isEmpty());
        for (const QueryTerm &term : group)
            FUZZ_CHECK(!term.text.isEmpty());
    }
    for (const QueryTerm &term : query.none)
        FUZZ_CHECK(!term.text.isEmpty());

    const QueryMatcher matcher(query);
    checkRanges(matcher.find(text), text);
    checkRanges(matcher.find(body), body);
    (void)matcher.snippetHtml(text);
    (void)matcher.snippetHtml(body);
    (void)matcher.snippetHtml(body, 7);

    Searcher searcher(journal->database());
    if (!query.error.isEmpty()) {
        bool thrown = false;
        try {
            searcher.search(query, 10);
        } catch (const DatabaseError &) {
            thrown = true;
        }
        FUZZ_CHECK(thrown);
        return 0;
    }
    try {
        const QList<SearchHit> hits = searcher.search(query, 10);
        FUZZ_CHECK(hits.size() <= 10);
        for (const SearchHit &hit : hits)
            FUZZ_CHECK(hit.id > 0 && hit.date.isValid());
        const QList<SearchHit> all = searcher.search(query);
        const QList<qint64> ids = searcher.matchingIds(query);
        FUZZ_CHECK(all.size() >= hits.size());
        for (const SearchHit &hit : all)
            FUZZ_CHECK(ids.contains(hit.id));
    } catch (const DatabaseError &e) {
        std::fprintf(stderr, "query %s: %s\n", qPrintable(text), e.what());
        FUZZ_CHECK(!"SQLite refused the expression of a query that parsed");
    }
    return 0;
}
