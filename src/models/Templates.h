#pragma once

#include <QCoreApplication>
#include <QDate>

namespace waypoint {

class EntryStore;

class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    // The body a new daily entry starts with.
    static QString daily(QDate date);

    // Today's newest entry, or a new one made from the daily template.
    static qint64 openOrCreateDay(EntryStore &store, QDate date);
};

} // namespace waypoint
