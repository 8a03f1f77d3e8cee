#include "Settings.h"

#include "Journal.h"

#include <QSettings>

namespace waypoint {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString journalKey = QStringLiteral("journal/default");
const QString remoteImagesKey = QStringLiteral("preview/remoteImages");
const QString viewModeKey = QStringLiteral("view/mode");
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

bool Settings::remoteImages()
{
    return QSettings().value(remoteImagesKey, false).toBool();
}

void Settings::setRemoteImages(bool allowed)
{
    QSettings().setValue(remoteImagesKey, allowed);
}

QString Settings::viewMode()
{
    return QSettings().value(viewModeKey, QStringLiteral("split")).toString();
}

void Settings::setViewMode(const QString &mode)
{
    QSettings().setValue(viewModeKey, mode);
}

QString Settings::templateText(const QString &name)
{
    return QSettings().value(QStringLiteral("templates/") + name).toString();
}

void Settings::setTemplateText(const QString &name, const QString &text)
{
    if (text.isEmpty())
        QSettings().remove(QStringLiteral("templates/") + name);
    else
        QSettings().setValue(QStringLiteral("templates/") + name, text);
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
