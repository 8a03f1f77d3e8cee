#include "Reading.h"

#include "EnumNames.h"
#include <QLocale>

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace waypoint::reading {

namespace {

constexpr std::array<const char *, 4> kindNames = {"book", "course", "article", "video"};
constexpr std::array<const char *, 4> unitNames = {"page", "chapter", "percent", "lesson"};
constexpr std::array<const char *, 4> statusNames = {"want", "reading", "finished", "abandoned"};

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

bool mentions(const QList<ProgressMention> &found, const QRegularExpression &words)
{
    return std::any_of(found.begin(), found.end(), [&](const ProgressMention &mention) {
        return words.match(mention.text).hasMatch();
    });
}

} // namespace

QString kindName(Kind kind)
{
    return QLatin1String(kindNames.at(size_t(kind)));
}

QString unitName(Unit unit)
{
    return QLatin1String(unitNames.at(size_t(unit)));
}

QString statusName(Status status)
{
    return QLatin1String(statusNames.at(size_t(status)));
}

std::optional<Kind> kindFromName(const QString &name)
{
    return enumFromName<Kind>(kindNames, name);
}

std::optional<Unit> unitFromName(const QString &name)
{
    return enumFromName<Unit>(unitNames, name);
}

std::optional<Status> statusFromName(const QString &name)
{
    return enumFromName<Status>(statusNames, name);
}

QString Names::kind(Kind kind)
{
    switch (kind) {
    case Kind::Book:
        return tr("Book");
    case Kind::Course:
        return tr("Course");
    case Kind::Article:
        return tr("Article");
    case Kind::Video:
        return tr("Video");
    }
    return {};
}

QString Names::unit(Unit unit)
{
    switch (unit) {
    case Unit::Page:
        return tr("Pages");
    case Unit::Chapter:
        return tr("Chapters");
    case Unit::Percent:
        return tr("Percent");
    case Unit::Lesson:
        return tr("Lessons");
    }
    return {};
}

QString Names::status(Status status)
{
    switch (status) {
    case Status::WantToRead:
        return tr("Want to read");
    case Status::Reading:
        return tr("Reading");
    case Status::Finished:
        return tr("Finished");
    case Status::Abandoned:
        return tr("Abandoned");
    }
    return {};
}

QString Names::progress(double value, double total, Unit unit)
{
    if (unit == Unit::Percent)
        return tr("%1%").arg(number(value));
    const int whole = int(std::ceil(std::max(value, total)));
    switch (unit) {
    case Unit::Page:
        return total > 0 ? tr("%1 / %2 pages", nullptr, whole).arg(number(value), number(total))
                         : tr("%1 pages", nullptr, whole).arg(number(value));
    case Unit::Chapter:
        return total > 0 ? tr("%1 / %2 chapters", nullptr, whole).arg(number(value), number(total))
                         : tr("%1 chapters", nullptr, whole).arg(number(value));
    case Unit::Lesson:
        return total > 0 ? tr("%1 / %2 lessons", nullptr, whole).arg(number(value), number(total))
                         : tr("%1 lessons", nullptr, whole).arg(number(value));
    case Unit::Percent:
        break;
    }
    return {};
}

QString Names::ofItem(const Item &item)
{
    if (item.events == 0)
        return item.total > 0 && item.unit != Unit::Percent ? progress(item.total, 0, item.unit)
                                                            : QString();
    // A percentage of a book whose length is not known says only that.
    if (item.unit != Unit::Percent && item.total <= 0 && item.percent >= 0)
        return progress(item.percent, 100, Unit::Percent);
    QString text = progress(item.value, item.total, item.unit);
    if (item.unit != Unit::Percent && item.percent >= 0)
        text += QStringLiteral(" · %1%").arg(qRound(item.percent));
    return text;
}

std::optional<WrittenValue> parseWrittenValue(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"re(^\s*(\d+(?:\.\d+)?)\s*(?:(%)|/\s*(\d+(?:\.\d+)?))?\s*$)re"));
    const QRegularExpressionMatch match =
        shape.match(text.normalized(QString::NormalizationForm_KC));
    if (!match.hasMatch())
        return std::nullopt;
    WrittenValue written;
    written.value = match.captured(1).toDouble();
    if (match.capturedLength(2) > 0) {
        written.notation = Notation::Percent;
        written.outOf = 100;
    } else if (match.capturedLength(3) > 0) {
        written.notation = Notation::Count;
        written.outOf = match.captured(3).toDouble();
        if (written.outOf <= 0)
            return std::nullopt;
    }
    if (written.outOf > 0 && written.value > written.outOf)
        return std::nullopt;
    return written;
}

Item proposeItem(const QList<ProgressMention> &found)
{
    Item item;
    if (found.isEmpty())
        return item;
    item.title = found.constFirst().title;
    using Re = QRegularExpression;
    static const Re course(
        QStringLiteral("极客时间|课程|专栏|慕课|网课|course|coursera|udemy|lecture"),
        Re::CaseInsensitiveOption);
    static const Re video(QStringLiteral("视频|video|youtube|bilibili|b站"),
                          Re::CaseInsensitiveOption);
    static const Re paper(QStringLiteral("论文|paper"), Re::CaseInsensitiveOption);
    static const Re chapters(QStringLiteral("章|chapter"), Re::CaseInsensitiveOption);
    static const Re lessons(QStringLiteral("课|讲|lesson"), Re::CaseInsensitiveOption);
    if (mentions(found, course))
        item.kind = Kind::Course;
    else if (mentions(found, video))
        item.kind = Kind::Video;
    else if (mentions(found, paper))
        item.kind = Kind::Article;

    // A count says more than a percentage: it gives the unit's total.
    const ProgressMention *count = nullptr;
    bool percent = false;
    for (const ProgressMention &mention : found) {
        if (mention.unit == ProgressMention::Unit::Count
            && (!count || mention.total > count->total))
            count = &mention;
        percent = percent || mention.unit == ProgressMention::Unit::Percent;
    }
    if (count) {
        item.total = count->total;
        if (mentions(found, chapters))
            item.unit = Unit::Chapter;
        else if (item.kind == Kind::Course || mentions(found, lessons))
            item.unit = Unit::Lesson;
        else
            // Books are hundreds of pages; a total this small counts chapters.
            item.unit = count->total <= 40 ? Unit::Chapter : Unit::Page;
    } else if (percent) {
        item.unit = Unit::Percent;
        item.total = 100;
    }
    return item;
}

double valueInItemUnit(const Event &event, const Item &item)
{
    switch (event.notation) {
    case Notation::ItemUnit:
        break;
    case Notation::Percent:
        if (item.unit != Unit::Percent)
            return item.total > 0 ? event.value / 100 * item.total : 0; // 0: not known
        break;
    case Notation::Count:
        if (item.unit == Unit::Percent && event.outOf > 0)
            return event.value / event.outOf * 100;
        break;
    }
    if (event.kind == EventKind::Finished && event.value == 0)
        return item.unit == Unit::Percent ? 100 : item.total;
    return event.value;
}

double percentOf(const Event &event, const Item &item)
{
    if (event.kind == EventKind::Finished)
        return 100;
    switch (event.notation) {
    case Notation::Percent:
        return event.value;
    case Notation::Count:
        return event.outOf > 0 ? event.value / event.outOf * 100 : -1;
    case Notation::ItemUnit:
        if (item.unit == Unit::Percent)
            return event.value;
        return item.total > 0 ? event.value / item.total * 100 : -1;
    }
    return -1;
}

void deriveProgress(Item &item, const QList<Event> &events)
{
    item.events = int(events.size());
    item.started = item.startedSet;
    item.finished = item.finishedSet;
    item.lastRead = {};
    item.value = 0;
    item.percent = item.unit == Unit::Percent || item.total > 0 ? 0 : -1;

    const Event *latest = nullptr;
    double latestPercent = -1;
    for (const Event &event : events) {
        const double percent = percentOf(event, item);
        if (!item.startedSet.isValid() && (!item.started.isValid() || event.date < item.started))
            item.started = event.date;
        const bool finishes = event.kind == EventKind::Finished || percent >= 100;
        if (finishes && !item.finishedSet.isValid()
            && (!item.finished.isValid() || event.date < item.finished))
            item.finished = event.date;
        // The newest day's furthest point: one entry may mention a book twice.
        const auto rank = [&](const Event &e, double p) {
            return std::pair{e.date, p >= 0 ? p : valueInItemUnit(e, item)};
        };
        if (!latest || rank(*latest, latestPercent) < rank(event, percent)) {
            latest = &event;
            latestPercent = percent;
        }
    }
    if (latest) {
        item.lastRead = latest->date;
        item.value = valueInItemUnit(*latest, item);
        item.percent = latestPercent >= 0 ? std::min(latestPercent, 100.0) : -1;
    }

    const Status derived = item.finished.isValid() ? Status::Finished
                           : events.isEmpty()      ? Status::WantToRead
                                                   : Status::Reading;
    if (item.statusSet == Status::Abandoned || item.statusSet == Status::Finished)
        item.status = *item.statusSet;
    else
        item.status = std::max(derived, item.statusSet.value_or(Status::WantToRead));
    if (item.status != Status::Finished && !item.finishedSet.isValid())
        item.finished = {};
}

} // namespace waypoint::reading
