// Full-text search: the tokenizer, the query language, the index kept with
// every write, ranking, snippets, and the search field's model.

#include "TestSupport.h"
#include "core/Journal.h"
#include "core/Migrations.h"
#include "core/Searcher.h"
#include "models/SearchResultModel.h"
#include "search/QueryMatcher.h"
#include "search/SearchIndex.h"
#include "search/Tokenizer.h"
#include "sql/DatabaseError.h"
#include "sql/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace waypoint;
using namespace waypoint::search;

namespace {

struct Tok
{
    QString text;
    int kind;
    int start, end;
    bool colocated;
};

QList<Tok> tokensOf(const QString &text, TokenizeFor purpose = TokenizeFor::Document)
{
    const QByteArray utf8 = text.toUtf8();
    QList<Tok> result;
    tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), purpose,
             [&](const Token &token) {
                 result.append({QString::fromUtf8(token.text.data(), qsizetype(token.text.size())),
                                token.kind, token.start, token.end, token.colocated});
                 return true;
             });
    return result;
}

// The tokens' texts, pairs left out.
QStringList texts(const QString &text, TokenizeFor purpose = TokenizeFor::Document)
{
    QStringList result;
    for (const Tok &token : tokensOf(text, purpose)) {
        if (token.kind != Token::Pair || purpose == TokenizeFor::Query)
            result.append(token.text);
    }
    return result;
}

QStringList titlesOf(const QList<SearchHit> &hits)
{
    QStringList titles;
    for (const SearchHit &hit : hits)
        titles.append(hit.title);
    return titles;
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
    int m_file = 0;

    void openFresh()
    {
        m_store.reset();
        m_journal.reset();
        QString error;
        m_journal =
            Journal::open(m_dir.filePath(QStringLiteral("j%1.waypoint").arg(++m_file)), {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_store = std::make_unique<EntryStore>(*m_journal);
    }

    Entry add(QDate date, const QString &title, const QString &body, const QStringList &tags = {})
    {
        return test::addEntry(*m_store, date, title, body, tags);
    }

    QStringList find(const QString &query, int limit = -1)
    {
        return titlesOf(Searcher(m_journal->database()).search(query, limit));
    }

private slots:
    void init() { openFresh(); }

    // --- the tokenizer ---

    void chineseIsOneTokenPerCharacterAcrossLineBreaks()
    {
        QCOMPARE(texts(QStringLiteral("负载\n均衡")),
                 (QStringList{QStringLiteral("负"), QStringLiteral("载"), QStringLiteral("均"),
                              QStringLiteral("衡")}));
        // Byte offsets point into the original text.
        const QList<Tok> tokens = tokensOf(QStringLiteral("a 负载"));
        QCOMPARE(tokens[1].start, 2);
        QCOMPARE(tokens[1].end, 5);
    }

    void frequentNeighboursAlsoGiveAPairAtTheFirstPosition()
    {
        const QList<Tok> tokens = tokensOf(QStringLiteral("我的书"));
        // 我 and 的 are both frequent: 我, 我的 (same position), 的, 书.
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(tokens[1].text, QStringLiteral("我的"));
        QVERIFY(tokens[1].colocated);
        QCOMPARE(tokens[1].kind, int(Token::Pair));
        // A query covers each position once, with the pair where it can.
        QCOMPARE(texts(QStringLiteral("我的书"), TokenizeFor::Query),
                 (QStringList{QStringLiteral("我的"), QStringLiteral("的"), QStringLiteral("书")}));
        QCOMPARE(texts(QStringLiteral("我的"), TokenizeFor::Query),
                 (QStringList{QStringLiteral("我的")}));
    }

    void japaneseKanaAndKoreanHangulAreCharacters()
    {
        QCOMPARE(texts(QStringLiteral("カタカナ")).size(), 4);
        QCOMPARE(texts(QStringLiteral("ひらがな")).size(), 4);
        QCOMPARE(texts(QStringLiteral("한국어 검색")),
                 (QStringList{QStringLiteral("한"), QStringLiteral("국"), QStringLiteral("어"),
                              QStringLiteral("검"), QStringLiteral("색")}));
        // Half-width katakana folds to full width.
        QCOMPARE(texts(QStringLiteral("ｶﾀｶﾅ")), texts(QStringLiteral("カタカナ")));
    }

    void latinAndDigitsMakeWordsBesideChinese()
    {
        QCOMPARE(texts(QStringLiteral("JDK源码和k8s集群, Straße")),
                 (QStringList{QStringLiteral("jdk"), QStringLiteral("源"), QStringLiteral("码"),
                              QStringLiteral("和"), QStringLiteral("k8s"), QStringLiteral("集"),
                              QStringLiteral("群"), QStringLiteral("strasse")}));
    }

    void plusAndHashAfterALetterBelongToTheWord()
    {
        QCOMPARE(texts(QStringLiteral("C++ 和 C#，notepad++ 与 ＃标题 a+b")),
                 (QStringList{QStringLiteral("c++"), QStringLiteral("和"), QStringLiteral("c#"),
                              QStringLiteral("notepad++"), QStringLiteral("与"),
                              QStringLiteral("标"), QStringLiteral("题"), QStringLiteral("a+b")}));
        add({2021, 1, 1}, QStringLiteral("模板"), QStringLiteral("学习 C++ 模板元编程"));
        add({2021, 1, 2}, QStringLiteral("语言"), QStringLiteral("C 语言和 cmake"));
        add({2021, 1, 3}, QStringLiteral("托管"), QStringLiteral("用 C# 写的工具"));
        QCOMPARE(find(QStringLiteral("c++")), QStringList{QStringLiteral("模板")});
        QCOMPARE(find(QStringLiteral("C#")), QStringList{QStringLiteral("托管")});
        QCOMPARE(find(QStringLiteral("c")).size(), 3);
    }

    void foldsWidthCaseAccentsAndTraditionalChinese()
    {
        QCOMPARE(texts(QStringLiteral("ｋ８ｓ")), QStringList{QStringLiteral("k8s")});
        QCOMPARE(texts(QStringLiteral("KUBERNETES")), QStringList{QStringLiteral("kubernetes")});
        QCOMPARE(texts(QStringLiteral("數據庫")).join(QString()), QStringLiteral("数据库"));
        QCOMPARE(texts(QStringLiteral("學習筆記")).join(QString()), QStringLiteral("学习笔记"));
        // é typed as e + combining accent is the same word as é.
        QCOMPARE(texts(QStringLiteral("cafe\u0301")), texts(QStringLiteral("café")));
    }

    void emojiAreTokensAndPunctuationSeparates()
    {
        QCOMPARE(texts(QStringLiteral("好🚀 ok，《书》")),
                 (QStringList{QStringLiteral("好"), QStringLiteral("🚀"), QStringLiteral("ok"),
                              QStringLiteral("书")}));
        QVERIFY(texts(QStringLiteral("，。！？——")).isEmpty());
        // Malformed UTF-8 separates instead of failing.
        const QByteArray broken("ab\xff\xfe"
                                "cd");
        int count = 0;
        tokenize(std::string_view(broken.constData(), size_t(broken.size())), TokenizeFor::Document,
                 [&](const Token &) { return ++count, true; });
        QCOMPARE(count, 2);
    }

    void aQueryRunEndingInAPairLinesUpWithWhatFollows()
    {
        // 我们 is one pair token; k8s must still come one position later.
        QCOMPARE(
            texts(QStringLiteral("我们k8s"), TokenizeFor::Query),
            (QStringList{QStringLiteral("我们"), QStringLiteral("们"), QStringLiteral("k8s")}));
        QCOMPARE(texts(QStringLiteral("k8s我们"), TokenizeFor::Query),
                 (QStringList{QStringLiteral("k8s"), QStringLiteral("我们")}));
        add({2021, 1, 1}, QStringLiteral("一"), QStringLiteral("我们k8s的配置，我的vim配置"));
        add({2021, 1, 2}, QStringLiteral("二"), QStringLiteral("这是**我们**的计划。"));
        QCOMPARE(find(QStringLiteral("我们k8s")), QStringList{QStringLiteral("一")});
        QCOMPARE(find(QStringLiteral("我的vim")), QStringList{QStringLiteral("一")});
        QCOMPARE(find(QStringLiteral("k8s的配置")), QStringList{QStringLiteral("一")});
        // Markup and punctuation take no position, in pairs as in characters.
        QCOMPARE(find(QStringLiteral("我们的计划")), QStringList{QStringLiteral("二")});
        QCOMPARE(find(QStringLiteral("是我们的")), QStringList{QStringLiteral("二")});
    }

    // --- the query language ---

    void parsesTheQueryLanguage()
    {
        const Query q = Query::parse(
            QStringLiteral("k8s 集群 \"load balancer\" 容器 OR docker -mysql tag:学习 -tag:draft "
                           "from:2021 to:2021-06 title：周报"));
        QCOMPARE(q.error, QString());
        QCOMPARE(q.all.size(), 5);
        QCOMPARE(q.all[0], QList<QueryTerm>{{QStringLiteral("k8s")}});
        QCOMPARE(q.all[2].first().text, QStringLiteral("load balancer"));
        QVERIFY(q.all[2].first().quoted);
        QCOMPARE(q.all[3].size(), 2); // 容器 OR docker
        QCOMPARE(q.all[3][1].text, QStringLiteral("docker"));
        QVERIFY(q.all[4].first().titleOnly);
        QCOMPARE(q.none.first().text, QStringLiteral("mysql"));
        QCOMPARE(q.tags, QStringList{QStringLiteral("学习")});
        QCOMPARE(q.excludedTags, QStringList{QStringLiteral("draft")});
        QCOMPARE(q.from, QDate(2021, 1, 1));
        QCOMPARE(q.to, QDate(2021, 6, 30));
        QVERIFY(Query::parse(QStringLiteral("“全角引号”")).all.first().first().quoted);
        QVERIFY(Query::parse(QStringLiteral("「书名」")).all.first().first().quoted);
        // A from: or to: that is no date is a word.
        const Query words = Query::parse(QStringLiteral("to:do"));
        QCOMPARE(words.error, QString());
        QCOMPARE(words.all.first().first().text, QStringLiteral("to:do"));
    }

    void aBadDateIsAnErrorThatSaysWhy()
    {
        const Query q = Query::parse(QStringLiteral("书 from:2021-13-01"));
        QVERIFY(q.error.contains(QStringLiteral("2021-13-01")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Searcher(m_journal->database()).search(q));
    }

    // --- finding ---

    void findsOneAndTwoCharacterWordsMidSentence()
    {
        add({2021, 1, 1}, QStringLiteral("读书"),
            QStringLiteral("今天读完了一本书，关于容器编排。"));
        add({2021, 1, 2}, QStringLiteral("杂记"), QStringLiteral("天气很好。"));
        QCOMPARE(find(QStringLiteral("书")), QStringList{QStringLiteral("读书")});
        QCOMPARE(find(QStringLiteral("容器")), QStringList{QStringLiteral("读书")});
        QCOMPARE(find(QStringLiteral("器编")), QStringList{QStringLiteral("读书")});
        QCOMPARE(find(QStringLiteral("天气很好")), QStringList{QStringLiteral("杂记")});
        QVERIFY(find(QStringLiteral("编容")).isEmpty());
    }

    void findsChineseAcrossLineBreaksAndSpaces()
    {
        add({2021, 1, 1}, QStringLiteral("网络"),
            QStringLiteral("学习负载\n均衡的原理，还有服务 发现。"));
        QCOMPARE(find(QStringLiteral("负载均衡")), QStringList{QStringLiteral("网络")});
        QCOMPARE(find(QStringLiteral("服务发现")), QStringList{QStringLiteral("网络")});
        QCOMPARE(find(QStringLiteral("\"载均衡的\"")), QStringList{QStringLiteral("网络")});
    }

    void latinAndChineseMixWithAndWithoutSpace()
    {
        add({2021, 1, 1}, QStringLiteral("一"), QStringLiteral("搭建 k8s 集群，顺便看 JDK源码。"));
        add({2021, 1, 2}, QStringLiteral("二"), QStringLiteral("Go语言的并发模型"));
        add({2021, 1, 3}, QStringLiteral("三"), QStringLiteral("OpenJDK源码笔记；ｋ８ｓ集群运维"));
        for (const QString &q : {QStringLiteral("k8s集群"), QStringLiteral("k8s 集群")})
            QCOMPARE(find(q), (QStringList{QStringLiteral("三"), QStringLiteral("一")}));
        QCOMPARE(find(QStringLiteral("Go 语言")), QStringList{QStringLiteral("二")});
        QCOMPARE(find(QStringLiteral("go语言")), QStringList{QStringLiteral("二")});
        // jdk源码 is inside OpenJDK源码 too, as a substring search would say;
        // the entry with the word itself ranks first.
        QCOMPARE(find(QStringLiteral("jdk源码")),
                 (QStringList{QStringLiteral("一"), QStringLiteral("三")}));
    }

    void aWordInsideALongerWordIsFoundAfterWholeWords()
    {
        add({2021, 1, 1}, QStringLiteral("mysql"), QStringLiteral("MySQL 的索引"));
        add({2020, 1, 1}, QStringLiteral("sql"), QStringLiteral("SQL 窗口函数"));
        add({2022, 1, 1}, QStringLiteral("sqlite"), QStringLiteral("SQLite 的 WAL"));
        // "sql" and words starting with it first, then words holding it.
        const QStringList found = find(QStringLiteral("sql"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.last(), QStringLiteral("mysql"));
        QCOMPARE(find(QStringLiteral("\"sql\"")), QStringList{QStringLiteral("sql")});
    }

    void traditionalAndSimplifiedFindEachOther()
    {
        add({2021, 1, 1}, QStringLiteral("繁"), QStringLiteral("學習數據庫的筆記"));
        add({2021, 1, 2}, QStringLiteral("简"), QStringLiteral("学习数据库的笔记"));
        QCOMPARE(find(QStringLiteral("数据库")).size(), 2);
        QCOMPARE(find(QStringLiteral("數據庫")).size(), 2);
        QCOMPARE(find(QStringLiteral("ｓｑｌ")).size(), 0);
    }

    void operatorsAndFilters()
    {
        add({2021, 3, 1}, QStringLiteral("容器周报"), QStringLiteral("docker 和 k8s"),
            {QStringLiteral("周报")});
        add({2021, 9, 1}, QStringLiteral("数据库"), QStringLiteral("mysql 和 docker"));
        add({2022, 1, 1}, QStringLiteral("网络"), QStringLiteral("tcp 和 k8s 集群"),
            {QStringLiteral("周报")});
        QCOMPARE(find(QStringLiteral("docker k8s")), QStringList{QStringLiteral("容器周报")});
        QCOMPARE(find(QStringLiteral("mysql OR tcp")).size(), 2);
        QCOMPARE(find(QStringLiteral("docker -mysql")), QStringList{QStringLiteral("容器周报")});
        QCOMPARE(find(QStringLiteral("k8s tag:周报")).size(), 2);
        QCOMPARE(find(QStringLiteral("k8s -tag:周报")).size(), 0);
        QCOMPARE(find(QStringLiteral("docker from:2021-06-01")),
                 QStringList{QStringLiteral("数据库")});
        QCOMPARE(find(QStringLiteral("k8s to:2021")), QStringList{QStringLiteral("容器周报")});
        QCOMPARE(find(QStringLiteral("title:容器")), QStringList{QStringLiteral("容器周报")});
        QCOMPARE(find(QStringLiteral("title:docker")), QStringList{});
        // Filters alone list the entries, newest first.
        QCOMPARE(find(QStringLiteral("tag:周报")),
                 (QStringList{QStringLiteral("网络"), QStringLiteral("容器周报")}));
        QCOMPARE(find(QStringLiteral("-docker")), QStringList{QStringLiteral("网络")});
        // Punctuation alone is looked for as it is.
        QVERIFY(find(QStringLiteral("，。")).isEmpty());
        add({2021, 10, 1}, QStringLiteral("书名"), QStringLiteral("读完《深入理解计算机系统》"));
        QCOMPARE(find(QStringLiteral("《")), QStringList{QStringLiteral("书名")});
    }

    // --- ranking and snippets ---

    void rankingPrefersTitlesThenFrequencyThenRecency()
    {
        // Fillers make the word rare, so that BM25 has something to weigh.
        for (int i = 0; i < 20; ++i)
            add(QDate(2020, 1, 1).addDays(i), QStringLiteral("其他 %1").arg(i),
                QStringLiteral("今天天气不错。"));
        add({2015, 1, 1}, QStringLiteral("调度器"), QStringLiteral("只是笔记。"));
        add({2021, 1, 1}, QStringLiteral("一次提到"),
            QStringLiteral("讲了调度器。还有很多别的内容，别的内容。"));
        add({2021, 1, 1}, QStringLiteral("多次提到"), QStringLiteral("调度器、调度器、调度器。"));
        add({2024, 1, 1}, QStringLiteral("新的一次"),
            QStringLiteral("讲了调度器。还有很多别的内容，别的内容。"));
        const QList<SearchHit> hits =
            Searcher(m_journal->database()).search(QStringLiteral("调度器"));
        QCOMPARE(titlesOf(hits),
                 (QStringList{QStringLiteral("调度器"), QStringLiteral("多次提到"),
                              QStringLiteral("新的一次"), QStringLiteral("一次提到")}));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].score >= hits[i].score);
        QVERIFY(hits.last().score > 0);
        // The limit keeps the best.
        QCOMPARE(find(QStringLiteral("调度器"), 2),
                 (QStringList{QStringLiteral("调度器"), QStringLiteral("多次提到")}));
    }

    void snippetsMarkMatchesAndCutAtSentences()
    {
        QString body = QStringLiteral("第一句话讲别的事情，和搜索无关。");
        body += QStringLiteral("这里说到负载\n均衡和 <b>HTML</b> 的转义。");
        body += QString(QStringLiteral("后面还有很长的一段文字，")).repeated(20);
        add({2021, 1, 1}, QStringLiteral("片段"), body);
        const QList<SearchHit> hits =
            Searcher(m_journal->database()).search(QStringLiteral("负载均衡 html"));
        QCOMPARE(hits.size(), 1);
        const QString snippet = hits.first().snippet;
        QVERIFY2(snippet.startsWith(
                     QStringLiteral("…这里说到<mark>负载均衡</mark>和 &lt;b&gt;<mark>HTML</mark>")),
                 qPrintable(snippet));
        QVERIFY(snippet.endsWith(QStringLiteral("…")));
        QVERIFY(snippet.size() < 140);
    }

    void aVeryCommonWordRanksTheNewestAndOlderTitleMatches()
    {
        const QDate first(2010, 1, 1);
        add(first, QStringLiteral("旅行的书"), QStringLiteral("去旅行的时候读的书。"));
        add(first.addDays(1), QStringLiteral("书单"), QStringLiteral("的 一些书。"));
        for (int i = 0; i < Searcher::bigScale + 5; ++i)
            add(first.addDays(10 + i), QStringLiteral("日常 %1").arg(i),
                QStringLiteral("今天的事。"));
        // More than bigScale match 的: the old entries with 的 in the title
        // still come, and an excluded word keeps its entry out.
        const QStringList common = find(QStringLiteral("的"), 20);
        QCOMPARE(common.size(), 20);
        QVERIFY(common.contains(QStringLiteral("旅行的书")));
        const QStringList excluded = find(QStringLiteral("的 -旅行"), 400);
        QVERIFY(!excluded.contains(QStringLiteral("旅行的书")));
        QCOMPARE(excluded.size(), Searcher::bigScale + 6);
    }

    void matcherFindsRangesForTheEditor()
    {
        const QueryMatcher matcher(Query::parse(QStringLiteral("集群 k8s")));
        const QString text = QStringLiteral("😀 K8S 的集\n群");
        const QList<QueryMatcher::Range> ranges = matcher.find(text);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(text.mid(ranges[0].start, ranges[0].length), QStringLiteral("K8S"));
        QCOMPARE(text.mid(ranges[1].start, ranges[1].length), QStringLiteral("集\n群"));
    }

    // --- the index with the entries ---

    void theIndexFollowsEditsDeletesAndUndo()
    {
        Entry entry = add({2021, 1, 1}, QStringLiteral("原来"), QStringLiteral("容器编排"));
        entry.body = QStringLiteral("服务网格");
        QVERIFY(m_store->update(entry));
        QVERIFY(find(QStringLiteral("容器")).isEmpty());
        QCOMPARE(find(QStringLiteral("网格")), QStringList{QStringLiteral("原来")});
        const DeletedEntry deleted = m_store->remove(entry.id);
        QVERIFY(find(QStringLiteral("网格")).isEmpty());
        m_store->restore(deleted);
        QCOMPARE(find(QStringLiteral("网格")), QStringList{QStringLiteral("原来")});
        QCOMPARE(SearchIndex::integrityProblem(m_journal->database()), QString());
    }

    void writesThroughASecondConnectionAreIndexed()
    {
        const Entry entry = add({2021, 1, 1}, QStringLiteral("后台"), QStringLiteral("草稿"));
        QString error;
        std::unique_ptr<Journal> writer = Journal::attach(m_journal->path(), &error);
        QVERIFY2(writer, qPrintable(error));
        EntryStore other(*writer);
        Entry changed = entry;
        changed.body = QStringLiteral("自动保存的正文");
        QVERIFY(other.update(changed));
        QCOMPARE(find(QStringLiteral("自动保存")), QStringList{QStringLiteral("后台")});
        QCOMPARE(SearchIndex::integrityProblem(m_journal->database()), QString());
    }

    void aNewTokenizerVersionRebuildsAtOpenWithProgress()
    {
        add({2021, 1, 1}, QStringLiteral("旧的"), QStringLiteral("索引里的词"));
        const QString path = m_journal->path();
        sql::run(m_journal->database(),
                 QStringLiteral("UPDATE search_state SET value = 'an older tokenizer'"));
        // Damage the index the way a different tokenizer would leave it.
        sql::run(m_journal->database(),
                 QStringLiteral("INSERT INTO search_index (search_index) VALUES ('delete-all')"));
        QVERIFY(find(QStringLiteral("索引")).isEmpty());
        m_store.reset();
        m_journal.reset();

        QList<std::pair<int, int>> reports;
        Journal::Options options;
        options.indexProgress = [&](int done, int total) { reports.append({done, total}); };
        QString error;
        m_journal = Journal::open(path, options, &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last(), (std::pair<int, int>{1, 1}));
        QVERIFY(SearchIndex::isCurrent(m_journal->database()));
        QCOMPARE(find(QStringLiteral("索引")), QStringList{QStringLiteral("旧的")});
        // Opening again rebuilds nothing.
        m_journal.reset();
        reports.clear();
        m_journal = Journal::open(path, options, &error);
        QVERIFY(reports.isEmpty());
    }

    void aJournalFromBeforeSearchIsIndexedWhenOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("version1.waypoint"));
        {
            // A version 1 journal, as the first release wrote it.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(Journal::applicationId));
            Migrator::migrate(db, {Migrator::builtin().front()});
            sql::run(db, QStringLiteral("INSERT INTO entries (uuid, entry_date, title, body,"
                                        " created_utc, updated_utc) VALUES ('u1', '2019-05-01',"
                                        " '老日记', '那年学习 Rust', 'x', 'x')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        m_store.reset();
        QString error;
        m_journal = Journal::open(path, {}, &error);
        QVERIFY2(m_journal, qPrintable(error));
        QCOMPARE(Migrator::currentVersion(m_journal->database()), Migrator::latestVersion());
        QCOMPARE(find(QStringLiteral("rust")), QStringList{QStringLiteral("老日记")});
        QCOMPARE(find(QStringLiteral("学习")), QStringList{QStringLiteral("老日记")});
    }

    // --- the search field's model ---

    void resultModelShowsDateTitleAndSnippet()
    {
        add({2021, 1, 1}, QStringLiteral("读书"), QStringLiteral("读完了《语言学的邀请》"));
        add({2022, 2, 2}, QString(), QStringLiteral("还在读《语言学的邀请》，进度 68/288"));
        SearchResultModel model(m_journal->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy searched(&model, &SearchResultModel::searched);
        model.setQueryText(QStringLiteral("语言学"));
        QCOMPARE(searched.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex untitled =
            model.index(0, 0).data(SearchResultModel::TitleRole).toString().isEmpty()
                ? model.index(0, 0)
                : model.index(1, 0);
        QCOMPARE(untitled.data(Qt::DisplayRole).toString(), QStringLiteral("(untitled)"));
        QCOMPARE(untitled.data(SearchResultModel::DateRole).toDate(), QDate(2022, 2, 2));
        QVERIFY(untitled.data(SearchResultModel::SnippetRole)
                    .toString()
                    .contains(QStringLiteral("<mark>语言学</mark>")));
        model.setQueryText(QStringLiteral("没有的词"));
        QCOMPARE(model.rowCount(), 0);
        model.setQueryText(QStringLiteral("from:2021-13"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
    }

    // Found by fuzzing (tests/fuzz/fuzz_query): SQLite read the FTS5
    // expression only up to the NUL, and refused it as unterminated.
    void aNulInAQuerySeparatesTermsLikeASpace()
    {
        add({2021, 3, 14}, QStringLiteral("笔记"), QStringLiteral("负载均衡与调度器"));
        const QString typed = QStringLiteral("负载") + QChar(0) + QStringLiteral("调度器");
        const Query query = Query::parse(typed);
        QCOMPARE(query.all.size(), 2);
        QCOMPARE(find(typed), QStringList{QStringLiteral("笔记")});
        QCOMPARE(find(QStringLiteral("\"负载") + QChar(0) + QStringLiteral("\"")),
                 QStringList{QStringLiteral("笔记")});
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
