// Full-text search over a generated journal, beside a LIKE scan.
//
//   build/tests/bench/bench_search [--entries N] [--seed S] [--keep FILE]
//
// Generates N entries (default 100,000) of mixed Chinese/English text
// (SearchCorpus.h), builds the search index (timed: index_mb_s), then runs a
// fixed mix of queries sampled from the text: single characters, two
// characters, three to five, English words, English and Chinese without a
// space, and quoted phrases across a line break. Each query is timed as the
// search field runs it (best 20 with snippets); the baseline is
// `title LIKE '%q%' OR body LIKE '%q%'` over the same entries, in the same
// run, on a connection with SQLite's defaults (and, as like_mapped_p50_ms,
// on the journal's connection, which maps the file). Recall and precision are measured against a
// substring search on the generated text, with white space between CJK characters ignored and Latin
// letters compared without case. Last line: one JSON object.

#include "SearchCorpus.h"
#include "core/DerivedData.h"
#include "core/Journal.h"
#include "core/Searcher.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace waypoint;

namespace {

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() < 0xa000;
}

// What a substring search compares: ASCII folded to lower case, white space
// between two CJK characters removed.
QString comparable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() && !out.isEmpty() && isCjk(out.back())) {
            qsizetype j = i;
            while (j < text.size() && text[j].isSpace())
                ++j;
            if (j < text.size() && isCjk(text[j])) {
                i = j - 1;
                continue;
            }
        }
        out += c.unicode() < 0x80 ? c.toLower() : c;
    }
    return out;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

struct Sample
{
    QString kind;
    QString query;  // as typed
    QString needle; // as a substring search looks for it
};

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int entries = 100000;
    quint32 seed = 20220314;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries"))
            entries = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[++i].toUInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[++i];
    }

    QTemporaryDir dir;
    const QString file = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.waypoint")) : keep;
    QFile::remove(file);
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(file, {}, &error);
    if (!journal)
        fail(error);
    QSqlDatabase db = journal->database();

    // The journal, written directly (the index is timed on its own below).
    bench::SearchCorpus corpus(seed);
    std::vector<QString> texts;  // comparable title + body, by entry id - 1
    std::vector<QString> bodies; // as written
    qint64 textBytes = 0;
    {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO entries (id, uuid, entry_date, title, body,"
                                      " created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QDate first(2016, 1, 1);
        for (int i = 0; i < entries; ++i) {
            const QString title = corpus.title();
            const QString body = corpus.body();
            textBytes += title.toUtf8().size() + body.toUtf8().size();
            const QString date = first.addDays(i * 3650LL / entries).toString(Qt::ISODate);
            insert.addBindValue(i + 1);
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(date);
            insert.addBindValue(title);
            insert.addBindValue(body);
            insert.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
            insert.addBindValue(QStringLiteral("2024-01-01T00:00:00.000Z"));
            if (!insert.exec())
                fail(insert.lastError().text());
            // Title and body are apart: no match runs from one into the other.
            texts.push_back(comparable(title + QChar(0x1f) + body));
            bodies.push_back(body);
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        std::printf("generated %d entries, %.1f MB of text in %.1f s\n", entries,
                    double(textBytes) / 1e6, double(timer.elapsed()) / 1000);
    }

    QElapsedTimer indexTimer;
    indexTimer.start();
    rebuildSearchIndex(db);
    const double indexSeconds = double(indexTimer.elapsed()) / 1000;
    const double mb = double(textBytes) / 1e6;
    const double indexMb = double(search::SearchIndex::sizeInBytes(db)) / 1e6;
    std::printf("indexed in %.1f s (%.2f MB/s); index %.1f MB = %.2f x the text\n", indexSeconds,
                mb / indexSeconds, indexMb, indexMb / mb);

    // The query mix, sampled from the entries themselves.
    QRandomGenerator random(seed + 1);
    std::vector<Sample> samples;
    const auto randomText = [&]() -> const QString & {
        return texts[size_t(random.bounded(int(texts.size())))];
    };
    const auto cjkRun = [&](int length) {
        for (;;) {
            const QString &text = randomText();
            const qsizetype at = random.bounded(int(text.size() - length));
            const QString piece = text.mid(at, length);
            if (std::all_of(piece.begin(), piece.end(), isCjk))
                return piece;
        }
    };
    for (int i = 0; i < 10; ++i) {
        const QString q = cjkRun(1);
        samples.push_back({QStringLiteral("1 character"), q, q});
    }
    for (int i = 0; i < 10; ++i) {
        const QString q = cjkRun(2);
        samples.push_back({QStringLiteral("2 characters"), q, q});
    }
    for (int i = 0; i < 15; ++i) {
        const QString q = cjkRun(3 + i % 3);
        samples.push_back({QStringLiteral("3-5 characters"), q, q});
    }
    for (int i = 0; i < 10; ++i) {
        const QStringList &words = bench::SearchCorpus::latinWords();
        const QString q = words[int(random.bounded(int(words.size())))];
        samples.push_back({QStringLiteral("English word"), q, q});
    }
    while (samples.size() < 50) { // k8s集群: a word straight before Chinese
        const QString &text = randomText();
        const qsizetype at = random.bounded(int(text.size() - 3));
        if (text[at].unicode() < 0x80 && text[at].isLetterOrNumber() && isCjk(text[at + 1])
            && isCjk(text[at + 2])) {
            qsizetype start = at;
            while (start > 0 && text[start - 1].unicode() < 0x80
                   && text[start - 1].isLetterOrNumber())
                --start;
            const QString q = text.mid(start, at + 3 - start);
            samples.push_back({QStringLiteral("word+Chinese"), q, q});
        }
    }
    while (samples.size() < 55) { // a phrase that a line break splits in the text
        const QString &text = bodies[size_t(random.bounded(int(bodies.size())))];
        const qsizetype at = text.indexOf(QLatin1Char('\n'), random.bounded(int(text.size())));
        if (at < 3 || at + 3 >= text.size() || !isCjk(text[at - 1]) || !isCjk(text[at + 1])
            || !isCjk(text[at - 2]) || !isCjk(text[at + 2]))
            continue;
        const QString q = text.mid(at - 2, 2) + text.mid(at + 1, 2);
        samples.push_back(
            {QStringLiteral("phrase across a line"), QLatin1Char('"') + q + QLatin1Char('"'), q});
    }

    Searcher searcher(db);
    searcher.search(QStringLiteral("预热"), 20); // load the word list once
    std::vector<double> times, likeTimes, mappedLikeTimes;
    QSqlDatabase plain =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
    plain.setDatabaseName(file);
    plain.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!plain.open())
        fail(plain.lastError().text());
    std::map<QString, std::vector<double>> byKind;
    qint64 truthTotal = 0, foundTotal = 0, bothTotal = 0;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("\n%-22s %-14s %8s %8s %9s %9s\n", "kind", "query", "ms", "like ms", "truth",
                "found");
    for (const Sample &sample : samples) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> top = searcher.search(sample.query, 20);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        times.push_back(ms);
        byKind[sample.kind].push_back(ms);

        // The baseline, twice: on a connection with SQLite's defaults (what
        // a journal without an index would do), and on the journal's own
        // connection, which maps the file.
        for (auto [connection, into] :
             {std::pair{plain, &likeTimes}, std::pair{db, &mappedLikeTimes}}) {
            timer.restart();
            QSqlQuery like(connection);
            like.prepare(
                QStringLiteral("SELECT count(*) FROM entries WHERE title LIKE ? OR body LIKE ?"));
            like.addBindValue(QLatin1Char('%') + sample.needle + QLatin1Char('%'));
            like.addBindValue(QLatin1Char('%') + sample.needle + QLatin1Char('%'));
            if (!like.exec() || !like.next())
                fail(like.lastError().text());
            into->push_back(double(timer.nsecsElapsed()) / 1e6);
        }

        const QList<qint64> found = searcher.matchingIds(search::Query::parse(sample.query));
        std::vector<char> isFound(texts.size() + 1, 0);
        for (qint64 id : found)
            isFound[size_t(id)] = 1;
        const QString needle = comparable(sample.needle);
        qint64 truth = 0, both = 0;
        for (size_t i = 0; i < texts.size(); ++i) {
            if (texts[i].contains(needle)) {
                ++truth;
                both += isFound[i + 1];
            }
        }
        truthTotal += truth;
        foundTotal += found.size();
        bothTotal += both;
        std::printf("%-22s %-14s %8.2f %8.1f %9lld %9lld%s\n", qPrintable(sample.kind),
                    qPrintable(sample.query), ms, likeTimes.back(), truth, qint64(found.size()),
                    both < truth ? "  MISSED SOME" : "");
        if (truth > 0 && top.isEmpty())
            std::printf("  (no results shown for a query with matches)\n");
    }
    std::printf("\n");
    for (const auto &[kind, values] : byKind)
        std::printf("%-22s p50 %6.2f ms  p95 %6.2f ms\n", qPrintable(kind), percentile(values, 0.5),
                    percentile(values, 0.95));
    const double recall = truthTotal ? double(bothTotal) / double(truthTotal) : 1.0;
    const double precision = foundTotal ? double(bothTotal) / double(foundTotal) : 1.0;
    std::printf("recall %.4f, precision %.4f against the substring search\n", recall, precision);

    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    const QJsonObject figures{
        {QStringLiteral("entries"), entries},
        {QStringLiteral("mb"), round2(mb)},
        {QStringLiteral("index_mb"), round2(indexMb)},
        {QStringLiteral("index_mb_s"), round2(mb / indexSeconds)},
        {QStringLiteral("p50_ms"), round2(percentile(times, 0.5))},
        {QStringLiteral("p95_ms"), round2(percentile(times, 0.95))},
        {QStringLiteral("like_p50_ms"), round2(percentile(likeTimes, 0.5))},
        {QStringLiteral("like_p95_ms"), round2(percentile(likeTimes, 0.95))},
        {QStringLiteral("like_mapped_p50_ms"), round2(percentile(mappedLikeTimes, 0.5))},
        {QStringLiteral("recall"), std::round(recall * 10000) / 10000},
        {QStringLiteral("precision"), std::round(precision * 10000) / 10000},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
