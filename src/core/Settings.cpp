#include "Settings.h"

#include "Journal.h"

#include <QSettings>

namespace waypoint {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString journalKey = QStringLiteral("journal/default");
} // namespace

QString Settings::language()
{
    return QSettings().value(languageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QString Settings::defaultJournal()
{
    return QSettings().value(journalKey).toString();
}

void Settings::setDefaultJournal(const QString &path)
{
    QSettings().setValue(journalKey, path);
}

QString Settings::resolveJournalPath(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("WAYPOINT_JOURNAL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString chosen = defaultJournal();
    return chosen.isEmpty() ? Journal::defaultPath() : chosen;
}

} // namespace waypoint
