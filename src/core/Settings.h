#pragma once

#include <QString>

namespace waypoint {

// The few preferences both the window and the command line honour.
class Settings
{
public:
    // "" follows the system locale; otherwise a locale name such as "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &language);

    // The journal Settings names as default; empty when none was chosen.
    static QString defaultJournal();
    static void setDefaultJournal(const QString &path);

    // Whether the preview may fetch images from the internet (off by default).
    static bool remoteImages();
    static void setRemoteImages(bool allowed);

    // "editor", "split" or "preview".
    static QString viewMode();
    static void setViewMode(const QString &mode);

    // A template's text as the user edited it; empty for the built-in one.
    static QString templateText(const QString &name);
    static void setTemplateText(const QString &name, const QString &text);

    // --journal, else $WAYPOINT_JOURNAL, else Settings' default, else the standard place.
    static QString resolveJournalPath(const QString &fromCommandLine);
};

} // namespace waypoint
