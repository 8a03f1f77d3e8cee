// `waypoint --screenshot` shows the real window, in English and in Chinese.

#include "TestSupport.h"
#include "core/EntryStore.h"
#include "core/Journal.h"

#include <QImage>
#include <QSet>
#include <QtTest>

using namespace waypoint;

class ScreenshotTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_entry;

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private slots:
    void initTestCase()
    {
        m_journal = m_dir.filePath(QStringLiteral("shot.waypoint"));
        QString error;
        auto journal = Journal::open(m_journal, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        EntryStore store(*journal);
        Entry entry;
        entry.date = QDate(2022, 3, 14);
        entry.title = QStringLiteral("三年后");
        entry.body = QStringLiteral("# 三年后\n\n## 开发\n\n- 学习 Kubernetes 与 Go\n");
        entry.tags = {QStringLiteral("talk")};
        m_entry = store.create(entry).uuid;
        entry.date = QDate(2022, 3, 15);
        entry.title = QStringLiteral("newest");
        entry.body = QStringLiteral("# newest");
        store.create(entry);
    }

    void savesAPictureOfTheRealWindow()
    {
        const QString png = m_dir.filePath(QStringLiteral("en.png"));
        const test::Run run = test::runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("--lang"),
                                                 QStringLiteral("en"), QStringLiteral("--screenshot"), png,
                                                 QStringLiteral("--entry"), m_entry.left(8)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(distinctColours(image) > 20, "the picture is blank");
        // Editor and preview side by side, the preview rendered: its pane
        // (the right third) shows the heading's and the list's text.
        const QImage preview = image.copy(image.width() * 2 / 3, 40, image.width() / 3 - 20, 300);
        // (78 colours when rendered; a blank pane has 1 or 2.)
        QVERIFY2(distinctColours(preview) > 40, "the preview pane is blank");
    }

    void chineseLocaleGivesAChineseWindow()
    {
        const QString en = m_dir.filePath(QStringLiteral("en2.png"));
        const QString zh = m_dir.filePath(QStringLiteral("zh.png"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QCOMPARE(test::runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("--screenshot"), en},
                                   {}, environment)
                     .exitCode,
                 0);
        environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(test::runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("--screenshot"), zh},
                                   {}, environment)
                     .exitCode,
                 0);
        // Same journal, same entry: only the interface language differs, and
        // that shows in the menu bar at the top.
        const QImage english(en), chinese(zh);
        QCOMPARE(english.size(), chinese.size());
        QVERIFY(english.copy(0, 0, 400, 24) != chinese.copy(0, 0, 400, 24));
    }

    void anUnknownEntryIsAnError()
    {
        const test::Run run = test::runWaypoint({QStringLiteral("--journal"), m_journal, QStringLiteral("--screenshot"),
                                                 m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--entry"),
                                                 QStringLiteral("ffffffff")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "tst_screenshot.moc"
