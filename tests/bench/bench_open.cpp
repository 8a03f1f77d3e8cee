// What opening a journal costs now that a journal about to be written gets
// SQLite's full integrity check (quick_check misses an index that lost a row).
//
//   build/tests/bench/bench_open [--entries 10000,100000] [--runs 5]
//
// For each size, writes a journal of generated entries (SearchCorpus: ~1.5 KB
// of Chinese and English each) with its search index, then, in the same run:
//   baseline: read the whole file once (what any check must at least do);
//   read:     Journal::open for a command that only reads (quick_check);
//   write:    Journal::open for writing, as the window and `add` open it
//             (quick_check, then integrity_check);
// each the median of --runs opens, with the file in the page cache.
// Last line: one JSON object.

#include "SearchCorpus.h"
#include "core/DerivedData.h"
#include "core/Journal.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace waypoint;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_open: %s\n", qPrintable(message));
    std::exit(1);
}

void generate(const QString &file, int entries)
{
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(file, {}, &error);
    if (!journal)
        fail(error);
    QSqlDatabase db = journal->database();
    bench::SearchCorpus corpus;
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO entries (uuid, entry_date, title, body,"
                                  " created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    const QDate first(2016, 1, 1);
    for (int i = 0; i < entries; ++i) {
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(first.addDays(i * 3650LL / entries).toString(Qt::ISODate));
        insert.addBindValue(corpus.title());
        insert.addBindValue(corpus.body());
        insert.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
        insert.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
        if (!insert.exec())
            fail(insert.lastError().text());
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    rebuildSearchIndex(db);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void openOnce(const QString &file, bool forWriting)
{
    Journal::Options options;
    options.forWriting = forWriting;
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(file, options, &error);
    if (!journal || journal->isReadOnly())
        fail(journal ? journal->readOnlyReason() : error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{10000, 100000};
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries")) {
            sizes.clear();
            for (const QString &n : args[++i].split(QLatin1Char(',')))
                sizes.append(n.toInt());
        } else if (args[i] == QLatin1String("--runs")) {
            runs = std::max(1, args[++i].toInt());
        }
    }

    QTemporaryDir dir;
    QJsonArray results;
    for (const int entries : std::as_const(sizes)) {
        const QString file = dir.filePath(QStringLiteral("open-%1.waypoint").arg(entries));
        generate(file, entries);
        const double mb = double(QFileInfo(file).size()) / 1e6;
        const double baseline = medianMs(runs, [&] {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                fail(in.errorString());
            while (!in.read(1 << 20).isEmpty()) {
            }
        });
        const double read = medianMs(runs, [&] { openOnce(file, false); });
        const double write = medianMs(runs, [&] { openOnce(file, true); });
        std::printf("%d entries, %.0f MB: read the file %.0f ms; open to read %.0f ms; "
                    "open to write (full check) %.0f ms\n",
                    entries, mb, baseline, read, write);
        results.append(QJsonObject{{QStringLiteral("entries"), entries},
                                   {QStringLiteral("file_mb"), qRound(mb)},
                                   {QStringLiteral("baseline_read_file_ms"), qRound(baseline)},
                                   {QStringLiteral("open_read_ms"), qRound(read)},
                                   {QStringLiteral("open_write_ms"), qRound(write)}});
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs},
                                                  {QStringLiteral("sizes"), results}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}
