// Word counts a Chinese writer trusts; titles from headings; GFM HTML.

#include "markdown/EditingAids.h"
#include "markdown/LiveDocument.h"
#include "markdown/MarkdownText.h"
#include "markdown/ParsedDocument.h"
#include "markdown/SourceMap.h"
#include "markdown/TextStats.h"
#include "text/Cjk.h"

#include <QRegularExpression>
#include <QtTest>

using namespace waypoint::markdown;

class MarkdownTest : public QObject
{
    Q_OBJECT

private slots:
    void countsEachCjkCharacterAndEachLatinWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cjk");
        QTest::addColumn<qint64>("latin");
        QTest::newRow("english") << QStringLiteral("Hello, world! It's Go 1.21") << 0ll << 6ll;
        QTest::newRow("chinese paragraph") << QStringLiteral("今天学习了负载均衡。") << 9ll << 0ll;
        QTest::newRow("mixed") << QStringLiteral("升级 k8s 集群到 v1.28") << 5ll << 3ll;
        QTest::newRow("no spaces between scripts") << QStringLiteral("JDK源码阅读") << 4ll << 1ll;
        QTest::newRow("japanese kana") << QStringLiteral("ひらがなとカタカナ") << 9ll << 0ll;
        QTest::newRow("korean") << QStringLiteral("한국어 공부") << 5ll << 0ll;
        QTest::newRow("ext-b and emoji") << QStringLiteral("𠀋𠀌 🎉 ok") << 2ll << 1ll;
        QTest::newRow("markdown marks are not words")
            << QStringLiteral("## 标题\n- [ ] *任务*") << 4ll << 0ll;
        QTest::newRow("empty") << QString() << 0ll << 0ll;
    }
    void countsEachCjkCharacterAndEachLatinWord()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cjk);
        QFETCH(qint64, latin);
        const TextStats stats = countText(text);
        QCOMPARE(stats.cjkCharacters, cjk);
        QCOMPARE(stats.latinWords, latin);
        QCOMPARE(stats.words(), cjk + latin);
    }

    void charactersLeaveOutWhiteSpace()
    {
        QCOMPARE(countText(QStringLiteral("a b\n中 文\t🎉")).characters, 5);
    }

    // The one definition of CJK (text/Cjk.h) that the word count, the search
    // index and a book's language share.
    void cjkIsTheScriptsWrittenWithoutSpaces_data()
    {
        using waypoint::text::CjkScript;
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<CjkScript>("script");
        QTest::newRow("han") << uint(U'学') << CjkScript::Han;
        QTest::newRow("han, extension b") << uint(U'𠀋') << CjkScript::Han;
        QTest::newRow("iteration mark") << uint(U'々') << CjkScript::Han;
        QTest::newRow("closing mark") << uint(U'〆') << CjkScript::Han;
        QTest::newRow("ideographic zero") << uint(U'〇') << CjkScript::Han;
        QTest::newRow("hiragana") << uint(U'ひ') << CjkScript::Kana;
        QTest::newRow("katakana") << uint(U'カ') << CjkScript::Kana;
        QTest::newRow("half-width katakana") << uint(U'ｶ') << CjkScript::Kana;
        QTest::newRow("prolonged sound mark") << uint(U'ー') << CjkScript::Kana;
        QTest::newRow("hangul syllable") << uint(U'한') << CjkScript::Hangul;
        QTest::newRow("hangul jamo") << uint(0x1100) << CjkScript::Hangul;
        QTest::newRow("bopomofo") << uint(U'ㄅ') << CjkScript::Bopomofo;
        QTest::newRow("ideographic comma") << uint(U'、') << CjkScript::None;
        QTest::newRow("full stop") << uint(U'。') << CjkScript::None;
        QTest::newRow("katakana middle dot") << uint(U'・') << CjkScript::None;
        QTest::newRow("corner bracket") << uint(U'「') << CjkScript::None;
        QTest::newRow("full-width letter") << uint(U'Ａ') << CjkScript::None;
        QTest::newRow("latin") << uint(U'é') << CjkScript::None;
        QTest::newRow("digit") << uint(U'7') << CjkScript::None;
    }
    void cjkIsTheScriptsWrittenWithoutSpaces()
    {
        QFETCH(uint, codePoint);
        QFETCH(waypoint::text::CjkScript, script);
        QCOMPARE(int(waypoint::text::cjkScriptOf(char32_t(codePoint))), int(script));
        QCOMPARE(waypoint::text::isCjk(char32_t(codePoint)),
                 script != waypoint::text::CjkScript::None);
    }

    void firstHeadingIsTheTitle_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::newRow("atx") << QStringLiteral("intro\n\n# 三年后\n\n## 开发\n")
                             << QStringLiteral("三年后");
        QTest::newRow("inline marks dropped") << QStringLiteral("## Learning *Go* and `k8s`\n")
                                              << QStringLiteral("Learning Go and k8s");
        QTest::newRow("setext") << QStringLiteral("年度总结\n====\n\ntext")
                                << QStringLiteral("年度总结");
        QTest::newRow("not in code") << QStringLiteral("```\n# comment\n```\n") << QString();
        QTest::newRow("none") << QStringLiteral("just text") << QString();
    }
    void firstHeadingIsTheTitle()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, title);
        QCOMPARE(firstHeading(markdown), title);
    }

    void firstHeadingOfALongTextIsTheWholeTextsFirstHeading()
    {
        const QString filler = QStringLiteral("一段很长的正文，没有标题。\n\n").repeated(2000);
        QCOMPARE(firstHeading(filler + QStringLiteral("## 在很后面\n")),
                 QStringLiteral("在很后面"));
        // A fence opened early hides a "heading" that only looks like one.
        QCOMPARE(firstHeading(QStringLiteral("```\n") + filler
                              + QStringLiteral("# not a heading\n```\n") + filler
                              + QStringLiteral("# 真标题\n")),
                 QStringLiteral("真标题"));
        // A setext underline far from its paragraph's start still makes a heading.
        QCOMPARE(firstHeading(filler + QStringLiteral("年度总结\n===\n") + filler),
                 QStringLiteral("年度总结"));
        QCOMPARE(firstHeading(filler), QString());
    }

    void htmlHasGfmAndNoRawHtml()
    {
        const QString html =
            toHtml(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n"
                                  "~~old~~ https://example.org\n\n<script>alert(1)</script>\n"));
        QVERIFY(html.contains(QStringLiteral("<table data-sourcepos=")));
        QVERIFY(html.contains(QStringLiteral("type=\"checkbox\"")));
        QVERIFY(html.contains(QStringLiteral("<del>old</del>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    // cmark counts UTF-8 bytes; the editor counts UTF-16 units.
    void sourceMapTurnsByteColumnsIntoEditorPositions()
    {
        // 中 is 3 bytes / 1 unit, 🎉 4 bytes / 2 units, é 2 bytes / 1 unit.
        const QString text = QStringLiteral("ab\n中🎉é*x*\r\nlast");
        const SourceMap map(text);
        QCOMPARE(map.lineCount(), 3);
        QCOMPARE(map.position(1, 1), 0);
        QCOMPARE(map.position(2, 1), 3);  // 中
        QCOMPARE(map.position(2, 4), 4);  // 🎉 after 3 bytes
        QCOMPARE(map.position(2, 8), 6);  // é after 3 + 4 bytes
        QCOMPARE(map.position(2, 10), 7); // * after é's 2 bytes
        QCOMPARE(text.mid(map.position(2, 10), 3), QStringLiteral("*x*"));
        QCOMPARE(map.position(2, 6), 4);   // inside 🎉: its start
        QCOMPARE(map.position(2, 99), 10); // past the end: clamped
        QCOMPARE(map.position(3, 1), 12);  // after \r\n
        QCOMPARE(map.lineOf(11), 1);
        QCOMPARE(map.positionOfByte(3 + 3 + 4), 6); // byte of é
    }

    void highlightSpansLandOnTheMarksAfterChineseAndEmoji_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<int>("kind");
        QTest::newRow("strong after Chinese")
            << QStringLiteral("中文🎉 **粗体** 后") << 0 << QStringLiteral("**粗体**")
            << int(SpanKind::Strong);
        QTest::newRow("emphasis after emoji")
            << QStringLiteral("🎉🎉 *em*") << 0 << QStringLiteral("*em*") << int(SpanKind::Emphasis);
        QTest::newRow("code span with its backticks")
            << QStringLiteral("学习 `k8s` 集群") << 0 << QStringLiteral("`k8s`")
            << int(SpanKind::Code);
        QTest::newRow("link") << QStringLiteral("见 [文档](https://go.dev) 吧") << 0
                              << QStringLiteral("[文档](https://go.dev)") << int(SpanKind::Link);
        QTest::newRow("image") << QStringLiteral("图：![架构](attachment:ab12)") << 0
                               << QStringLiteral("![架构](attachment:ab12)")
                               << int(SpanKind::Image);
        QTest::newRow("strikethrough")
            << QStringLiteral("计划 ~~放弃~~") << 0 << QStringLiteral("~~放弃~~")
            << int(SpanKind::Strikethrough);
        QTest::newRow("math") << QStringLiteral("公式 $a_1 * b_2$ 完") << 0
                              << QStringLiteral("$a_1 * b_2$") << int(SpanKind::Math);
        QTest::newRow("heading") << QStringLiteral("正文\n\n## 三年后") << 2
                                 << QStringLiteral("## 三年后") << int(SpanKind::Heading2);
        QTest::newRow("list marker")
            << QStringLiteral("- 读书") << 0 << QStringLiteral("- ") << int(SpanKind::ListMarker);
        QTest::newRow("open task") << QStringLiteral("- [ ] 写周报") << 0 << QStringLiteral("[ ]")
                                   << int(SpanKind::TaskOpen);
        QTest::newRow("done task") << QStringLiteral("* [x] 读完") << 0 << QStringLiteral("[x]")
                                   << int(SpanKind::TaskDone);
        QTest::newRow("quote") << QStringLiteral("> 引用") << 0 << QStringLiteral("> 引用")
                               << int(SpanKind::BlockQuote);
        QTest::newRow("fence") << QStringLiteral("```go\nfmt.Println()\n```") << 0
                               << QStringLiteral("```go") << int(SpanKind::CodeFence);
        QTest::newRow("fenced code") << QStringLiteral("```go\nfmt.Println()\n```") << 1
                                     << QStringLiteral("fmt.Println()") << int(SpanKind::CodeBlock);
        QTest::newRow("fence closed in a quote")
            << QStringLiteral("> ```\n> code\n> ```\n") << 2 << QStringLiteral("> ```")
            << int(SpanKind::CodeFence);
        QTest::newRow("table header")
            << QStringLiteral("| 书 | 进度 |\n|---|---|\n| Go | 7/13 |") << 0
            << QStringLiteral("| 书 | 进度 |") << int(SpanKind::TableHeader);
        QTest::newRow("front matter")
            << QStringLiteral("---\ntitle: 三年\n---\n正文") << 1 << QStringLiteral("title: 三年")
            << int(SpanKind::FrontMatter);
    }
    void highlightSpansLandOnTheMarksAfterChineseAndEmoji()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(QString, marked);
        QFETCH(int, kind);
        const auto document = ParsedDocument::parse(markdown);
        const QString lineText = markdown.split(QLatin1Char('\n')).at(line);
        QStringList found;
        for (const LineSpan &span : document->lineSpans(line)) {
            found << QStringLiteral("%1:%2")
                         .arg(int(span.kind))
                         .arg(lineText.mid(span.start, span.length));
            if (int(span.kind) == kind && lineText.mid(span.start, span.length) == marked)
                return;
        }
        QFAIL(qPrintable(QStringLiteral("no span %1 over “%2”; spans: %3")
                             .arg(kind)
                             .arg(marked, found.join(u", "))));
    }

    void mathSurvivesMarkdown()
    {
        const auto document =
            ParsedDocument::parse(QStringLiteral("设 $a_1 * b_2$ 与 $\\frac{dy}{dx}$，价格 $5 和 "
                                                 "$10。\n\n$$\nE = mc^2\n$$\n\n`$not$` \\$x$"));
        QCOMPARE(document->math().size(), 3);
        QCOMPARE(document->math()[0].tex, QStringLiteral("a_1 * b_2"));
        QCOMPARE(document->math()[1].tex, QStringLiteral("\\frac{dy}{dx}"));
        QVERIFY(document->math()[2].display);
        QCOMPARE(document->math()[2].tex, QStringLiteral("E = mc^2"));
        const QString html = document->html();
        QVERIFY2(html.contains(QStringLiteral("<span class=\"math-inline\">a_1 * b_2</span>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<span class=\"math-inline\">\\frac{dy}{dx}</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"math-display\">E = mc^2</span>")));
        QVERIFY(html.contains(QStringLiteral("价格 $5 和 $10")));
        QVERIFY(html.contains(QStringLiteral("<code>$not$</code>")));
        QVERIFY(!html.contains(QStringLiteral("<em>")));
    }

    // cmark-gfm misplaces a paragraph that runs straight into a table; the
    // highlighting and the preview's lines must still be right.
    void aParagraphRightBeforeATableKeepsItsPlace()
    {
        const QString text = QStringLiteral(
            "# 标题\n\n前言\n如下 **粗**：\n| 书 | 进度 |\n|---|---|\n| Go | 7/13 |\n\n后文 *斜*");
        const auto document = ParsedDocument::parse(text);
        const QStringList lines = text.split(QLatin1Char('\n'));
        auto spansOf = [&](int line, SpanKind kind) {
            QStringList found;
            for (const LineSpan &span : document->lineSpans(line)) {
                if (span.kind == kind)
                    found << lines[line].mid(span.start, span.length);
            }
            return found;
        };
        QCOMPARE(spansOf(3, SpanKind::Strong), QStringList{QStringLiteral("**粗**")});
        QVERIFY(spansOf(2, SpanKind::Table).isEmpty());
        QVERIFY(spansOf(3, SpanKind::TableHeader).isEmpty());
        QCOMPARE(spansOf(4, SpanKind::TableHeader), QStringList{lines[4]});
        QCOMPARE(spansOf(6, SpanKind::Table), QStringList{lines[6]});
        QCOMPARE(spansOf(8, SpanKind::Emphasis), QStringList{QStringLiteral("*斜*")});
        const QList<HtmlBlock> &blocks = document->htmlBlocks();
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[1].firstLine, 3); // the paragraph
        QCOMPARE(blocks[2].firstLine, 5); // the table, at its header
        QVERIFY2(blocks[2].html.contains(QStringLiteral("<table data-sourcepos=\"1:1-3:")),
                 qPrintable(blocks[2].html));
    }

    void mathIsFoundOnlyWhereItCanBe()
    {
        // A blank code span before a formula does not take its place.
        QString html = toHtml(QStringLiteral("use ` ` then $x$"));
        QVERIFY2(html.contains(QStringLiteral("<code> </code>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<span class=\"math-inline\">x</span>")));
        // Dollars in HTML comments and link destinations are not math.
        html = toHtml(QStringLiteral("a <!-- $x$ --> b $y$"));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"math-inline\">y</span>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral(">x<")));
        html = toHtml(QStringLiteral("[价格](http://x.org/$a$b) 与 $c$"));
        QVERIFY2(html.contains(QStringLiteral("href=\"http://x.org/$a$b\"")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<span class=\"math-inline\">c</span>")));
        // Next to a code span, a formula stays text rather than merge with it.
        html = toHtml(QStringLiteral("`code`$x$"));
        QVERIFY2(html.contains(QStringLiteral("<code>code</code>$x$")), qPrintable(html));
        // Display math in a quote: the "> " are the quote's.
        const auto quoted = ParsedDocument::parse(QStringLiteral("> $$\n> E=mc^2\n> $$\n"));
        QCOMPARE(quoted->math().size(), 1);
        QCOMPARE(quoted->math()[0].tex, QStringLiteral("E=mc^2"));
        // A heading with a formula reads well in the outline.
        QCOMPARE(
            ParsedDocument::parse(QStringLiteral("## 公式 $E=mc^2$ 推导"))->outline().value(0).text,
            QStringLiteral("公式 E=mc^2 推导"));
        // Dollars in different table rows never pair up and break the table.
        html = toHtml(QStringLiteral("| 价格 | $5 |\n|---|---|\n| x$ | $y$ |\n"));
        QVERIFY2(html.contains(QStringLiteral("<td data-sourcepos=")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("$5")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"math-inline\">y</span>")));
    }

    void aLineBreakBetweenChineseCharactersIsNotASpace()
    {
        const QString html = toHtml(QStringLiteral("深度\n学习，\n真好\n\nsoft\nbreak"));
        QVERIFY2(html.contains(QStringLiteral("深度学习，真好")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("soft\nbreak")));
    }

    void htmlCarriesSourcePositionsAndLeavesFrontMatterOut()
    {
        const QString html =
            toHtml(QStringLiteral("---\ntitle: x\ntags: [a]\n---\n# 标题\n\n段落"));
        QVERIFY(!html.contains(QStringLiteral("title: x")));
        QVERIFY2(html.contains(QStringLiteral("<h1 data-sourcepos=\"5:1-5:8\">标题</h1>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<p data-sourcepos=\"7:1-7:6\">段落</p>")));
        QVERIFY(!toHtml(QStringLiteral("[x](javascript:alert(1))"))
                     .contains(QStringLiteral("javascript:")));
    }

    void outlineListsHeadingsWithTheirPlace()
    {
        const QString text =
            QStringLiteral("# 年度总结 🎉\n\n## 读书\n\n```\n# not a heading\n```\n\n设置\n---\n");
        const auto document = ParsedDocument::parse(text);
        const QList<Heading> outline = document->outline();
        QCOMPARE(outline.size(), 3);
        QCOMPARE(outline[0].text, QStringLiteral("年度总结 🎉"));
        QCOMPARE(outline[1].level, 2);
        QCOMPARE(outline[1].line, 2);
        QCOMPARE(text.mid(outline[1].position, 5), QStringLiteral("## 读书"));
        QCOMPARE(outline[2].text, QStringLiteral("设置"));
        QCOMPARE(document->codeBlocks().size(), 1);
        QCOMPARE(document->stats().cjkCharacters, 8); // 年度总结 读书 设置
    }

    void enterContinuesListsQuotesAndTasks_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("prefix");
        const int plain = int(Continuation::Kind::Plain), cont = int(Continuation::Kind::Continue),
                  end = int(Continuation::Kind::EndList);
        QTest::newRow("bullet") << QStringLiteral("- 读书") << cont << QStringLiteral("- ");
        QTest::newRow("nested star")
            << QStringLiteral("    * Go") << cont << QStringLiteral("    * ");
        QTest::newRow("ordered counts on")
            << QStringLiteral("9. 第九") << cont << QStringLiteral("10. ");
        QTest::newRow("paren ordered") << QStringLiteral("3) x") << cont << QStringLiteral("4) ");
        QTest::newRow("task starts open")
            << QStringLiteral("- [x] 完成") << cont << QStringLiteral("- [ ] ");
        QTest::newRow("quote") << QStringLiteral("> 引用") << cont << QStringLiteral("> ");
        QTest::newRow("list in quote") << QStringLiteral("> - a") << cont << QStringLiteral("> - ");
        QTest::newRow("empty item ends") << QStringLiteral("  - ") << end << QStringLiteral("  ");
        QTest::newRow("empty task ends") << QStringLiteral("- [ ] ") << end << QString();
        QTest::newRow("plain") << QStringLiteral("正文") << plain << QString();
        QTest::newRow("not a marker") << QStringLiteral("-5 度") << plain << QString();
    }
    void enterContinuesListsQuotesAndTasks()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, prefix);
        const Continuation c = continueAfter(line);
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.prefix, prefix);
    }

    void taskToggleAndListIndent()
    {
        QCOMPARE(toggleTask(QStringLiteral("- [ ] 写周报")), QStringLiteral("- [x] 写周报"));
        QCOMPARE(toggleTask(QStringLiteral("- [X] 写周报")), QStringLiteral("- [ ] 写周报"));
        QCOMPARE(toggleTask(QStringLiteral("1. 读书")), QStringLiteral("1. [ ] 读书"));
        QCOMPARE(toggleTask(QStringLiteral("  跑步")), QStringLiteral("  - [ ] 跑步"));
        QCOMPARE(indentListItem(QStringLiteral("- a")), QStringLiteral("  - a"));
        QCOMPARE(indentListItem(QStringLiteral("10. a")), QStringLiteral("    10. a"));
        QCOMPARE(indentListItem(QStringLiteral("> - a")), QStringLiteral(">   - a"));
        QCOMPARE(outdentListItem(QStringLiteral("    - a")), QStringLiteral("  - a"));
        QCOMPARE(outdentListItem(QStringLiteral(">   - a")), QStringLiteral("> - a"));
        QCOMPARE(outdentListItem(QStringLiteral("- a")), QStringLiteral("- a"));
        QCOMPARE(indentListItem(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(indentListItem(QStringLiteral("- b"), 3), QStringLiteral("   - b"));
        QCOMPARE(contentColumn(QStringLiteral("10. 十")), 4);
        QCOMPARE(markerColumn(QStringLiteral("> - a")), 2);
        QVERIFY(isThematicBreak(QStringLiteral("* * *")));
        QVERIFY(!isListItem(QStringLiteral("* * *"))
                || continueAfter(QStringLiteral("* * *")).kind == Continuation::Kind::Plain);
    }

    // The preview is updated a block at a time: a block keeps its key (and
    // its HTML) when lines are added above it, and the blocks together are
    // the whole body.
    void htmlBlocksKeepTheirKeyWhenLinesMoveAbove()
    {
        const QString body = QStringLiteral(
            "# 标题\n\n段落 **一**\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");
        const auto before = ParsedDocument::parse(body);
        const auto after = ParsedDocument::parse(QStringLiteral("新的一段\n\n") + body);
        QCOMPARE(before->htmlBlocks().size(), 4);
        QCOMPARE(after->htmlBlocks().size(), 5);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(after->htmlBlocks()[i + 1].key, before->htmlBlocks()[i].key);
            QCOMPARE(after->htmlBlocks()[i + 1].html, before->htmlBlocks()[i].html);
            QCOMPARE(after->htmlBlocks()[i + 1].firstLine, before->htmlBlocks()[i].firstLine + 2);
        }
        // Relative inside the block, absolute in the whole body.
        QVERIFY(after->htmlBlocks()[3].html.contains(
            QStringLiteral("<ul data-sourcepos=\"1:1-3:0\">")));
        QVERIFY(after->html().contains(QStringLiteral("<ul data-sourcepos=\"7:1-9:0\">")));
        // Moving each block's lines back by its first line gives the whole body.
        static const QRegularExpression pos(
            QStringLiteral("data-sourcepos=\"(\\d+):(\\d+)-(\\d+):(\\d+)\""));
        QString joined;
        for (const HtmlBlock &block : after->htmlBlocks()) {
            QString html = block.html;
            QString absolute;
            qsizetype from = 0;
            for (auto it = pos.globalMatch(html); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                absolute += html.mid(from, m.capturedStart() - from)
                            + QStringLiteral("data-sourcepos=\"%1:%2-%3:%4\"")
                                  .arg(m.captured(1).toInt() + block.firstLine - 1)
                                  .arg(m.captured(2))
                                  .arg(m.captured(3).toInt() + block.firstLine - 1)
                                  .arg(m.captured(4));
                from = m.capturedEnd();
            }
            joined += absolute + html.mid(from);
        }
        QCOMPARE(joined, after->html());
        // Two identical blocks still have different keys.
        const auto twice = ParsedDocument::parse(QStringLiteral("同一段\n\n同一段\n"));
        QCOMPARE(twice->htmlBlocks().size(), 2);
        QVERIFY(twice->htmlBlocks()[0].key != twice->htmlBlocks()[1].key);
    }

    void liveDocumentMergesTextsThatArriveWhileParsing()
    {
        LiveDocument live;
        QList<quint64> seen;
        connect(&live, &LiveDocument::parsed, this,
                [&](std::shared_ptr<const ParsedDocument> d) { seen << d->revision(); });
        QString text;
        for (int i = 0; i < 50; ++i) {
            text += QStringLiteral("第 %1 段 **粗体** $x_%1$\n\n").arg(i);
            live.setText(text);
        }
        QTRY_COMPARE(live.current()->revision(), live.revision());
        QVERIFY(seen.size() < 50);                           // merged, not one per change
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend())); // never older than before
        QCOMPARE(live.current()->outline().size(), 0);
        QCOMPARE(live.current()->math().size(), 50);
    }

    // Found by fuzzing (tests/fuzz/fuzz_markdown).
    void mathAfterASetextHeadingIsReadOnceAndNeverAcrossItsUnderline()
    {
        // cmark-gfm ends a setext heading where the paragraph after it ends.
        const auto after = ParsedDocument::parse(QStringLiteral("标题\n---\n$p$ 与 $q$\n"));
        QCOMPARE(after->math().size(), 2);
        QCOMPARE(after->math()[1].tex, QStringLiteral("q"));
        // A $ in the heading does not pair with one below its underline.
        const auto across = ParsedDocument::parse(QStringLiteral("价格 $USD\n---\n每本 5$ 左右\n"));
        QCOMPARE(across->math().size(), 0);
        QCOMPARE(across->outline().size(), 1);
        QCOMPARE(across->outline()[0].text, QStringLiteral("价格 $USD"));
    }

    // Found by fuzzing (tests/fuzz/fuzz_markdown, fuzz_sourcemap).
    void positionsHoldAfterANulAndInsideALineBreak()
    {
        // A NUL, which cmark reads as three bytes, shifts no position.
        const QString nul = QChar(0) + QStringLiteral(" *斜* 完");
        const auto withNul = ParsedDocument::parse(nul);
        QCOMPARE(withNul->lineSpans(0).size(), 1);
        QCOMPARE(withNul->lineSpans(0)[0].kind, SpanKind::Emphasis);
        QCOMPARE(withNul->lineSpans(0)[0].start, 2);
        QCOMPARE(withNul->lineSpans(0)[0].length, 3);
        // The \n of a \r\n has a position of its own.
        const SourceMap map(QStringLiteral("ab\r\ncd"));
        QCOMPARE(map.positionOfByte(2), 2);
        QCOMPARE(map.positionOfByte(3), 3);
        QCOMPARE(map.positionOfByte(4), 4);
    }
};

QTEST_GUILESS_MAIN(MarkdownTest)
#include "tst_markdown.moc"
