#include "Goals.h"

#include "EnumNames.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace waypoint::goals {

namespace {

constexpr std::array<const char *, 3> measureNames = {"text", "number", "checklist"};
constexpr std::array<const char *, 3> statusNames = {"open", "done", "dropped"};

// What a short name may hold: letters (any script), digits, '-' and '_'.
const QString shortNameCharacters = QStringLiteral(R"([\p{L}\p{N}_-])");

} // namespace

QString measureName(Measure measure)
{
    return QLatin1String(measureNames.at(size_t(measure)));
}

QString statusName(Status status)
{
    return QLatin1String(statusNames.at(size_t(status)));
}

std::optional<Measure> measureFromName(const QString &name)
{
    return enumFromName<Measure>(measureNames, name);
}

std::optional<Status> statusFromName(const QString &name)
{
    return enumFromName<Status>(statusNames, name);
}

QString Names::status(Status status)
{
    switch (status) {
    case Status::Open:
        return tr("Open");
    case Status::Done:
        return tr("Done");
    case Status::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString Names::measure(Measure measure)
{
    switch (measure) {
    case Measure::Text:
        return tr("In words");
    case Measure::Number:
        return tr("A number");
    case Measure::Checklist:
        return tr("Milestones");
    }
    return {};
}

double Goal::progress() const
{
    if (status == Status::Done)
        return 100;
    switch (measure) {
    case Measure::Number:
        return target > 0 ? std::clamp(current / target * 100, 0.0, 100.0) : -1;
    case Measure::Checklist: {
        if (milestones.isEmpty())
            return -1;
        const auto done = std::count_if(milestones.begin(), milestones.end(),
                                        [](const Milestone &m) { return m.done; });
        return double(done) / double(milestones.size()) * 100;
    }
    case Measure::Text:
        return lastScore;
    }
    return -1;
}

double Area::progress() const
{
    double sum = 0;
    int counted = 0;
    for (const Goal &goal : goals) {
        if (goal.status == Status::Dropped)
            continue;
        const double p = goal.progress();
        if (p < 0)
            continue;
        sum += p;
        ++counted;
    }
    return counted > 0 ? sum / counted : -1;
}

double Plan::elapsed(QDate day) const
{
    const qint64 span = start.daysTo(end()) + 1;
    if (span <= 0)
        return 0;
    return std::clamp(double(start.daysTo(day)) / double(span) * 100, 0.0, 100.0);
}

QString shortNameFor(const QString &title)
{
    const QString folded = title.normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QRegularExpression allowed(shortNameCharacters);
    QString name;
    bool gap = false;
    for (const QChar c : folded) {
        if (allowed.match(QString(c)).hasMatch() && c != QLatin1Char('-')) {
            // CJK runs need no separator; Latin words do.
            if (gap && !name.isEmpty())
                name += QLatin1Char('-');
            name += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return name.left(32);
}

QStringList goalTagsIn(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral(R"((?:^|(?<=[\s(（,，、:：]))#goal/(%1+))").arg(shortNameCharacters));
    QStringList names;
    auto matches = tag.globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1).toCaseFolded();
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString withGoalTag(const QString &text, const QString &shortName)
{
    const QString tag = QStringLiteral("#goal/") + shortName;
    QString result = text;
    while (result.endsWith(QLatin1Char('\n')) || result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    const qsizetype lineStart = result.lastIndexOf(QLatin1Char('\n')) + 1;
    const QString last = result.mid(lineStart);
    static const QRegularExpression onlyTags(
        QStringLiteral(R"(^\s*(?:#goal/%1+\s*)+$)").arg(shortNameCharacters));
    if (!last.isEmpty() && onlyTags.match(last).hasMatch())
        return result + QLatin1Char(' ') + tag + QLatin1Char('\n');
    return result + (result.isEmpty() ? QString() : QStringLiteral("\n\n")) + tag
           + QLatin1Char('\n');
}

QString reviewMarker(qint64 planId)
{
    return QStringLiteral("<!-- waypoint:review plan=%1 -->").arg(planId);
}

std::optional<ParsedReview> parseReview(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(<!--\s*waypoint:review\s+plan=(\d+)\s*-->)"));
    const QRegularExpressionMatch found = marker.match(text);
    if (!found.hasMatch())
        return std::nullopt;
    ParsedReview review;
    review.planId = found.captured(1).toLongLong();
    static const QRegularExpression overall(
        QStringLiteral(
            R"(^\s*(?:[-*]\s*)?\**(?:总评分|总分|overall score)\**\s*[:：]\s*(\d{1,3}))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch m = overall.match(text); m.hasMatch()) {
        const int score = m.captured(1).toInt();
        if (score <= 100)
            review.score = score;
    }
    static const QRegularExpression score(QStringLiteral(R"((?:评分|score)\s*[:：]\s*(\d{1,3}))"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression note(QStringLiteral(R"((?:备注|note)\s*[:：]\s*(.*)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList tags = goalTagsIn(line);
        if (tags.isEmpty())
            continue;
        ParsedReview::GoalLine goal;
        goal.shortName = tags.constFirst();
        if (const QRegularExpressionMatch m = score.match(line); m.hasMatch()) {
            const int value = m.captured(1).toInt();
            if (value <= 100)
                goal.score = value;
        }
        if (const QRegularExpressionMatch m = note.match(line); m.hasMatch())
            goal.note = m.captured(1).trimmed();
        review.goals.append(goal);
    }
    return review;
}

} // namespace waypoint::goals
