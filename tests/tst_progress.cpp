// The reading-progress recognizer on lines written the way engineers keep
// their learning logs (all written for this test), and on lines that carry
// numbers but are not reading progress.

#include "core/ProgressRecognizer.h"

#include <QtTest>

using namespace waypoint;
using Kind = ProgressMention::Kind;
using Unit = ProgressMention::Unit;

Q_DECLARE_METATYPE(ProgressMention::Kind)
Q_DECLARE_METATYPE(ProgressMention::Unit)

class ProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void findsProgress_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("title");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("total");

        QTest::newRow("english pages")
            << QStringLiteral("  • Structure and Interpretation of Computer Programs - 120/657")
            << QStringLiteral("Structure and Interpretation of Computer Programs") << Kind::Progress
            << Unit::Count << 120.0 << 657.0;
        QTest::newRow("book marks and 进度")
            << QStringLiteral("- 《数学之美》- 进度 95/312") << QStringLiteral("数学之美")
            << Kind::Progress << Unit::Count << 95.0 << 312.0;
        QTest::newRow("edition note kept in the title")
            << QStringLiteral("* Unix 网络编程(卷1) - 进度 40/700")
            << QStringLiteral("Unix 网络编程(卷1)") << Kind::Progress << Unit::Count << 40.0
            << 700.0;
        QTest::newRow("percent with a dash inside the title")
            << QStringLiteral("  • 机器学习实战 - TensorFlow 版 - 22.5%")
            << QStringLiteral("机器学习实战 - TensorFlow 版") << Kind::Progress << Unit::Percent
            << 22.5 << 100.0;
        QTest::newRow("a course with its platform and verb")
            << QStringLiteral("  • 学习极客时间的《操作系统实战》 - 35%")
            << QStringLiteral("操作系统实战") << Kind::Progress << Unit::Percent << 35.0 << 100.0;
        QTest::newRow("chapters") << QStringLiteral(
            "  • 阅读《Rust 程序设计语言(中文版)》 - 进度 4/20")
                                  << QStringLiteral("Rust 程序设计语言(中文版)") << Kind::Progress
                                  << Unit::Count << 4.0 << 20.0;
        QTest::newRow("full-width colon, digits and percent")
            << QStringLiteral("《设计数据密集型应用》：４２％")
            << QStringLiteral("设计数据密集型应用") << Kind::Progress << Unit::Percent << 42.0
            << 100.0;
        QTest::newRow("em dash") << QStringLiteral("Refactoring — 88/448")
                                 << QStringLiteral("Refactoring") << Kind::Progress << Unit::Count
                                 << 88.0 << 448.0;
        QTest::newRow("进度 without a dash")
            << QStringLiteral("《黑客与画家》进度 30/264") << QStringLiteral("黑客与画家")
            << Kind::Progress << Unit::Count << 30.0 << 264.0;
        QTest::newRow("english reading verb")
            << QStringLiteral("Reading Designing Data-Intensive Applications: 61%")
            << QStringLiteral("Designing Data-Intensive Applications") << Kind::Progress
            << Unit::Percent << 61.0 << 100.0;
        QTest::newRow("100% finishes")
            << QStringLiteral("  • 学习极客时间专栏《网络编程实战》 - 100%")
            << QStringLiteral("网络编程实战") << Kind::Finished << Unit::Percent << 100.0 << 100.0;
        QTest::newRow("the last page finishes") << QStringLiteral("- Clean Architecture - 432/432")
                                                << QStringLiteral("Clean Architecture")
                                                << Kind::Finished << Unit::Count << 432.0 << 432.0;
        QTest::newRow("读完了") << QStringLiteral("  • 读完了《人类简史》")
                                << QStringLiteral("人类简史") << Kind::Finished << Unit::None << 0.0
                                << 0.0;
        QTest::newRow("finished reading")
            << QStringLiteral("Finished reading *The Mythical Man-Month*.")
            << QStringLiteral("The Mythical Man-Month") << Kind::Finished << Unit::None << 0.0
            << 0.0;
        QTest::newRow("开始读") << QStringLiteral("- 开始读《代码大全》，先看第一部分")
                                << QStringLiteral("代码大全") << Kind::Started << Unit::None << 0.0
                                << 0.0;
        QTest::newRow("started reading")
            << QStringLiteral("Started reading Operating Systems: Three Easy Pieces")
            << QStringLiteral("Operating Systems: Three Easy Pieces") << Kind::Started << Unit::None
            << 0.0 << 0.0;
        QTest::newRow("a task list item")
            << QStringLiteral("- [x] 《程序员修炼之道》- 进度 120/352")
            << QStringLiteral("程序员修炼之道") << Kind::Progress << Unit::Count << 120.0 << 352.0;
    }

    void findsProgress()
    {
        QFETCH(QString, line);
        QFETCH(QString, title);
        QFETCH(Kind, kind);
        QFETCH(Unit, unit);
        QFETCH(double, value);
        QFETCH(double, total);
        const QList<ProgressMention> found = recognizeProgress(line);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().title, title);
        QCOMPARE(found.first().kind, kind);
        QCOMPARE(found.first().unit, unit);
        QCOMPARE(found.first().value, value);
        QCOMPARE(found.first().total, total);
        QCOMPARE(found.first().line, 1);
    }

    void ignoresWhatIsNotReading_data()
    {
        QTest::addColumn<QString>("line");
        // Writing: the progress of one's own blog post or article, not a book.
        QTest::newRow("a blog post being written")
            << QStringLiteral("  • 完成博客《聊聊 TCP 拥塞控制》- 90%");
        QTest::newRow("a blog post iterated")
            << QStringLiteral("  • 迭代博客内容《容器网络入门》- 70%");
        QTest::newRow("an article")
            << QStringLiteral("  • 调研 eBPF 与可观测性，写一篇总结文章 - 50%");
        QTest::newRow("an english draft") << QStringLiteral("- Blog post about consensus - 80%");
        // Numbers in sentences, dates, versions, measurements.
        QTest::newRow("a measurement") << QStringLiteral("  • 把接口换成 gRPC 之后，带宽下降 60%+");
        QTest::newRow("a range") << QStringLiteral("延迟下降 30% ~ 50%");
        QTest::newRow("a sentence about a date")
            << QStringLiteral("    • 3/14 那天我以为已经写完了 90%，结果又改了一晚上");
        QTest::newRow("a version") << QStringLiteral("- 升级到 Go 1.21");
        QTest::newRow("a version after a dash") << QStringLiteral("- Kubernetes - 1.28");
        QTest::newRow("v2.0") << QStringLiteral("发布 v2.0 - 2.0");
        QTest::newRow("a date alone") << QStringLiteral("2024-03-01 - 50%");
        QTest::newRow("more than the whole") << QStringLiteral("《某书》- 300/200");
        QTest::newRow("a sentence ending in a percentage")
            << QStringLiteral("今天的测试覆盖率提高了，达到了 - 85%");
        QTest::newRow("plain prose") << QStringLiteral("今天读书很开心");
    }

    void ignoresWhatIsNotReading()
    {
        QFETCH(QString, line);
        const QList<ProgressMention> found = recognizeProgress(line);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().title));
    }

    void readsAWholeLogAndSkipsCode()
    {
        const QString log = QStringLiteral("## 2024-05-06 周一\n\n"
                                           "- 《数学之美》- 进度 95/312\n"
                                           "- 完成博客《聊聊 TCP 拥塞控制》- 90%\n"
                                           "```text\n"
                                           "《不算》- 进度 1/2\n"
                                           "```\n"
                                           "- 机器学习实战 - TensorFlow 版 - 22.5%\n"
                                           "- 读完了《人类简史》\n");
        const QList<ProgressMention> found = recognizeProgress(log);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).line, 3);
        QCOMPARE(found.at(1).line, 8);
        QCOMPARE(found.at(2).line, 9);
        QCOMPARE(found.at(2).kind, Kind::Finished);
    }

    void titlesMatchAcrossTheWaysTheyAreWritten_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("book marks") << QStringLiteral("《数学之美》") << QStringLiteral("数学之美");
        QTest::newRow("case and spaces")
            << QStringLiteral("Clean  Architecture") << QStringLiteral("clean architecture");
        QTest::newRow("full width") << QStringLiteral("ＳＩＣＰ") << QStringLiteral("SICP");
        QTest::newRow("edition in brackets")
            << QStringLiteral("Rust 程序设计语言(中文版)") << QStringLiteral("Rust 程序设计语言");
        QTest::newRow("full-width brackets")
            << QStringLiteral("Unix 网络编程（第3版）") << QStringLiteral("Unix 网络编程");
        QTest::newRow("a version of a course")
            << QStringLiteral("机器学习实战 - TensorFlow 版") << QStringLiteral("机器学习实战");
        QTest::newRow("english edition")
            << QStringLiteral("Effective C++, 3rd edition") << QStringLiteral("Effective C++");
    }

    void titlesMatchAcrossTheWaysTheyAreWritten()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(normalizeTitle(a), normalizeTitle(b));
        QVERIFY(!normalizeTitle(a).isEmpty());
    }

    void differentBooksStayApart()
    {
        QVERIFY(normalizeTitle(QStringLiteral("Unix 网络编程(卷1)"))
                != normalizeTitle(QStringLiteral("Unix 环境高级编程")));
        QVERIFY(normalizeTitle(QStringLiteral("C++ Primer"))
                != normalizeTitle(QStringLiteral("C Primer Plus")));
        // Volumes are books of their own.
        QVERIFY(normalizeTitle(QStringLiteral("系统编程手册(上册)"))
                != normalizeTitle(QStringLiteral("系统编程手册(下册)")));
    }
};

QTEST_APPLESS_MAIN(ProgressTest)

#include "tst_progress.moc"
