// Writing in the real window (offscreen): highlighting, the writing aids,
// find and replace, images, the outline, view modes, and the preview that
// follows the editor.

#include "TestSupport.h"
#include "WebTestSupport.h"
#include "app/EntryEditor.h"
#include "app/FindBar.h"
#include "app/MainWindow.h"
#include "app/MarkdownEditor.h"
#include "core/AttachmentStore.h"
#include "core/Journal.h"
#include "markdown/LiveDocument.h"
#include "models/EntrySession.h"
#include "models/OutlineModel.h"
#include "preview/PreviewView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

using namespace waypoint;

class EditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_journals = 0;
    QString m_path;

    MarkdownEditor *text() const { return m_window->editor()->markdownEditor(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    QVariant js(const QString &script)
    {
        return test::evaluate(m_window->preview()->page(), script);
    }

    // The parse of the current text has reached the highlighter and the preview.
    bool settled()
    {
        markdown::LiveDocument *live = m_window->editor()->liveDocument();
        return test::waitUntil([&] {
            return live->current()->revision() == live->revision()
                   && m_window->preview()->renderedRevision() == int(live->revision());
        });
    }

    // Chinese arrives through an input method as commit strings; lines are
    // ended with real Return keys.
    void type(const QString &keys)
    {
        const QStringList lines = keys.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(text(), Qt::Key_Return);
            if (lines[i].isEmpty())
                continue;
            QInputMethodEvent commit;
            commit.setCommitString(lines[i]);
            QApplication::sendEvent(text(), &commit);
        }
    }

    // The character format the highlighter gave to one character of a line.
    static QTextCharFormat formatAt(const QTextBlock &block, int column)
    {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return {};
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QString error;
        m_path = m_dir.filePath(QStringLiteral("e%1.waypoint").arg(++m_journals));
        QVERIFY2(m_window->openJournal(m_path, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setViewMode(MainWindow::ViewMode::Split);
        action("actionNewEntry")->trigger();
        text()->setFocus();
    }
    void cleanup() { m_window.reset(); }

    void highlightingLandsOnTheMarksAfterChineseAndEmoji()
    {
        type(QStringLiteral("中文🎉 **粗体** and `k8s` $x_1$"));
        QVERIFY(settled());
        const QTextBlock line = text()->document()->firstBlock();
        const QString content = line.text();
        const int bold = int(content.indexOf(QStringLiteral("**粗体**")));
        QVERIFY(formatAt(line, bold + 2).fontWeight() >= QFont::Bold); // 粗
        QVERIFY(formatAt(line, bold - 1).fontWeight() < QFont::Bold);  // the space before
        QVERIFY(formatAt(line, bold + 6).fontWeight() < QFont::Bold);  // the space after
        const int code = int(content.indexOf(QStringLiteral("`k8s`")));
        QVERIFY(formatAt(line, code + 1).fontFixedPitch()
                || !formatAt(line, code + 1).fontFamilies().toStringList().isEmpty());
        QVERIFY(formatAt(line, code - 1).fontFamilies().toStringList().isEmpty());
        const int math = int(content.indexOf(QStringLiteral("$x_1$")));
        QVERIFY(formatAt(line, math).foreground().color()
                != formatAt(line, math - 1).foreground().color());
    }

    void typingUpdatesThePreviewAndTheOutline()
    {
        OutlineModel *outline = m_window->outline();
        QAbstractItemModelTester tester(outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        type(QStringLiteral("# 年度总结"));
        QTest::keyClick(text(), Qt::Key_Return);
        QTest::keyClick(text(), Qt::Key_Return);
        type(QStringLiteral("## 读书"));
        QTest::keyClick(text(), Qt::Key_Return);
        QTest::keyClick(text(), Qt::Key_Return);
        type(QStringLiteral("读完 12 本书，公式 $E=mc^2$。"));
        QVERIFY(settled());
        QVERIFY(js(QStringLiteral("document.getElementById('content').innerText"))
                    .toString()
                    .contains(QStringLiteral("读完 12 本书")));
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt(),
                 1);

        QCOMPARE(outline->rowCount(), 2);
        QCOMPARE(outline->index(1).data(OutlineModel::LevelRole).toInt(), 2);
        QVERIFY(outline->index(1).data().toString().contains(QStringLiteral("读书")));
        // A heading added on top shifts the rest; the tester checks the signals.
        text()->moveCursor(QTextCursor::Start);
        type(QStringLiteral("# 前言\n\n"));
        QVERIFY(settled());
        QCOMPARE(outline->rowCount(), 3);
        QCOMPARE(outline->index(2).data(OutlineModel::LineRole).toInt(), 4);
        // Jumping from the outline puts the cursor on the heading.
        m_window->editor()->goToLine(outline->index(2).data(OutlineModel::LineRole).toInt());
        QCOMPARE(text()->textCursor().block().text(), QStringLiteral("## 读书"));
        // Headings taken away go from the outline.
        text()->selectAll();
        type(QStringLiteral("没有标题了"));
        QVERIFY(settled());
        QCOMPARE(outline->rowCount(), 0);
    }

    void enterTabAndTheTaskKeyEditLists()
    {
        type(QStringLiteral("- 第一项"));
        QTest::keyClick(text(), Qt::Key_Return);
        type(QStringLiteral("第二项"));
        QTest::keyClick(text(), Qt::Key_Tab);
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n  - 第二项"));
        QTest::keyClick(text(), Qt::Key_Backtab);
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- 第二项"));
        action("actionToggleTask")->trigger();
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- [ ] 第二项"));
        QTest::keyClick(text(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- [x] 第二项"));
        QTest::keyClick(text(), Qt::Key_End);
        QTest::keyClick(text(), Qt::Key_Return);
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- [x] 第二项\n- [ ] "));
        // Enter on the empty item ends the list.
        QTest::keyClick(text(), Qt::Key_Return);
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- [x] 第二项\n"));
        // Each aid is one step for Ctrl+Z.
        text()->undo();
        QCOMPARE(text()->toPlainText(), QStringLiteral("- 第一项\n- [x] 第二项\n- [ ] "));
        // And it all reaches the journal.
        QVERIFY(m_window->session()->save());
        QCOMPARE(m_window->store()->find(m_window->session()->entryId())->body,
                 text()->toPlainText());
    }

    void listAidsStayOutOfTheWay()
    {
        // Enter before a marker just opens a line; in code it never continues.
        text()->setPlainText(QStringLiteral("- item\n```yaml\n- key: 1\n```"));
        text()->moveCursor(QTextCursor::Start);
        QTest::keyClick(text(), Qt::Key_Return);
        QCOMPARE(text()->toPlainText(), QStringLiteral("\n- item\n```yaml\n- key: 1\n```"));
        QVERIFY(settled());
        QTextCursor inCode(text()->document()->findBlockByNumber(3));
        inCode.movePosition(QTextCursor::EndOfBlock);
        text()->setTextCursor(inCode);
        QTest::keyClick(text(), Qt::Key_Return);
        QCOMPARE(text()->document()->findBlockByNumber(4).text(), QString());
        // A rule is not a list.
        text()->setPlainText(QStringLiteral("* * *"));
        text()->moveCursor(QTextCursor::End);
        QTest::keyClick(text(), Qt::Key_Return);
        QCOMPARE(text()->toPlainText(), QStringLiteral("* * *\n"));
        // Tab nests under the text of the item above, whatever its marker,
        // and the cursor stays where it was in the line.
        text()->setPlainText(QStringLiteral("1. 第一\n- 子项"));
        text()->moveCursor(QTextCursor::End);
        QTest::keyClick(text(), Qt::Key_Tab);
        QCOMPARE(text()->toPlainText(), QStringLiteral("1. 第一\n   - 子项"));
        QCOMPARE(text()->textCursor().positionInBlock(), 7);
        // Shift+Enter makes a real new line, so the parse and the editor agree.
        text()->setPlainText(QStringLiteral("# 标题"));
        text()->moveCursor(QTextCursor::End);
        QTest::keyClick(text(), Qt::Key_Return, Qt::ShiftModifier);
        type(QStringLiteral("## 第二"));
        QVERIFY(settled());
        QCOMPARE(text()->document()->blockCount(), 2);
        QCOMPARE(m_window->outline()->index(1).data(OutlineModel::LineRole).toInt(), 1);
        // Pasted text with Unicode line separators too.
        QGuiApplication::clipboard()->setText(QStringLiteral("甲\u2028乙\u2029丙"));
        text()->paste();
        QCOMPARE(text()->document()->blockCount(), 4);
    }

    void findAndRegexReplaceAllIsOneUndoStep()
    {
        const QString start =
            QStringLiteral("《语言学的邀请》进度 68/288\n《Go 程序设计语言》进度 7/13\n");
        text()->setPlainText(start);
        FindBar *find = m_window->editor()->findBar();
        action("actionReplace")->trigger();
        QVERIFY(find->isVisible());
        find->findField()->setText(QStringLiteral("进度 (\\d+)/(\\d+)"));
        find->replaceField()->setText(QStringLiteral("读到第 \\1 页，共 \\2 页"));
        find->regexBox()->setChecked(true);
        QCOMPARE(find->replaceAll(), 2);
        QCOMPARE(text()->toPlainText(),
                 QStringLiteral("《语言学的邀请》读到第 68 页，共 288 页\n"
                                "《Go 程序设计语言》读到第 7 页，共 13 页\n"));
        text()->undo();
        QCOMPARE(text()->toPlainText(), start);
        // Plain search, case-insensitive by default, wrapping around.
        find->regexBox()->setChecked(false);
        find->findField()->setText(QStringLiteral("go"));
        QVERIFY(find->findNext());
        QCOMPARE(text()->textCursor().selectedText(), QStringLiteral("Go"));
        find->caseBox()->setChecked(true);
        QVERIFY(!find->findNext());
        // Expressions that match empty text end, and see the text around a match.
        text()->setPlainText(QStringLiteral("foobar foo\nbaz"));
        find->regexBox()->setChecked(true);
        find->findField()->setText(QStringLiteral("$"));
        find->replaceField()->setText(QStringLiteral(";"));
        QCOMPARE(find->replaceAll(), 2);
        QCOMPARE(text()->toPlainText(), QStringLiteral("foobar foo;\nbaz;"));
        find->findField()->setText(QStringLiteral("foo(?=bar)"));
        find->replaceField()->setText(QStringLiteral("X"));
        QCOMPARE(find->replaceAll(), 1);
        QCOMPARE(text()->toPlainText(), QStringLiteral("Xbar foo;\nbaz;"));
        text()->moveCursor(QTextCursor::Start);
        find->findField()->setText(QStringLiteral("o(o);"));
        find->replaceField()->setText(QStringLiteral("[\\1]"));
        QVERIFY(find->findNext());
        find->replaceCurrent();
        QCOMPARE(text()->toPlainText(), QStringLiteral("Xbar f[o]\nbaz;"));
        find->findField()->setText(QStringLiteral("(unclosed"));
        find->regexBox()->setChecked(true);
        QVERIFY(!find->findNext()); // an invalid expression is reported, not run
    }

    void aPastedImageIsStoredInTheJournalAndShown()
    {
        QImage image(48, 20, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QGuiApplication::clipboard()->setMimeData(mime);
        type(QStringLiteral("截图："));
        text()->paste();
        const QString body = text()->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("](attachment:")), qPrintable(body));
        const QString key = body.section(QStringLiteral("attachment:"), 1).left(64);
        // Read back the way another process would.
        QString error;
        const std::unique_ptr<Journal> journal = Journal::open(m_path, {}, &error);
        QVERIFY2(journal, qPrintable(error));
        AttachmentStore attachments(*journal);
        const std::optional<Attachment> stored = attachments.find(key);
        QVERIFY(stored);
        QCOMPARE(stored->mime, QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(stored->data).size(), image.size());
        QVERIFY(settled());
        QTRY_COMPARE(
            js(QStringLiteral("document.querySelector('#content img').naturalWidth")).toInt(), 48);
        // The same picture pasted twice is kept once.
        text()->paste();
        QCOMPARE(text()->toPlainText().count(key), 2);

        // An image file, as a drop (or a copied file) brings it: stored and
        // linked with its name, while another kind of file is not an image.
        const QString file = m_dir.filePath(QStringLiteral("架构图.png"));
        QImage(12, 7, QImage::Format_RGB32).save(file);
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(file)});
        QVERIFY(text()->canInsertFromMimeData(files));
        QGuiApplication::clipboard()->setMimeData(files);
        text()->paste();
        QVERIFY2(text()->toPlainText().contains(QStringLiteral("![架构图](attachment:")),
                 qPrintable(text()->toPlainText()));
        QVERIFY(settled());
        QTRY_COMPARE(
            js(QStringLiteral("[...document.querySelectorAll('#content img')].pop().naturalWidth"))
                .toInt(),
            12);
    }

    void viewModesShowEditorPreviewOrBoth()
    {
        action("actionViewPreview")->trigger();
        QVERIFY(!m_window->editor()->isVisible());
        QVERIFY(m_window->preview()->isVisible());
        action("actionViewEditor")->trigger();
        QVERIFY(m_window->editor()->isVisible());
        QVERIFY(!m_window->preview()->isVisible());
        action("actionViewSplit")->trigger();
        QVERIFY(m_window->editor()->isVisible() && m_window->preview()->isVisible());
        const qreal size = text()->font().pointSizeF();
        action("actionZoomIn")->trigger();
        QVERIFY(text()->font().pointSizeF() > size);
        action("actionZoomReset")->trigger();
        QCOMPARE(text()->font().pointSizeF(), size);
    }

    void scrollingTheEditorScrollsThePreview()
    {
        QString body;
        for (int i = 1; i <= 100; ++i)
            body += QStringLiteral("## 第 %1 节\n\n这一节写了一些内容。\n\n").arg(i);
        text()->setPlainText(body);
        QVERIFY(settled());
        // Put section 50's heading (line 197) at the top of the editor.
        text()->scrollToLine(197);
        QVERIFY(std::abs(text()->topLine() - 197) < 1.0);
        QTRY_VERIFY(
            std::abs(js(QStringLiteral("window.waypointPreview.lineAtTop()")).toDouble() - 197)
            < 1.5);
    }
};

WAYPOINT_WEB_TEST_MAIN(EditorTest)
#include "tst_editor.moc"
