#include "Templates.h"

#include "core/EntryStore.h"
#include "core/Settings.h"

#include <QLocale>

namespace waypoint {

QString Templates::name(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("Daily log");
    case Kind::Weekly:
        return tr("Weekly review");
    case Kind::YearEnd:
        return tr("Year-end summary");
    case Kind::ThreeYear:
        return tr("Three-year review");
    }
    return {};
}

QString Templates::key(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Weekly:
        return QStringLiteral("weekly");
    case Kind::YearEnd:
        return QStringLiteral("year-end");
    case Kind::ThreeYear:
        return QStringLiteral("three-year");
    }
    return {};
}

QString Templates::builtIn(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("# {date}\n\n## Learned\n\n- \n\n## Reading\n\n- \n");
    case Kind::Weekly:
        return tr("# Week {week} of {year}\n\n## Done\n\n- \n\n## Learned\n\n- \n\n"
                  "## Reading\n\n- \n\n## Next week\n\n- \n");
    case Kind::YearEnd:
        return tr("# {year} in review\n\n## Work\n\n- \n\n## Learning\n\n- \n\n"
                  "## Books read\n\n- \n\n## Life\n\n- \n\n## Next year\n\n- \n");
    case Kind::ThreeYear:
        return tr("# Three years on ({date})\n\n"
                  "## Development\n\n### Grew\n\n- \n\n### Fell short\n\n- \n\n"
                  "### The next three years\n\n- \n\n"
                  "## Operations\n\n### Grew\n\n- \n\n### Fell short\n\n- \n\n"
                  "### The next three years\n\n- \n\n"
                  "## Reading\n\n- \n\n## Sharing\n\n- \n\n## Time\n\n- \n\n"
                  "The last plan's score: __ / 100\n");
    }
    return {};
}

QString Templates::text(Kind kind)
{
    const QString edited = Settings::templateText(key(kind));
    return edited.isEmpty() ? builtIn(kind) : edited;
}

QString Templates::filled(Kind kind, QDate date)
{
    QString body = text(kind);
    body.replace(QStringLiteral("{date}"), QLocale().toString(date, QLocale::LongFormat));
    body.replace(QStringLiteral("{year}"), QString::number(date.year()));
    body.replace(QStringLiteral("{week}"), QString::number(date.weekNumber()));
    return body;
}

QString Templates::title(Kind kind, QDate date)
{
    switch (kind) {
    case Kind::Daily:
        return QLocale().toString(date, QLocale::LongFormat);
    case Kind::Weekly:
        return tr("Week %1 of %2").arg(date.weekNumber()).arg(date.year());
    case Kind::YearEnd:
        return tr("%1 in review").arg(date.year());
    case Kind::ThreeYear:
        return tr("Three years on");
    }
    return {};
}

qint64 Templates::openOrCreateDay(EntryStore &store, QDate date)
{
    if (const std::optional<qint64> existing = store.newestOn(date))
        return *existing;
    return create(store, Kind::Daily, date);
}

qint64 Templates::create(EntryStore &store, Kind kind, QDate date)
{
    Entry entry;
    entry.date = date;
    entry.body = filled(kind, date);
    entry.title = title(kind, date);
    return store.create(entry).id;
}

} // namespace waypoint
