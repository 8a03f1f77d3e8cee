// Exported HTML fetches nothing from the network unless asked to: a loopback
// web server counts every request while a real page opens the export, and
// the entries try every way a remote image can hide (a Mermaid label, a
// protocol-relative link, raw HTML).

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "core/Journal.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebEngineProfile>

using namespace waypoint;

namespace {

// Serves the files under root at /site/… and answers 404 to anything
// else; remembers every path asked for.
class LoopbackServer : public QTcpServer
{
public:
    QString root;
    QStringList requests;

    LoopbackServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    QStringList outsideSite() const
    {
        QStringList outside;
        for (const QString &path : requests)
            // The browser asks for a site's icon by itself, not the page.
            if (!path.startsWith(QLatin1String("/site/")) && path != QLatin1String("/favicon.ico"))
                outside.append(path);
        return outside;
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        if (!pending.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
        m_pending.remove(socket);
        const QString path =
            requestLine.size() > 1 ? QString::fromUtf8(requestLine.at(1)) : QString();
        requests.append(path);
        QByteArray body;
        QByteArray status = "404 Not Found";
        QByteArray type = "text/plain";
        if (path.startsWith(QLatin1String("/site/")) && !path.contains(QLatin1String(".."))) {
            QFile file(root + QUrl::fromPercentEncoding(path.mid(5).toUtf8()));
            if (file.open(QIODevice::ReadOnly)) {
                body = file.readAll();
                status = "200 OK";
                type = path.endsWith(QLatin1String(".css"))    ? "text/css"
                       : path.endsWith(QLatin1String(".html")) ? "text/html; charset=utf-8"
                       : path.endsWith(QLatin1String(".png"))  ? "image/png"
                                                               : "application/octet-stream";
            }
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type
                      + "\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace

class NoRemoteTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    LoopbackServer m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }

    // Runs the export as a script would, while this process keeps serving:
    // a page laid out by the export could try to fetch, too.
    test::Run exportHtml(const QString &output, const QStringList &extra = {})
    {
        QProcess process;
        process.start(QStringLiteral(WAYPOINT_BINARY),
                      QStringList{QStringLiteral("--journal"), m_journal, QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("html"),
                                  QStringLiteral("--output"), output}
                          + extra);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Opens url in a fresh page, waits until it has loaded and drawn, and
    // gives late requests (images, fonts, styles) a moment to show.
    void open(const QUrl &url)
    {
        QWebEngineProfile profile; // off the record: no cache between opens
        QWebEnginePage page(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(url);
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().first().toBool());
        test::evaluate(&page, QStringLiteral("document.fonts.ready.then(() => true)"));
        test::evaluate(&page, QStringLiteral("new Promise(r => requestAnimationFrame(() => "
                                             "setTimeout(() => r(true), 500)))"));
    }

    static QString fileText(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()) : QString();
    }

    // src=, href= of an image, or url(): anything that a page would load
    // from a host rather than from itself or the export's own files.
    static QStringList remoteReferences(const QString &html)
    {
        // (No raw string here: moc misreads the quotes in one.)
        static const QRegularExpression loaded(
            QStringLiteral(
                "<(?!a\\b)[a-z]+\\b[^>]*?\\s(?:src|href|xlink:href|poster|data)\\s*=\\s*[\"']?\\s*("
                "?:[a-z][a-z0-9+.-]*:)?//[^\\s\"'>]*|url\\(\\s*[\"']?\\s*(?:https?:)?//[^)]*\\)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        QRegularExpressionMatchIterator it = loaded.globalMatch(html);
        while (it.hasNext())
            found.append(it.next().captured(0).right(120));
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_server.root = m_dir.path();
        m_journal = path(QStringLiteral("remote.waypoint"));
        QString error;
        std::unique_ptr<Journal> journal = Journal::open(m_journal, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        EntryStore store(*journal);
        const QString h = host();
        test::addEntry(
            store, QDate(2025, 4, 1), QStringLiteral("远程图片"),
            QStringLiteral("# 远程图片\n\n"
                           "```mermaid\ngraph LR\n  A[\"<img src='http://%1/mermaid.png'> 标签\"] "
                           "--> B\n```\n\n"
                           "![协议相对](//%1/relative.png) ![普通](http://%1/plain.png)\n\n"
                           "<img src=\"//%1/raw.png\"> <div "
                           "style=\"background:url(//%1/style.png)\">x</div>\n\n"
                           "[一个链接](http://%1/link.html) 可以留着。\n")
                .arg(h));
    }

    void withoutRemoteImagesNothingIsFetched_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("one file") << false;
        QTest::newRow("folder") << true;
    }

    void withoutRemoteImagesNothingIsFetched()
    {
        QFETCH(bool, folder);
        const QString name =
            folder ? QStringLiteral("site-folder") : QStringLiteral("site-file.html");
        m_server.requests.clear();
        const test::Run run = exportHtml(
            path(name), folder ? QStringList{QStringLiteral("--folder")} : QStringList{});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(m_server.requests.isEmpty(), qPrintable(m_server.requests.join(QLatin1Char(' '))));
        // A real page opens it, from the server and from the disk.
        m_server.requests.clear();
        const QString served = folder ? QStringLiteral("/site/%1/index.html").arg(name)
                                      : QStringLiteral("/site/") + name;
        open(QUrl(QStringLiteral("http://%1%2").arg(host(), served)));
        open(QUrl::fromLocalFile(folder ? path(name + QStringLiteral("/index.html")) : path(name)));
        QVERIFY2(m_server.requests.contains(served),
                 qPrintable(m_server.requests.join(QLatin1Char(' '))));
        QVERIFY2(m_server.outsideSite().isEmpty(),
                 qPrintable(m_server.outsideSite().join(QLatin1Char(' '))));

        // What is in the file: no remote reference at all.
        const QString html =
            fileText(folder ? path(name + QStringLiteral("/index.html")) : path(name));
        QVERIFY(html.contains(QStringLiteral("<svg"))); // the diagram was drawn
        QVERIFY(html.contains(QStringLiteral("remote-image-blocked")));
        const QStringList references = remoteReferences(html);
        QVERIFY2(references.isEmpty(), qPrintable(references.join(QStringLiteral("\n"))));
        // The policy forbids remote loads by itself too.
        static const QRegularExpression policy(
            QStringLiteral("Content-Security-Policy\" content=\"([^\"]*)\""));
        const QString csp = policy.match(html).captured(1);
        QVERIFY2(csp.contains(QStringLiteral("default-src 'none'")), qPrintable(csp));
        QVERIFY2(!csp.contains(QStringLiteral("http:")) && !csp.contains(QStringLiteral("https:")),
                 qPrintable(csp));
    }

    // The same server and page do see the images when they are allowed: the
    // check above would notice a fetch.
    void withRemoteImagesTheyAreFetched()
    {
        const test::Run run =
            exportHtml(path(QStringLiteral("allowed")),
                       {QStringLiteral("--folder"), QStringLiteral("--remote-images")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_server.requests.clear();
        open(QUrl(QStringLiteral("http://%1/site/allowed/index.html").arg(host())));
        QVERIFY2(m_server.outsideSite().contains(QStringLiteral("/plain.png")),
                 qPrintable(m_server.requests.join(QLatin1Char(' '))));
        QVERIFY(m_server.outsideSite().contains(QStringLiteral("/relative.png")));
    }
};

WAYPOINT_WEB_TEST_MAIN(NoRemoteTest)
#include "tst_noremote.moc"
