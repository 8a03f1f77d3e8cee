#include "ProgressRecognizer.h"

#include <QRegularExpression>
#include <QStringList>
#include <QStringTokenizer>
#include <optional>

namespace waypoint {

namespace {

using Options = QRegularExpression::PatternOptions;

const Options caseless = QRegularExpression::CaseInsensitiveOption;

// A list item's bullet or number, a task box, a heading's hashes.
const QRegularExpression &leadingMarks()
{
    static const QRegularExpression marks(
        QStringLiteral(R"re(^\s*(?:(?:[-*+•·]|\d+[.)]|#{1,6})\s+)?(?:\[[ xX]\]\s+)?)re"));
    return marks;
}

// "<title> - 83/236", "<title> - 进度 68/288", "<title>：14.3%", "<title> 进度 7/13".
// The title is the shortest start after which the rest still matches, so in
// "动手学深度学习 - Pytorch 版 - 14.3%" it runs to the last separator.
const QRegularExpression &progressLine()
{
    static const QRegularExpression line(
        QStringLiteral(
            R"re(^(.*?\S)\s*(?:[-—–:]+\s*(?:进度|progress)?|(?:进度|progress))\s*:?\s*)re"
            R"re((\d+(?:\.\d+)?)\s*(?:/\s*(\d+)|(%))\s*[。.!]?\s*$)re"),
        caseless);
    return line;
}

const QRegularExpression &finishedLine()
{
    static const QRegularExpression line(
        QStringLiteral(R"re(^(?:已经?)?(?:读完了?|看完了?|学完了?)\s*《(.+?)》)re"
                       R"re(|^(?:finished|done) reading\s+(.+?)\s*[.!]?$)re"),
        caseless);
    return line;
}

const QRegularExpression &startedLine()
{
    static const QRegularExpression line(
        QStringLiteral(R"re(^开始(?:读|看|学习?)了?\s*《(.+?)》)re"
                       R"re(|^started reading\s+(.+?)\s*[.!]?$)re"),
        caseless);
    return line;
}

// What is written, not read: a blog post or an article being finished.
const QRegularExpression &writing()
{
    static const QRegularExpression words(
        QStringLiteral(R"re(博客|博文|文章|写作|撰写|完成|迭代|总结|blog|article|writing|draft)re"),
        caseless);
    return words;
}

// How the reading is introduced: "阅读《…》", "学习极客时间的《…》", "reading …".
const QRegularExpression &readingVerb()
{
    static const QRegularExpression verb(
        QStringLiteral(
            R"re(^(?:正在|在)?(?:阅读|读|学习|看|重读|听)\s*|^(?:reading|read|studying)\s+)re"),
        caseless);
    return verb;
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

// The title inside a line's part before the progress: the first 《…》 if
// there is one, else the part without its verb.
QString titleOf(const QString &part)
{
    static const QRegularExpression bracketed(QStringLiteral("《(.+?)》"));
    const QRegularExpressionMatch match = bracketed.match(part);
    if (match.hasMatch())
        return match.captured(1).trimmed();
    QString title = part;
    title.remove(readingVerb());
    return title.trimmed();
}

// The part of a line outside 《…》, where verbs and sentences are.
QString outsideBrackets(const QString &part)
{
    static const QRegularExpression bracketed(QStringLiteral("《.*?》"));
    QString outside = part;
    outside.remove(bracketed);
    return outside;
}

bool hasWords(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetter())
            return true;
    return false;
}

std::optional<ProgressMention> progressIn(const QString &line)
{
    const QRegularExpressionMatch match = progressLine().match(line);
    if (!match.hasMatch())
        return std::nullopt;
    const QString part = match.captured(1);
    const QString outside = outsideBrackets(part);
    // A sentence with a number at its end, or something being written.
    if (outside.contains(QLatin1Char(',')) || outside.contains(QChar(0x3002))
        || outside.contains(QChar(0x3001)) || writing().match(outside).hasMatch())
        return std::nullopt;
    ProgressMention mention;
    mention.title = titleOf(part);
    if (!hasWords(mention.title) || mention.title.size() > 120)
        return std::nullopt;
    mention.value = match.captured(2).toDouble();
    if (match.capturedLength(4) > 0) {
        mention.unit = ProgressMention::Unit::Percent;
        mention.total = 100;
    } else {
        mention.unit = ProgressMention::Unit::Count;
        mention.total = match.captured(3).toDouble();
        // 7/13 is a chapter count; 2/13 of a month is not written this way,
        // but 12/25 could be a date: only a whole count is progress.
        if (match.captured(2).contains(QLatin1Char('.')))
            return std::nullopt;
    }
    if (mention.total <= 0 || mention.value > mention.total)
        return std::nullopt;
    if (mention.value == mention.total)
        mention.kind = ProgressMention::Kind::Finished;
    return mention;
}

std::optional<ProgressMention> startOrFinishIn(const QString &line)
{
    for (const auto &[pattern, kind] :
         {std::pair{&finishedLine(), ProgressMention::Kind::Finished},
          std::pair{&startedLine(), ProgressMention::Kind::Started}}) {
        const QRegularExpressionMatch match = pattern->match(line);
        if (!match.hasMatch())
            continue;
        ProgressMention mention;
        mention.kind = kind;
        mention.title =
            (match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2)).trimmed();
        static const QRegularExpression quotes(QStringLiteral(R"re(^["“*_]+|["”*_]+$)re"));
        mention.title.remove(quotes);
        if (!hasWords(mention.title))
            return std::nullopt;
        return mention;
    }
    return std::nullopt;
}

// Whether a line could hold progress at all: a count, a percentage, or a
// verb of starting or finishing. Most lines of a journal cannot, and this is
// much cheaper than folding them and trying the patterns.
bool mayHoldProgress(QStringView line)
{
    for (const QChar c : line) {
        switch (c.unicode()) {
        case u'/':
        case u'%':
        case u'\uFF0F': // ／
        case u'\uFF05': // ％
        case u'\u5B8C': // 完 (读完, 看完, 学完)
        case u'\u59CB': // 始 (开始)
            return true;
        }
    }
    return line.contains(u"reading", Qt::CaseInsensitive);
}

} // namespace

QList<ProgressMention> recognizeProgress(const QString &text)
{
    QList<ProgressMention> mentions;
    bool inFence = false;
    int number = 0;
    for (const QStringView raw : QStringTokenizer(text, u'\n')) {
        ++number;
        const QStringView trimmed = raw.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence || !mayHoldProgress(raw))
            continue;
        QString line = folded(raw.toString());
        line.remove(leadingMarks());
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        std::optional<ProgressMention> mention = startOrFinishIn(line);
        if (!mention)
            mention = progressIn(line);
        if (!mention)
            continue;
        mention->line = number;
        mention->text = line;
        mention->key = normalizeTitle(mention->title);
        if (!mention->key.isEmpty())
            mentions.append(*mention);
    }
    return mentions;
}

QString normalizeTitle(const QString &title)
{
    QString text = folded(title).toCaseFolded();
    static const QList<QRegularExpression> editions = {
        // (英文版), (第2版), (2nd edition); not (上册) or (卷1): volumes are books of their own
        QRegularExpression(QStringLiteral(R"re(\([^)]*(?:版|edition|ed\.)[^)]*\))re")),
        // "- Pytorch 版" at the end
        QRegularExpression(QStringLiteral(R"re(\s*[-—–]\s*[^-—–]*版\s*$)re")),
        // ", 2nd edition"
        QRegularExpression(QStringLiteral(R"re(,?\s*\d+(?:st|nd|rd|th)\s+edition\s*$)re")),
    };
    for (const QRegularExpression &edition : editions)
        text.remove(edition);
    QString key;
    key.reserve(text.size());
    for (const QChar c : std::as_const(text))
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

} // namespace waypoint
