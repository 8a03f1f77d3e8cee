// Keystroke → preview latency and GUI-thread blocking, in the real window.
//
//   build/tests/bench/bench_preview [--keys N] [--trace]
//
// --trace prints every GUI-thread event that took longer than 8 ms.
//
// Runs offscreen. For a generated 100 KB entry and a 1 MB one it types
// characters in the middle of the text, one at a time, and measures from
// the key event to the page's report that its DOM shows that text (the JS
// `rendered` callback through QWebChannel). The longest single GUI-thread
// event handled while typing is the "GUI block". Baseline, same run: a
// QWebEngineView given the whole HTML page with setHtml() per keystroke,
// timed to loadFinished. Last line: one JSON object.

#include "../EventWait.h"
#include "BenchText.h"
#include "app/EntryEditor.h"
#include "app/MainWindow.h"
#include "app/MarkdownEditor.h"
#include "core/EntryStore.h"
#include "markdown/LiveDocument.h"
#include "markdown/ParsedDocument.h"
#include "models/EntrySession.h"
#include "preview/PreviewView.h"
#include "preview/Schemes.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextStream>
#include <QThread>
#include <QWebEngineView>
#include <algorithm>
#include <cstdio>

using namespace waypoint;
using test::waitUntil;

namespace {

// Times every event the GUI thread handles from its event loop (nested
// sends included in their parent's time); other threads' events are not
// counted.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool measuring = false;
    bool trace = false;
    double longestMs = 0;
    QString longestWhat;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs for every thread's events: only the GUI thread's count.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (!measuring || m_depth > 0) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = timer.nsecsElapsed() / 1e6;
        if (trace && ms > 8)
            std::fprintf(stderr, "long event: type %d to %s, %.1f ms\n", int(event->type()),
                         receiver->metaObject()->className(), ms);
        if (ms > longestMs) {
            longestMs = ms;
            longestWhat = QStringLiteral("%1 → %2")
                              .arg(int(event->type()))
                              .arg(QString::fromLatin1(receiver->metaObject()->className()));
        }
        return result;
    }

private:
    int m_depth = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

struct TypingResult
{
    QList<double> updateMs;
    double guiBlockMs = 0;
    QString guiBlockWhat;
};

TypingResult typeInto(TimedApplication &app, MainWindow &window, const QString &body, int keys)
{
    TypingResult result;
    EntryStore &store = *window.store();
    Entry entry;
    entry.date = QDate(2024, 12, 31);
    entry.body = body;
    const qint64 id = store.create(entry).id;
    window.showEntry(store.find(id)->uuid);
    markdown::LiveDocument *live = window.editor()->liveDocument();
    preview::PreviewView *preview = window.preview();
    if (!waitUntil([&] { return preview->renderedRevision() == int(live->revision()); })) {
        QTextStream(stderr) << "the preview never showed the entry\n";
        return result;
    }
    MarkdownEditor *text = window.editor()->markdownEditor();
    text->setFocus();
    // The middle of the text, at the end of a paragraph line.
    QTextBlock block = text->document()->findBlockByNumber(text->document()->blockCount() / 2);
    while (block.isValid() && !block.text().endsWith(QStringLiteral("。")))
        block = block.next();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    text->setTextCursor(cursor);
    text->centerCursor();
    waitUntil([&] { return preview->renderedRevision() == int(live->revision()); });

    static const QString typed = QStringLiteral("负载均衡服务发现一致性哈希");
    app.measuring = true;
    app.longestMs = 0;
    for (int k = 0; k < keys; ++k) {
        QElapsedTimer timer;
        timer.start();
        QInputMethodEvent commit;
        commit.setCommitString(typed.mid(k % typed.size(), 1));
        QApplication::sendEvent(text, &commit);
        const int revision = int(live->revision());
        if (!waitUntil([&] { return preview->renderedRevision() >= revision; })) {
            QTextStream(stderr) << "keystroke " << k << " never reached the preview\n";
            break;
        }
        result.updateMs << timer.nsecsElapsed() / 1e6;
        // A typist's pause between keys, during which autosave also runs.
        const QDeadlineTimer pause(60);
        while (!pause.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    // The last autosave happens inside the measurement too.
    waitUntil([&] { return window.session()->state() == EntrySession::State::Saved; }, 10000);
    app.measuring = false;
    result.guiBlockMs = app.longestMs;
    result.guiBlockWhat = app.longestWhat;
    return result;
}

// The naive way: the whole page with setHtml on every change.
QList<double> baselineSetHtml(const QString &body, int keys)
{
    QWebEngineView view;
    view.resize(640, 780);
    view.show();
    QList<double> times;
    QString text = body;
    const qsizetype middle = text.indexOf(QStringLiteral("。\n"), text.size() / 2);
    bool loaded = false;
    QObject::connect(&view, &QWebEngineView::loadFinished, [&] { loaded = true; });
    for (int k = 0; k <= keys; ++k) {
        text.insert(middle, QStringLiteral("字"));
        const QString page =
            QStringLiteral("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                           "<link rel=\"stylesheet\" href=\"qrc:/web/preview.css\"></head>"
                           "<body><main id=\"content\">%1</main></body></html>")
                .arg(markdown::ParsedDocument::parse(text)->html());
        QElapsedTimer timer;
        timer.start();
        loaded = false;
        view.setHtml(page, QUrl(QStringLiteral("qrc:/web/")));
        if (!waitUntil([&] { return loaded; }))
            break;
        if (k > 0) // the first load also starts the renderer
            times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    preview::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WaypointBench"));
    int keys = 40;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--keys")); i >= 0 && i + 1 < args.size())
        keys = args[i + 1].toInt();
    app.trace = args.contains(QStringLiteral("--trace"));

    QTemporaryDir dir;
    MainWindow window;
    QString error;
    if (!window.openJournal(dir.filePath(QStringLiteral("bench.waypoint")), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    window.resize(1400, 900);
    window.show();
    window.setViewMode(MainWindow::ViewMode::Split);
    if (!waitUntil([&] { return window.preview()->isSettled(); })) {
        QTextStream(stderr) << "the preview page never loaded\n";
        return 1;
    }

    bench::TextGenerator generator;
    const QString small = generator.document(100 * 1024);
    const QString large = generator.document(1024 * 1024);
    const TypingResult at100 = typeInto(app, window, small, keys);
    const TypingResult at1mb = typeInto(app, window, large, std::max(10, keys / 2));
    const QList<double> baseline = baselineSetHtml(small, std::max(10, keys / 2));

    QTextStream out(stdout);
    out << "100 KB entry: keystroke → preview p50 " << round1(percentile(at100.updateMs, 0.5))
        << " ms, p95 " << round1(percentile(at100.updateMs, 0.95))
        << " ms; longest GUI-thread event " << round1(at100.guiBlockMs) << " ms ("
        << at100.guiBlockWhat << ")\n";
    out << "1 MB entry:   keystroke → preview p50 " << round1(percentile(at1mb.updateMs, 0.5))
        << " ms, p95 " << round1(percentile(at1mb.updateMs, 0.95))
        << " ms; longest GUI-thread event " << round1(at1mb.guiBlockMs) << " ms ("
        << at1mb.guiBlockWhat << ")\n";
    out << "baseline, setHtml of the whole 100 KB page per keystroke: p50 "
        << round1(percentile(baseline, 0.5)) << " ms, p95 " << round1(percentile(baseline, 0.95))
        << " ms\n";
    const QJsonObject figures{
        {QStringLiteral("doc_kb"), 100},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("update_p50_ms"), round1(percentile(at100.updateMs, 0.5))},
        {QStringLiteral("update_p95_ms"), round1(percentile(at100.updateMs, 0.95))},
        {QStringLiteral("baseline_sethtml_p95_ms"), round1(percentile(baseline, 0.95))},
        {QStringLiteral("gui_block_max_ms"), round1(at100.guiBlockMs)},
        {QStringLiteral("doc1mb_update_p95_ms"), round1(percentile(at1mb.updateMs, 0.95))},
        {QStringLiteral("doc1mb_gui_block_max_ms"), round1(at1mb.guiBlockMs)},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
