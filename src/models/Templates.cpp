#include "Templates.h"

#include "core/EntryStore.h"

#include <QLocale>

namespace waypoint {

QString Templates::daily(QDate date)
{
    return tr("# %1\n\n## Learned\n\n- \n\n## Reading\n\n- \n")
        .arg(QLocale().toString(date, QLocale::LongFormat));
}

qint64 Templates::openOrCreateDay(EntryStore &store, QDate date)
{
    if (const std::optional<qint64> existing = store.newestOn(date))
        return *existing;
    Entry entry;
    entry.date = date;
    entry.body = daily(date);
    entry.title = QLocale().toString(date, QLocale::LongFormat);
    return store.create(entry).id;
}

} // namespace waypoint
