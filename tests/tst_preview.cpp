// The live preview in a real Qt WebEngine page (offscreen): what it shows,
// what it never does (run an entry's script, fetch from the network), and the
// source-line mapping behind scroll sync.

#include "WebTestSupport.h"
#include "markdown/ParsedDocument.h"
#include "preview/PreviewBridge.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewView.h"
#include "preview/RequestGuard.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace waypoint;
using markdown::ParsedDocument;

namespace {

// Counts every connection and remembers the request lines it saw.
class WatchingServer : public QTcpServer
{
public:
    QStringList requests;
    int connections = 0;

    WatchingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    requests << QString::fromLatin1(request.left(request.indexOf('\r')));
                    QByteArray png;
                    QBuffer buffer(&png);
                    buffer.open(QIODevice::WriteOnly);
                    QImage(3, 2, QImage::Format_RGB32).save(&buffer, "PNG");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n"
                                  + png);
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

class PreviewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<preview::PreviewView> m_view;
    quint64 m_revision = 100;

    QVariant js(const QString &script) { return test::evaluate(m_view->page(), script); }

    // Shows a Markdown text and waits until the page reports it on screen.
    bool show(const QString &markdown)
    {
        m_view->showDocument(ParsedDocument::parse(markdown, ++m_revision));
        return test::waitUntil([this] { return m_view->renderedRevision() == int(m_revision); });
    }
    // Sends HTML straight to the page, as if the Markdown renderer had let it through.
    bool showRawHtml(const QString &html)
    {
        m_view->bridge()->setHtml(html, int(++m_revision));
        return test::waitUntil([this] { return m_view->renderedRevision() == int(m_revision); });
    }

private slots:
    void initTestCase()
    {
        m_view = std::make_unique<preview::PreviewView>();
        m_view->resize(800, 600);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->bridge()->isPageReady(), 20000);
    }

    void showsMathCodeDiagramsTasksAndJoinsChinese()
    {
        QVERIFY(
            show(QStringLiteral("# 学习笔记\n\n深度\n学习很有趣，soft\nbreak。\n\n"
                                "- [x] 升级集群\n- [ ] 读完《Go 程序设计语言》\n\n"
                                "设 $a_1 * b_2$，导数 $\\frac{dy}{dx}$。\n\n$$\nE = mc^2\n$$\n\n"
                                "```go\nfunc main() { fmt.Println(\"你好\") }\n```\n\n"
                                "```mermaid\ngraph LR\n  A[读书] --> B[写作]\n```\n\n"
                                "| 书 | 进度 |\n|---|---|\n| Go | 7/13 |\n")));
        const QString text =
            js(QStringLiteral("document.getElementById('content').innerText")).toString();
        QVERIFY2(text.contains(QStringLiteral("深度学习很有趣")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("soft break")));
        // KaTeX: three formulas, the fraction and the subscripts as real math markup.
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt(),
                 3);
        QVERIFY(js(QStringLiteral("!!document.querySelector('.katex .mfrac')")).toBool());
        QVERIFY(js(QStringLiteral("!!document.querySelector('.katex-display')")).toBool());
        // highlight.js coloured the Go keywords.
        QVERIFY(
            js(QStringLiteral("document.querySelectorAll('pre code.hljs .hljs-keyword').length"))
                .toInt()
            >= 1);
        // The mermaid diagram is an SVG with both nodes' text.
        QTRY_VERIFY_WITH_TIMEOUT(
            js(QStringLiteral("!!document.querySelector('#content svg')")).toBool(), 10000);
        const QString svgText =
            js(QStringLiteral("document.querySelector('#content svg').textContent")).toString();
        QVERIFY2(svgText.contains(QStringLiteral("读书"))
                     && svgText.contains(QStringLiteral("写作")),
                 qPrintable(svgText));
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('input[type=checkbox]').length")).toInt(),
            2);
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('input[type=checkbox]:checked').length"))
                .toInt(),
            1);
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('table td').length")).toInt(), 2);
        QCOMPARE(js(QStringLiteral("document.documentElement.lang")).toString(),
                 QStringLiteral("zh-CN"));
    }

    void updatesPatchTheDomAndKeepTheScroll()
    {
        QString text;
        for (int i = 1; i <= 150; ++i)
            text += QStringLiteral("第 %1 段：负载均衡与服务发现。\n\n").arg(i);
        QVERIFY(show(text));
        js(QStringLiteral("const ps = document.querySelectorAll('#content p');"
                          "ps[0].__kept = true; ps[149].__kept = true;"
                          "window.scrollTo(0, ps[99].offsetTop);"));
        const int before = js(QStringLiteral("Math.round(window.scrollY)")).toInt();
        QVERIFY(before > 1000);
        // Typing in paragraph 100: the page is patched, not rebuilt.
        text.replace(QStringLiteral("第 100 段：负载均衡"),
                     QStringLiteral("第 100 段：一致性哈希与负载均衡"));
        QVERIFY(show(text));
        QCOMPARE(js(QStringLiteral("Math.round(window.scrollY)")).toInt(), before);
        QVERIFY(js(QStringLiteral("document.querySelectorAll('#content p')[99].textContent"))
                    .toString()
                    .contains(QStringLiteral("一致性哈希")));
        // Paragraphs that did not change are the very same DOM nodes as before.
        QVERIFY(js(QStringLiteral("document.querySelectorAll('#content p')[0].__kept === true"))
                    .toBool());
        QVERIFY(js(QStringLiteral("document.querySelectorAll('#content p')[149].__kept === true"))
                    .toBool());
    }

    void scriptInAnEntryNeverRuns()
    {
        QVERIFY(show(QStringLiteral(
            "<script>window.pwned = 1</script>\n\n"
            "<img src=x onerror=\"window.pwned = 2\">\n\n"
            "[click](javascript:window.pwned=3) <b onmouseover=\"window.pwned=4\">b</b>\n")));
        QVERIFY(js(QStringLiteral("typeof window.pwned")).toString()
                == QStringLiteral("undefined"));
        // Even HTML that reached the page is sanitised there.
        QVERIFY(showRawHtml(QStringLiteral("<p>ok</p><script>window.pwned = 5</script><img "
                                           "src=\"data:,x\" onerror=\"window.pwned = 6\">"
                                           "<iframe src=\"javascript:parent.pwned=7\"></iframe><a "
                                           "href=\"javascript:window.pwned=8\" id=bad>x</a>"
                                           "<svg><script>window.pwned=9</script></svg>")));
        js(QStringLiteral("const a = document.getElementById('bad'); if (a) a.click();"));
        QVERIFY(js(QStringLiteral("typeof window.pwned")).toString()
                == QStringLiteral("undefined"));
        QCOMPARE(js(QStringLiteral(
                        "document.querySelectorAll('#content script, #content iframe').length"))
                     .toInt(),
                 0);
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('#content [onerror]').length")).toInt(),
            0);
        // Math cannot link out or cover the page.
        QVERIFY(show(QStringLiteral("$\\href{javascript:alert(1)}{x}$ $\\rule{500em}{500em}$\n")));
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('#content a').length")).toInt(), 0);
        QVERIFY(js(QStringLiteral("document.getElementById('content').scrollWidth")).toInt()
                < 2000);
    }

    void nothingRemoteIsFetchedUnlessAllowed()
    {
        WatchingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        QVERIFY(
            show(QStringLiteral(
                     "![远程图片](%1/image.png)\n\n[链接](%1/page)\n\n<img src=\"%1/raw.png\">\n")
                     .arg(base)));
        QVERIFY(showRawHtml(
            QStringLiteral(
                "<p style=\"background:url(%1/style.png)\">s</p>"
                "<link rel=\"stylesheet\" href=\"%1/sheet.css\"><img src=\"%1/direct.png\">")
                .arg(base)));
        // Requests would have started as the DOM changed; give them a moment.
        QTest::qWait(300);
        QCOMPARE(server.connections, 0);
        QVERIFY(js(QStringLiteral("!!document.querySelector('.remote-image-blocked')")).toBool());

        // Positive control: once the user allows remote images, the same page
        // does reach the server, so the silence above was real.
        m_view->setRemoteImagesAllowed(true);
        QVERIFY(show(QStringLiteral("![远程图片](%1/image.png)\n").arg(base)));
        QTRY_VERIFY_WITH_TIMEOUT(server.requests.join(u' ').contains(QStringLiteral("/image.png")),
                                 10000);
        QVERIFY(!server.requests.join(u' ').contains(QStringLiteral("/page")));
        m_view->setRemoteImagesAllowed(false);
    }

    void clickedLinksOpenInTheSystemBrowser()
    {
        QList<QUrl> opened;
        m_view->previewPage()->setLinkOpener([&](const QUrl &url) { opened << url; });
        QVERIFY(show(QStringLiteral("见 [Go 文档](https://go.dev/doc/)。\n")));
        js(QStringLiteral("document.querySelector('#content a').click()"));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), QUrl(QStringLiteral("https://go.dev/doc/")));
        // The preview itself stayed where it was.
        QCOMPARE(m_view->page()->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment),
                 preview::PreviewPage::pageUrl);
        QVERIFY(show(QStringLiteral("still here\n")));

        // A footnote link jumps inside the preview instead.
        QVERIFY(show(QStringLiteral("正文[^1]。\n\n") + QStringLiteral("填充\n\n").repeated(80)
                     + QStringLiteral("[^1]: 注释在最后\n")));
        js(QStringLiteral(
            "window.scrollTo(0, 0); document.querySelector('a[href=\"#fn-1\"]').click()"));
        QTRY_VERIFY(js(QStringLiteral("window.scrollY")).toInt() > 500);
        QCOMPARE(opened.size(), 1);
    }

    void attachmentsLoadThroughTheAppScheme()
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage(37, 11, QImage::Format_RGB32).save(&buffer, "PNG");
        const QString key = QStringLiteral("ab").repeated(32);
        m_view->setAttachmentLookup(
            [&](const QString &sha256)
                -> std::optional<preview::AttachmentSchemeHandler::Resource> {
                if (sha256 == key)
                    return preview::AttachmentSchemeHandler::Resource{"image/png", png};
                return std::nullopt;
            });
        QVERIFY(show(QStringLiteral("![架构图](attachment:%1)\n\n![missing](attachment:%2)\n")
                         .arg(key, QStringLiteral("cd").repeated(32))));
        QTRY_COMPARE(
            js(QStringLiteral("document.querySelector('#content img').naturalWidth")).toInt(), 37);
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('#content img')[1].naturalWidth")).toInt(),
            0);
    }

    void scrollSyncMapsSourceLinesBothWays()
    {
        QString text;
        for (int i = 1; i <= 120; ++i)
            text +=
                QStringLiteral("## 第 %1 节\n\n内容 %1，包括一些较长的中文句子用来占据空间。\n\n")
                    .arg(i);
        QVERIFY(show(text));
        // Section 60's heading is on source line 1 + 59 * 4 = 237.
        const int line = 237;
        m_view->scrollToLine(line);
        QTRY_VERIFY(
            std::abs(js(QStringLiteral("window.waypointPreview.lineAtTop()")).toDouble() - line)
            < 1.0);
        QVERIFY(js(QStringLiteral("document.elementFromPoint(20, 5) ? 1 : 0")).toInt() == 1);
        const QString topText =
            js(QStringLiteral("(() => { const h = [...document.querySelectorAll('#content "
                              "h2')].find(e => e.getBoundingClientRect().bottom > 0);"
                              " return h ? h.textContent : ''; })()"))
                .toString();
        QCOMPARE(topText, QStringLiteral("第 60 节"));

        // The user scrolls the preview to section 90: the editor is told its line.
        QSignalSpy scrolled(m_view.get(), &preview::PreviewView::scrolledToLine);
        js(QStringLiteral(
            "window.scrollTo(0, [...document.querySelectorAll('#content h2')][89].offsetTop)"));
        QTRY_VERIFY(!scrolled.isEmpty());
        QVERIFY2(std::abs(scrolled.last().first().toDouble() - (1 + 89 * 4)) < 1.0,
                 qPrintable(QString::number(scrolled.last().first().toDouble())));

        // A click on a paragraph names the line it starts on.
        QSignalSpy clicked(m_view.get(), &preview::PreviewView::clickedLine);
        js(QStringLiteral("[...document.querySelectorAll('#content p')][9].click()"));
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), 1 + 9 * 4 + 2);
    }

    void eachChangeSendsOnlyTheBlocksBetweenTheUnchangedStartAndEnd()
    {
        preview::PreviewBridge bridge;
        QStringList paragraphs;
        for (int i = 1; i <= 100; ++i)
            paragraphs << QStringLiteral("第 %1 段").arg(i);
        auto update = [&](const QString &text, int revision) {
            const auto document = ParsedDocument::parse(text);
            return bridge.makeUpdate(document->htmlBlocks(), document->lineCount(), revision);
        };
        QJsonObject first = update(paragraphs.join(QStringLiteral("\n\n")), 1);
        QCOMPARE(first[QStringLiteral("middle")].toArray().size(), 100);
        QVERIFY(
            first[QStringLiteral("middle")].toArray()[99].toObject().contains(QStringLiteral("h")));

        paragraphs[49] = QStringLiteral("第 50 段，改过了");
        const QJsonObject edited = update(paragraphs.join(QStringLiteral("\n\n")), 2);
        QCOMPARE(edited[QStringLiteral("prefix")].toInt(), 49);
        QCOMPARE(edited[QStringLiteral("suffix")].toInt(), 50);
        QCOMPARE(edited[QStringLiteral("delta")].toInt(), 0);
        QCOMPARE(edited[QStringLiteral("middle")].toArray().size(), 1);
        QVERIFY(edited[QStringLiteral("middle")]
                    .toArray()[0]
                    .toObject()[QStringLiteral("h")]
                    .toString()
                    .contains(QStringLiteral("改过了")));

        // Two lines added on top: every other block keeps its HTML; the page
        // moves their lines by itself.
        const QJsonObject above =
            update(QStringLiteral("开头\n\n") + paragraphs.join(QStringLiteral("\n\n")), 3);
        QCOMPARE(above[QStringLiteral("prefix")].toInt(), 0);
        QCOMPARE(above[QStringLiteral("suffix")].toInt(), 100);
        QCOMPARE(above[QStringLiteral("delta")].toInt(), 2);
        QCOMPARE(above[QStringLiteral("middle")].toArray().size(), 1);

        // Two paragraphs swapped: both are re-placed, but their HTML is not sent again.
        paragraphs.swapItemsAt(9, 10);
        const QJsonObject swapped =
            update(QStringLiteral("开头\n\n") + paragraphs.join(QStringLiteral("\n\n")), 4);
        const QJsonArray middle = swapped[QStringLiteral("middle")].toArray();
        QCOMPARE(middle.size(), 2);
        QVERIFY(!middle[0].toObject().contains(QStringLiteral("h")));
        QVERIFY(!middle[1].toObject().contains(QStringLiteral("h")));
    }

    void fastEditsEndWithThePageShowingTheNewestText()
    {
        QRandomGenerator random(7);
        QStringList paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs << QStringLiteral("段落 %1").arg(i);
        int next = 60;
        std::shared_ptr<const ParsedDocument> document;
        // Many versions in a row, without waiting: the page merges them.
        for (int round = 0; round < 80; ++round) {
            const int at = int(random.bounded(int(paragraphs.size())));
            switch (random.bounded(4)) {
            case 0:
                paragraphs.insert(at, QStringLiteral("新段落 %1\n第二行").arg(next++));
                break;
            case 1:
                if (paragraphs.size() > 5)
                    paragraphs.removeAt(at);
                break;
            case 2:
                paragraphs[at] += QStringLiteral("，加字");
                break;
            default:
                paragraphs.swapItemsAt(at, int(random.bounded(int(paragraphs.size()))));
            }
            document = ParsedDocument::parse(paragraphs.join(QStringLiteral("\n\n")), ++m_revision);
            m_view->showDocument(document);
        }
        QVERIFY(test::waitUntil([this] { return m_view->renderedRevision() == int(m_revision); }));
        const QStringList shown =
            js(QStringLiteral("[...document.querySelectorAll('#content > .wp-block')].map(b => "
                              "b.textContent.trim().replace(/\\n/g, ' '))"))
                .toStringList();
        QStringList expected;
        for (const QString &p : std::as_const(paragraphs))
            expected << QString(p).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(shown, expected);
        // And each block knows the source line it starts on.
        const QVariantList lines =
            js(QStringLiteral(
                   "[...document.querySelectorAll('#content > .wp-block')].map(b => b.__line)"))
                .toList();
        QCOMPARE(lines.size(), document->htmlBlocks().size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i].toInt(), document->htmlBlocks()[i].firstLine);
    }

    void aReloadedPageIsSentEverythingAgain()
    {
        QVERIFY(show(QStringLiteral("# 重新加载\n\n第一段\n\n第二段\n")));
        QSignalSpy ready(m_view->bridge(), &preview::PreviewBridge::pageReady);
        QSignalSpy rendered(m_view.get(), &preview::PreviewView::rendered);
        m_view->page()->triggerAction(QWebEnginePage::Reload);
        // The new page says it is ready and is sent the whole document again.
        QVERIFY(ready.wait(20000));
        QVERIFY(test::waitUntil([&] { return !rendered.isEmpty(); }));
        QCOMPARE(rendered.last().first().toInt(), int(m_revision));
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('#content > .wp-block').length")).toInt(),
            3);
        QVERIFY(show(QStringLiteral("# 重新加载\n\n第一段，改了\n\n第二段\n")));
        QVERIFY(js(QStringLiteral("document.getElementById('content').innerText"))
                    .toString()
                    .contains(QStringLiteral("第一段，改了")));
    }

    void darkThemeFollowsThePalette()
    {
        QPalette dark = m_view->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        m_view->setPalette(dark);
        QTRY_COMPARE(js(QStringLiteral("document.documentElement.dataset.theme")).toString(),
                     QStringLiteral("dark"));
        m_view->setPalette(QPalette());
        QTRY_COMPARE(js(QStringLiteral("document.documentElement.dataset.theme")).toString(),
                     QStringLiteral("light"));
    }
};

WAYPOINT_WEB_TEST_MAIN(PreviewTest)
#include "tst_preview.moc"
