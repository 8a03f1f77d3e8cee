#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace waypoint {

class EntryStore;

// The texts new entries start from. Each has a built-in text and may be
// edited in Settings; {date}, {year} and {week} are filled in.
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    enum class Kind { Daily, Weekly, YearEnd, ThreeYear };
    static QList<Kind> all() { return {Kind::Daily, Kind::Weekly, Kind::YearEnd, Kind::ThreeYear}; }

    static QString name(Kind kind);    // as Settings and menus show it
    static QString key(Kind kind);     // where Settings keeps it
    static QString builtIn(Kind kind); // the text before any edit
    static QString text(Kind kind);    // the edited text, else the built-in one
    static QString filled(Kind kind, QDate date);
    static QString title(Kind kind, QDate date); // the new entry's title

    // The body a new daily entry starts with.
    static QString daily(QDate date) { return filled(Kind::Daily, date); }

    // Today's newest entry, or a new one made from the daily template.
    static qint64 openOrCreateDay(EntryStore &store, QDate date);
    // A new entry of `date` made from a template.
    static qint64 create(EntryStore &store, Kind kind, QDate date);
};

} // namespace waypoint
