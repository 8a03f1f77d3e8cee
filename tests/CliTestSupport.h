#pragma once

// What the command-line tests (tst_clientries, tst_clireadinggoals) share:
// a new journal file for every test, and the real binary run on it.

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace waypoint::test {

class CliTestCase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    QString m_journal;

    test::Run wp(QStringList args, const QByteArray &input = {})
    {
        return runWaypoint(QStringList{QStringLiteral("--journal"), m_journal} + args, input);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_journal = m_dir.filePath(QStringLiteral("cli%1.waypoint").arg(++n));
    }
};

} // namespace waypoint::test
