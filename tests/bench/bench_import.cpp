// Blog import speed.
//
//   build/tests/bench/bench_import [--posts 1000] [--keep DIR]
//
// Generates a Hugo site of N posts (default 1,000): mixed Chinese/English
// Markdown of 1–6 KB with YAML, TOML or no front matter, code blocks, a
// shortcode now and then, and images — a shared pool under static/ and a
// cover in every tenth post's page bundle. Times the import into a new
// journal (site detection, decoding, front matter, Markdown scan, images as
// attachments, one transaction per post, search index), then a second import
// of the same folder (everything unchanged). Baseline, same run: only reading
// the same post and image files. Last line: one JSON object.

#include "blog/Importer.h"
#include "core/EntryStore.h"
#include "core/Journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace waypoint;

namespace {

const char16_t *const words[] = {u"部署", u"集群", u"监控", u"日志", u"性能", u"调度", u"网络",
                                 u"存储", u"读书", u"复盘", u"目标", u"学习", u"源码", u"故障"};
const char *const latin[] = {"Kubernetes", "Python",     "Go",    "OpenStack", "Docker",
                             "etcd",       "Prometheus", "nginx", "Redis",     "Linux"};

QString paragraph(QRandomGenerator &random)
{
    QString text;
    const int sentences = 2 + int(random.bounded(5));
    for (int s = 0; s < sentences; ++s) {
        const int parts = 6 + int(random.bounded(10));
        for (int p = 0; p < parts; ++p) {
            if (random.bounded(5) == 0)
                text +=
                    QLatin1Char(' ') + QLatin1String(latin[random.bounded(10)]) + QLatin1Char(' ');
            else
                text += QString::fromUtf16(words[random.bounded(14)]);
        }
        text += QStringLiteral("。");
    }
    return text + QStringLiteral("\n\n");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Bytes of a plausible image (a PNG signature and noise: the importer stores
// images as they are, it does not decode them).
QByteArray imageBytes(QRandomGenerator &random, int size)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.resize(size);
    for (int i = 8; i < size; ++i)
        data[i] = char(random.bounded(256));
    return data;
}

struct Generated
{
    QStringList files; // posts and the images they use
    int images = 0;
};

Generated generateSite(const QString &root, int posts)
{
    QRandomGenerator random(20261122);
    Generated site;
    writeFile(root + QStringLiteral("/hugo.toml"), "title = \"bench\"\nlanguageCode = \"zh-cn\"\n");
    const int pool = 50;
    for (int i = 0; i < pool; ++i) {
        const QString path = root + QStringLiteral("/static/images/p%1.png").arg(i);
        writeFile(path, imageBytes(random, 8 * 1024 + int(random.bounded(24 * 1024))));
        site.files.append(path);
        ++site.images;
    }
    for (int i = 0; i < posts; ++i) {
        const QDate date = QDate(2012, 1, 1).addDays(i * 4);
        const bool bundle = i % 10 == 0;
        const QString folder = root + QStringLiteral("/content/posts/");
        const QString path =
            bundle
                ? folder + QStringLiteral("post-%1/index.md").arg(i)
                : folder + QStringLiteral("%1-post-%2.md").arg(date.toString(Qt::ISODate)).arg(i);
        QString text;
        const QString title =
            QStringLiteral("第 %1 篇：%2 %3")
                .arg(i)
                .arg(QLatin1String(latin[i % 10]), QString::fromUtf16(words[i % 14]));
        switch (i % 3) {
        case 0:
            text = QStringLiteral("---\ntitle: \"%1\"\ndate: %2T21:00:00+08:00\ntags: [%3, %4]\n"
                                  "categories:\n  - 笔记\ndraft: false\n---\n\n")
                       .arg(title, date.toString(Qt::ISODate), QLatin1String(latin[i % 10]),
                            QString::fromUtf16(words[i % 14]));
            break;
        case 1:
            text = QStringLiteral("+++\ntitle = \"%1\"\ndate = %2\ntags = [\"%3\"]\n+++\n\n")
                       .arg(title, date.toString(Qt::ISODate), QLatin1String(latin[i % 10]));
            break;
        default:
            text = QStringLiteral("# %1\n\n").arg(title);
        }
        const int paragraphs = 2 + int(random.bounded(8));
        for (int p = 0; p < paragraphs; ++p) {
            text += paragraph(random);
            if (p == 1) {
                const int image = int(random.bounded(pool));
                text += QStringLiteral("![图](/images/p%1.png)\n\n").arg(image);
                site.files.append(root + QStringLiteral("/static/images/p%1.png").arg(image));
            }
            if (p == 2)
                text += QStringLiteral("```bash\nkubectl get pods -A\n```\n\n");
            if (p == 3 && i % 7 == 0)
                text += QStringLiteral("{{< figure src=\"/images/p%1.png\" title=\"图\" >}}\n\n")
                            .arg(i % pool);
        }
        if (bundle) {
            const QString cover = QFileInfo(path).absolutePath() + QStringLiteral("/cover.png");
            writeFile(cover, imageBytes(random, 16 * 1024));
            text += QStringLiteral("![封面](cover.png)\n");
            site.files.append(cover);
            ++site.images;
        }
        writeFile(path, text.toUtf8());
        site.files.append(path);
    }
    return site;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("posts"), QStringLiteral("Posts to generate."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Generate into DIR and keep it."),
                      QStringLiteral("DIR")});
    parser.addHelpOption();
    parser.process(app);
    const int posts = parser.value(QStringLiteral("posts")).toInt();
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("keep"))
                             ? parser.value(QStringLiteral("keep"))
                             : temporary.filePath(QStringLiteral("site"));
    const Generated site = generateSite(root, posts);
    out << "generated " << posts << " posts and " << site.images << " images in " << root << "\n";
    out.flush();

    // Baseline: only reading every post and image file once.
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (const QString &path : site.files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll().size();
    }
    const double baseline = seconds(timer);

    QString error;
    auto journal = Journal::open(temporary.filePath(QStringLiteral("bench.waypoint")), {}, &error);
    if (!journal) {
        out << error << "\n";
        return 1;
    }
    timer.restart();
    const blog::Site detected = blog::Site::detect(root, &error);
    const blog::ImportReport report = blog::Importer(*journal).run(detected, {});
    const double importSeconds = seconds(timer);
    if (report.imported != posts) {
        out << "imported " << report.imported << " of " << posts << "\n";
        return 1;
    }
    timer.restart();
    const blog::ImportReport again =
        blog::Importer(*journal).run(blog::Site::detect(root, &error), {});
    const double reimportSeconds = seconds(timer);

    out << "read baseline: " << bytes / 1024 << " KB in " << baseline << " s\n";
    out << "import:   " << importSeconds << " s (" << report.imported << " entries, "
        << report.attachments << " attachments)\n";
    out << "re-import: " << reimportSeconds << " s (" << again.unchanged << " unchanged)\n";
    const QJsonObject figures{
        {QStringLiteral("posts"), posts},
        {QStringLiteral("seconds"), importSeconds},
        {QStringLiteral("posts_per_s"), posts / importSeconds},
        {QStringLiteral("baseline_read_seconds"), baseline},
        {QStringLiteral("reimport_seconds"), reimportSeconds},
        {QStringLiteral("attachments"), report.attachments},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
