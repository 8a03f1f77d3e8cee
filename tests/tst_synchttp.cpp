// Sync through a private repository over HTTP, signed in as GitHub or Gitea
// asks: the token in $WAYPOINT_GIT_TOKEN answers the server's challenge; a
// wrong or missing token is one message, asked a bounded number of times,
// with nothing changed on either side, and the next sync with the right
// token goes through. (Plain HTTP on loopback: the sign-in is the same as
// over https, whose certificate is checked by libgit2's TLS.)

#include "GitHttpServer.h"
#include "SyncTestSupport.h"

using namespace waypoint::test;

class SyncHttpTest : public SyncTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("WAYPOINT_GIT_TOKEN"); }

    void aPrivateRepositoryIsReachedWithTheToken()
    {
        GitHttpServer server(m_dir.path(), "waypoint", "ghp_token123");
        const QString url = server.url(QFileInfo(m_remote).fileName());
        qputenv("WAYPOINT_GIT_TOKEN", "ghp_token123");

        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop, url);
        const Entry note = test::addEntry(*laptop.entries, QDate(2026, 12, 1),
                                          QStringLiteral("学习日志"), QStringLiteral("读了第三章"));
        QCOMPARE(sync(laptop).pushed, 1);
        QVERIFY2(server.refused() > 0, "the server asked for the token");

        Machine desktop = machine(QStringLiteral("desktop"));
        setUpGit(desktop, url);
        sync(desktop);
        QCOMPARE(byUuid(desktop, note.uuid)->body, QStringLiteral("读了第三章"));
        Entry edited = *byUuid(desktop, note.uuid);
        edited.body = QStringLiteral("读了第三章，又读了第四章");
        desktop.entries->update(edited);
        QCOMPARE(sync(desktop).pushed, 1);
        QCOMPARE(sync(laptop).pulled, 1);
        QCOMPARE(byUuid(laptop, note.uuid)->body, QStringLiteral("读了第三章，又读了第四章"));
        // What the server holds is the journal, readable by git itself.
        QVERIFY(git({QStringLiteral("show"), QStringLiteral("main:waypoint.json")}, m_remote)
                    .contains(QLatin1String("\"format\"")));
    }

    void aWrongOrMissingTokenIsOneMessageAndChangesNothing()
    {
        GitHttpServer server(m_dir.path(), "alice", "right-token");
        const QString url = server.url(QFileInfo(m_remote).fileName())
                                .replace(QLatin1String("http://"), QLatin1String("http://alice@"));
        Machine laptop = machine(QStringLiteral("laptop"));
        setUpGit(laptop, url);
        test::addEntry(*laptop.entries, QDate(2026, 12, 2), QStringLiteral("周报"));

        // No token: it says where one goes.
        QString error = syncError(laptop);
        QVERIFY2(error.contains(QLatin1String("WAYPOINT_GIT_TOKEN")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));

        // A wrong one: refused once, not asked again and again.
        qputenv("WAYPOINT_GIT_TOKEN", "expired-token");
        const int before = server.requests();
        error = syncError(laptop);
        QVERIFY2(error.contains(QLatin1String("refused the token")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY2(server.requests() - before <= 4, qPrintable(QString::number(server.requests())));
        QCOMPARE(Synchronizer::status(*laptop.journal).lastError, error);
        QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"),
                      QStringLiteral("main")},
                     m_remote),
                 QString());
        QCOMPARE(laptop.entries->count(), 1);

        // The right one: the next sync goes through, and the error is gone.
        qputenv("WAYPOINT_GIT_TOKEN", "right-token");
        QCOMPARE(sync(laptop).pushed, 1);
        QVERIFY(Synchronizer::status(*laptop.journal).lastError.isEmpty());
        QVERIFY(!git({QStringLiteral("rev-parse"), QStringLiteral("main")}, m_remote).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SyncHttpTest)
#include "tst_synchttp.moc"
