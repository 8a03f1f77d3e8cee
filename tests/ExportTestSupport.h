#pragma once

// What the book export tests (tst_exportpdf, tst_exporthtml) share: a journal
// of three entries (Chinese with an image, code and maths; a diagram and
// links; a table), exported through the real binary, and the PDFs read back
// with poppler-utils.

#include "TestSupport.h"

#include "core/AttachmentStore.h"
#include "core/Journal.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace waypoint::test {

struct Tool
{
    int exitCode = -1;
    QString out;
};

inline Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

inline QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).out;
}

inline int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

inline QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

inline QByteArray pngOf(QColor color, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The fixture of the export tests: one journal, written once, read by them all.
class ExportTestCase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    QString m_journal;
    QStringList m_ids; // oldest first
    QString m_imageKey;

    test::Run wp(QStringList arguments)
    {
        return test::runWaypoint(QStringList{QStringLiteral("--journal"), m_journal} + arguments);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString exportTo(const QString &name, QStringList arguments, test::Run *run = nullptr)
    {
        const QString out = path(name);
        const test::Run result =
            wp(QStringList{QStringLiteral("export"), QStringLiteral("--output"), out} + arguments);
        if (run)
            *run = result;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = path(QStringLiteral("book.waypoint"));
        QString error;
        std::unique_ptr<Journal> journal = Journal::open(m_journal, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        AttachmentStore attachments(*journal);
        m_imageKey = attachments.add(pngOf(QColor(200, 30, 30), 40), QStringLiteral("image/png"),
                                     QStringLiteral("red.png"));
        EntryStore store(*journal);
        const QList<Entry> entries = {
            test::addEntry(
                store, QDate(2025, 1, 5), QStringLiteral("读书的一天"),
                QStringLiteral("# 读书的一天\n\n今天读完了《编译原理》第三章，进度 120/560。\n\n"
                               "![红色方块](attachment:%1)\n\n"
                               "```cpp\nint answer() { return 42; }\n```\n\n"
                               "质能方程 $E=mc^2$，以及\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$\n")
                    .arg(m_imageKey),
                {QStringLiteral("读书")}),
            test::addEntry(store, QDate(2025, 2, 14), QStringLiteral("Diagrams and links"),
                           QStringLiteral("A flow:\n\n```mermaid\ngraph LR; Plan-->Review;\n```\n\n"
                                          "See [the docs](https://example.org/docs) and "
                                          "[nothing](javascript:alert(1)).\n\n"
                                          "![remote](https://example.org/cat.png)\n")),
            test::addEntry(
                store, QDate(2025, 3, 1), QStringLiteral("三月总结"),
                QStringLiteral(
                    "这个月写了很多代码。\n\n| 项目 | 进度 |\n|---|---|\n| 博客 | 90%% |\n")
                    .replace(QStringLiteral("%%"), QStringLiteral("%")),
                {QStringLiteral("总结")}),
        };
        for (const Entry &entry : entries)
            m_ids.append(entry.uuid);
    }
};

} // namespace waypoint::test
