#include "Localization.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace waypoint {

void installTranslations(const QString &requested)
{
    const QString language = requested.isEmpty() ? Settings::language() : requested;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // The C locale reads the sources' English, with its plural forms too.
    const QLocale catalogue = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(catalogue, QStringLiteral("waypoint"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace waypoint
