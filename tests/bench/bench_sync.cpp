// What a sync costs at the size of a ten-year journal.
//
//   build/tests/bench/bench_sync [--entries 10000] [--attachments 500] [--runs 3]
//
// Writes a journal of generated entries (SearchCorpus: ~1.5 KB each) and
// attachments (20 KB each), syncs it through a local bare git repository,
// then, in the same run:
//   baseline: walk the mirror as it is (every file's git id, read from the
//             repository's tree, compared with what the journal remembers):
//             what any sync must at least do to know nothing changed;
//   first:    the first sync (every file written and pushed);
//   nothing:  a sync with nothing changed anywhere (median of --runs);
//   ten:      a sync after 10 entries were edited (median of --runs);
// and the same through a folder (the baseline there: stat every file).
// Budget (DESIGN.md): no change ≤ 1 s, 10 edits ≤ 2 s at 10k entries.
// Last line: one JSON object.

#include "SearchCorpus.h"
#include "core/AttachmentStore.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "sql/Sql.h"
#include "sync/GitRemote.h"
#include "sync/Synchronizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace waypoint;
using namespace waypoint::sync;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    std::exit(1);
}

double ms(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(ms(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

SyncReport syncOnce(Journal &journal)
{
    auto remote = Synchronizer::remoteFor(journal, SyncSettings::of(journal));
    try {
        return Synchronizer(journal, *remote).run();
    } catch (const SyncError &e) {
        fail(e.message());
    }
}

std::unique_ptr<Journal> generate(const QString &file, int entries, int attachments)
{
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(file, {}, &error);
    if (!journal)
        fail(error);
    EntryStore store(*journal);
    AttachmentStore files(*journal);
    bench::SearchCorpus corpus;
    QRandomGenerator random(7);
    sql::Transaction transaction(journal->database());
    const QDate first(2016, 1, 1);
    for (int i = 0; i < entries; ++i) {
        Entry entry;
        entry.date = first.addDays(i * 3650LL / entries);
        entry.title = corpus.title();
        entry.body = corpus.body();
        if (i < attachments) {
            QByteArray data(20000, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
            const QString key =
                files.add(data, QStringLiteral("image/png"), QStringLiteral("p.png"));
            entry.body += QStringLiteral("\n\n![](attachment:%1)").arg(key);
        }
        store.create(entry);
    }
    transaction.commit();
    return journal;
}

void editTen(Journal &journal, int round)
{
    EntryStore store(journal);
    const QList<EntrySummary> all = store.list();
    for (int i = 0; i < 10; ++i) {
        Entry entry = *store.find(all.at((i * 997 + round * 31) % all.size()).id);
        entry.body += QStringLiteral("\n\n补记 %1").arg(round);
        store.update(entry);
    }
}

// What the journal remembers of each file, compared with what is there.
double walkGit(Journal &journal)
{
    return ms([&] {
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("--git-dir"), GitRemote::repositoryPath(journal.path()),
                   QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("main")});
        git.waitForFinished(-1);
        const QList<QByteArray> lines = git.readAllStandardOutput().split('\n');
        QSqlQuery query(QStringLiteral("SELECT path, oid FROM sync_base"), journal.database());
        QHash<QString, QString> known;
        while (query.next())
            known.insert(query.value(0).toString(), query.value(1).toString());
        int same = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 2
                && known.value(QString::fromUtf8(parts[1]))
                       == QString::fromLatin1(parts[0].split(' ').value(2)))
                ++same;
        }
        if (same == 0)
            fail(QStringLiteral("the mirror holds nothing the journal knows"));
    });
}

double walkFolder(const QString &folder)
{
    return ms([&] {
        qint64 bytes = 0;
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            bytes +=
                files.fileInfo().size() + files.fileInfo().lastModified().toMSecsSinceEpoch() % 2;
        }
        if (bytes == 0)
            fail(QStringLiteral("the folder is empty"));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int entries = 10000;
    int attachments = 500;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries"))
            entries = args[++i].toInt();
        else if (args[i] == QLatin1String("--attachments"))
            attachments = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
    }
    QTemporaryDir dir;
    QJsonObject result{{QStringLiteral("entries"), entries},
                       {QStringLiteral("attachments"), attachments},
                       {QStringLiteral("runs"), runs}};
    for (const QString &kind : {QStringLiteral("git"), QStringLiteral("folder")}) {
        const QString file = dir.filePath(kind + QStringLiteral(".waypoint"));
        std::unique_ptr<Journal> journal = generate(file, entries, attachments);
        SyncSettings settings;
        const QString remote = dir.filePath(kind + QStringLiteral("-remote"));
        if (kind == QLatin1String("git")) {
            QProcess::execute(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"),
                                                      QStringLiteral("--bare"), remote});
            settings.kind = SyncSettings::Kind::Git;
            settings.url = remote;
        } else {
            settings.kind = SyncSettings::Kind::Folder;
            settings.folder = remote;
        }
        settings.saveTo(*journal);
        const double first = ms([&] { syncOnce(*journal); });
        const double baseline =
            kind == QLatin1String("git") ? walkGit(*journal) : walkFolder(remote);
        const double nothing = medianMs(runs, [&] {
            if (syncOnce(*journal).pushed != 0)
                fail(QStringLiteral("a sync with no change pushed something"));
        });
        int round = 0;
        std::vector<double> tens;
        for (int i = 0; i < runs; ++i) {
            editTen(*journal, ++round);
            tens.push_back(ms([&] {
                if (syncOnce(*journal).pushed != 10)
                    fail(QStringLiteral("ten edits did not push ten files"));
            }));
        }
        std::sort(tens.begin(), tens.end());
        const double ten = tens[tens.size() / 2];
        std::printf("%s, %d entries and %d attachments: walk the mirror %.0f ms (baseline); first"
                    " sync %.0f ms; no change %.0f ms; after 10 edits %.0f ms\n",
                    qPrintable(kind), entries, attachments, baseline, first, nothing, ten);
        result.insert(kind, QJsonObject{{QStringLiteral("baseline_walk_ms"), qRound(baseline)},
                                        {QStringLiteral("first_ms"), qRound(first)},
                                        {QStringLiteral("no_change_ms"), qRound(nothing)},
                                        {QStringLiteral("ten_edits_ms"), qRound(ten)}});
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
