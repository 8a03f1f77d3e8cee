#pragma once

// A git server over HTTP on loopback, as a GitHub or Gitea private
// repository behaves to a client: every request must carry Basic
// authentication with the right token (else 401 and a challenge), and git's
// own `git http-backend` (CGI) answers the smart protocol for a folder of
// bare repositories. It runs on a thread of its own, so that a sync on the
// test's thread may block on it.

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>

namespace waypoint::test {

class GitHttpServer : public QThread
{
public:
    // Serves the bare repositories under root to user:token.
    GitHttpServer(QString root, QByteArray user, QByteArray token)
        : m_root(std::move(root))
        , m_credentials((user + ':' + token).toBase64())
        , m_user(std::move(user))
    {
        start();
        m_ready.acquire();
    }
    ~GitHttpServer() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port; }
    QString url(const QString &repository) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(repository);
    }
    int requests() const { return m_requests; }
    int refused() const { return m_refused; }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QHash<QTcpSocket *, QByteArray> pending;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    QByteArray &buffer = pending[socket];
                    buffer += socket->readAll();
                    // A request may come on a connection kept alive after the last.
                    while (const std::optional<Request> request = takeRequest(buffer))
                        socket->write(answer(*request));
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, socket] {
                    pending.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    // The first whole request in buffer, removed from it; nullopt while
    // it is still arriving. Bodies come with a length or chunked.
    static std::optional<Request> takeRequest(QByteArray &buffer)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        if (first.size() < 2)
            return std::nullopt;
        request.method = first.at(0);
        const QByteArray target = first.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        qsizetype at = headEnd + 4;
        if (request.headers.value("transfer-encoding").toLower() == "chunked") {
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    return std::nullopt;
                bool ok = false;
                const qsizetype size = buffer.mid(at, lineEnd - at).split(';').first().toLongLong(&ok, 16);
                if (!ok)
                    return std::nullopt;
                if (buffer.size() < lineEnd + 2 + size + 2)
                    return std::nullopt;
                request.body += buffer.mid(lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
                if (size == 0)
                    break;
            }
        } else {
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < at + length)
                return std::nullopt;
            request.body = buffer.mid(at, length);
            at += length;
        }
        buffer.remove(0, at);
        return request;
    }

    QByteArray answer(const Request &request)
    {
        ++m_requests;
        const QByteArray authorization = request.headers.value("authorization");
        if (authorization != "Basic " + m_credentials) {
            ++m_refused;
            return "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\n"
                   "Content-Length: 0\r\n\r\n";
        }
        QProcess backend;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
        environment.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GATEWAY_INTERFACE"), QStringLiteral("CGI/1.1"));
        environment.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(request.method));
        environment.insert(QStringLiteral("PATH_INFO"), QString::fromUtf8(request.path));
        environment.insert(QStringLiteral("QUERY_STRING"), QString::fromUtf8(request.query));
        environment.insert(QStringLiteral("CONTENT_TYPE"),
                           QString::fromLatin1(request.headers.value("content-type")));
        environment.insert(QStringLiteral("CONTENT_LENGTH"),
                           QString::number(request.body.size()));
        environment.insert(QStringLiteral("REMOTE_USER"), QString::fromUtf8(m_user));
        environment.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
        if (request.headers.contains("content-encoding"))
            environment.insert(QStringLiteral("HTTP_CONTENT_ENCODING"),
                               QString::fromLatin1(request.headers.value("content-encoding")));
        if (request.headers.contains("git-protocol"))
            environment.insert(QStringLiteral("GIT_PROTOCOL"),
                               QString::fromLatin1(request.headers.value("git-protocol")));
        backend.setProcessEnvironment(environment);
        backend.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
        backend.write(request.body);
        backend.closeWriteChannel();
        backend.waitForFinished(60000);
        const QByteArray output = backend.readAllStandardOutput();
        // CGI's answer: its headers (a Status: among them), a blank line, the body.
        qsizetype split = output.indexOf("\r\n\r\n");
        qsizetype gap = 4;
        if (split < 0) {
            split = output.indexOf("\n\n");
            gap = 2;
        }
        QByteArray status = "200 OK";
        QByteArray headers;
        for (const QByteArray &line : output.left(qMax<qsizetype>(split, 0)).split('\n')) {
            const QByteArray header = line.trimmed();
            if (header.toLower().startsWith("status:"))
                status = header.mid(7).trimmed();
            else if (!header.isEmpty())
                headers += header + "\r\n";
        }
        const QByteArray body = split < 0 ? QByteArray() : output.mid(split + gap);
        return "HTTP/1.1 " + status + "\r\n" + headers
               + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    const QString m_root;
    const QByteArray m_credentials;
    const QByteArray m_user;
    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_requests{0};
    std::atomic<int> m_refused{0};
};

} // namespace waypoint::test
