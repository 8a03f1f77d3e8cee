// Reading progress found in a whole journal.
//
//   build/tests/bench/bench_reading [--entries 100000] [--keep FILE]
//
// Writes a journal of N generated entries (default 100,000, about 1.5 KB
// each): learning-log bullets in Chinese and English, and in every fourth
// entry one or two progress lines in the notations people write
// ("《书名》- 进度 68/288", "Title - 14.3%", "进度 7/13", "读完了《…》"), among
// lines that look like progress and are not (a blog post at 90%, "下降 60%",
// "Go 1.21", dates). Then, in the same run:
//   baseline: read every entry's text from the journal;
//   scan:     read it and run the recognizer over it (what `reading scan` and
//             the Reading List's rescan do before writing anything);
//   rescan:   ReadingStore::rescan(), which also stores each line found as a
//             suggestion, in one transaction.
// `found` must equal `planted`: every planted line found, nothing else.
// Last line: one JSON object.

#include "core/Entry.h"
#include "core/Journal.h"
#include "core/ProgressRecognizer.h"
#include "core/ReadingStore.h"
#include "sql/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace waypoint;

namespace {

const QStringList prose = {
    QStringLiteral("研究使用 client-go 监控 configmap 的变更，watch 接口断线后需要自己重连"),
    QStringLiteral("把网关迁进集群，注入 sidecar 之后配置基本不用改"),
    QStringLiteral(
        "Read about consensus: Raft keeps a replicated log, leaders step down on timeout"),
    QStringLiteral("周会上讨论了多集群的网络方案，暂时先各自独立"),
    QStringLiteral("给监控加了几个告警规则，噪音少了很多"),
    QStringLiteral("tried the new scheduler profile on the staging cluster, nothing broke"),
    QStringLiteral("整理了一下这周的笔记，感觉方向还是有点散"),
    QStringLiteral("跑步五公里，配速比上周快了一点"),
};

// Lines that end like progress and are not.
const QStringList decoys = {
    QStringLiteral("完成博客《我的 Vim 配置》- 90%"),
    QStringLiteral("把接口换成 gRPC 之后，带宽下降 60%"),
    QStringLiteral("升级到 Go 1.21"),
    QStringLiteral("Kubernetes - 1.28"),
    QStringLiteral("2024-03-01 - 50%"),
    QStringLiteral("文章《服务网格实践》- 80%"),
    QStringLiteral("延迟下降 30% ~ 50%"),
};

const QStringList books = {
    QStringLiteral("语言学入门"),
    QStringLiteral("操作系统导论"),
    QStringLiteral("数据密集型应用"),
    QStringLiteral("The C Programming Language"),
    QStringLiteral("Refactoring"),
    QStringLiteral("网络是怎样连接的"),
    QStringLiteral("Site Reliability Engineering"),
    QStringLiteral("深入理解计算机系统"),
};

QString progressLine(QRandomGenerator &random)
{
    const QString &book = books.at(int(random.bounded(int(books.size()))));
    const int total = 200 + int(random.bounded(600));
    const int page = 1 + int(random.bounded(total - 1));
    switch (random.bounded(6)) {
    case 0:
        return QStringLiteral("《%1》- 进度 %2/%3").arg(book).arg(page).arg(total);
    case 1:
        return QStringLiteral("%1 - %2/%3").arg(book).arg(page).arg(total);
    case 2:
        return QStringLiteral("%1 - %2.%3%")
            .arg(book)
            .arg(random.bounded(99))
            .arg(random.bounded(10));
    case 3:
        return QStringLiteral("阅读《%1》 - 进度 %2/13").arg(book).arg(1 + random.bounded(12));
    case 4:
        return QStringLiteral("极客时间《%1》 - %2%").arg(book).arg(1 + random.bounded(99));
    }
    return QStringLiteral("读完了《%1》").arg(book);
}

// One entry's body, and how many progress lines were planted in it.
std::pair<QString, int> entryText(QRandomGenerator &random)
{
    QString text;
    int planted = 0;
    const bool reading = random.bounded(4) == 0;
    const int bullets = 12 + int(random.bounded(10));
    for (int i = 0; i < bullets; ++i) {
        QString line = prose.at(int(random.bounded(int(prose.size()))));
        if (reading && i < 2 && (i == 0 || random.bounded(2) == 0)) {
            line = progressLine(random);
            ++planted;
        } else if (random.bounded(10) == 0) {
            line = decoys.at(int(random.bounded(int(decoys.size()))));
        }
        text += QStringLiteral("- ") + line + QLatin1Char('\n');
        if (random.bounded(3) == 0)
            text += QStringLiteral("  - ") + prose.at(int(random.bounded(int(prose.size()))))
                    + QLatin1Char('\n');
    }
    return {text, planted};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the journal here and keep it."),
                      QStringLiteral("FILE")});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(QStringLiteral("entries")).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep"))
                             ? parser.value(QStringLiteral("keep"))
                             : dir.filePath(QStringLiteral("reading.waypoint"));
    QString error;
    std::unique_ptr<Journal> journal = Journal::open(path, {}, &error);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase db = journal->database();

    // Written straight into the table: the bench times reading, not saving.
    QRandomGenerator random(20210314);
    int planted = 0;
    qint64 bytes = 0;
    {
        sql::Transaction transaction(db);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO entries (uuid, entry_date, title, body,"
                                      " created_utc, updated_utc) VALUES (?, ?, '', ?, '', '')"));
        const QDate first(2014, 1, 1);
        for (int i = 0; i < count; ++i) {
            const auto [text, lines] = entryText(random);
            planted += lines;
            bytes += text.toUtf8().size();
            insert.addBindValue(QStringLiteral("bench-%1").arg(i));
            insert.addBindValue(toEntryDateText(first.addDays(i / 10)));
            insert.addBindValue(text);
            if (!insert.exec()) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
        }
        transaction.commit();
    }
    std::printf("%d entries, %.1f MB of text, %d progress lines planted\n", count,
                double(bytes) / 1e6, planted);

    QElapsedTimer timer;
    timer.start();
    qint64 characters = 0;
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.exec(QStringLiteral("SELECT id, entry_date, body FROM entries"));
        while (read.next())
            characters += read.value(2).toString().size();
    }
    const double baseline = double(timer.nsecsElapsed()) / 1e9;
    std::printf("baseline, reading the text: %.2f s (%lld characters)\n", baseline,
                static_cast<long long>(characters));

    timer.restart();
    int found = 0;
    {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        read.exec(QStringLiteral("SELECT id, entry_date, body FROM entries"));
        while (read.next())
            found += int(recognizeProgress(read.value(2).toString()).size());
    }
    const double scan = double(timer.nsecsElapsed()) / 1e9;
    std::printf("scan, reading and recognizing: %.2f s, %d lines found\n", scan, found);

    timer.restart();
    ReadingStore store(*journal);
    store.rescan();
    const double rescan = double(timer.nsecsElapsed()) / 1e9;
    const int stored = store.pendingCount();
    std::printf("rescan, storing suggestions: %.2f s, %d waiting\n", rescan, stored);

    const QJsonObject figures{
        {QStringLiteral("entries"), count},
        {QStringLiteral("scan_seconds"), qRound(scan * 100) / 100.0},
        {QStringLiteral("baseline_read_seconds"), qRound(baseline * 100) / 100.0},
        {QStringLiteral("found"), found},
        {QStringLiteral("planted"), planted},
        {QStringLiteral("rescan_seconds"), qRound(rescan * 100) / 100.0},
        {QStringLiteral("suggestions_stored"), stored}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return found == planted && stored == planted ? 0 : 1;
}
