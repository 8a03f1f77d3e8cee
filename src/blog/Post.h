#pragma once

#include "Site.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace waypoint::blog {

enum class DateOrigin { FrontMatter, FileName, FileTime };

// A post as the journal will keep it, read from its text.
struct Post
{
    Q_DECLARE_TR_FUNCTIONS(Post)

public:
    QString title;
    QDate date;
    DateOrigin dateOrigin = DateOrigin::FileTime;
    QString dateKey; // the front-matter key the date came from
    QStringList tags;
    bool draft = false;
    QString body;            // Markdown, front matter removed, known shortcodes converted
    QVariantMap extra;       // the front-matter keys Waypoint has no field for
    QString waypointId;      // waypoint_id: the entry a Waypoint export wrote this post from
    int unconvertedTags = 0; // shortcodes and Liquid tags left as written
    QStringList images;      // image links to local files, as written (to resolve)
    QStringList warnings;    // for the report: a date that could not be read…

    // Reads a decoded post. fileTime is the file's modification time, the
    // last resort for its date. Returns false and sets *error when its front
    // matter is broken.
    static bool read(const QString &text, const PostFile &file, SiteKind kind,
                     const QDateTime &fileTime, Post *post, QString *error);
};

QString dateOriginName(DateOrigin origin); // "front matter", "file name", "file time"

// The calendar date at the start of a date as blogs write it, never shifted
// through a time zone: 2017-08-23T20:00:00+08:00 → 2017-08-23, 2016/3/25 10:00,
// 2017年8月23日. Null when it does not start with a date.
QDate dateAsWritten(const QString &text);

// Converts what Waypoint can show as Markdown: Hugo figure and highlight
// shortcodes, Jekyll highlight and raw, Hexo codeblock and asset_img. Returns
// the text; *left counts the shortcodes and tags left as written.
QString convertShortcodes(const QString &text, SiteKind kind, int *left);

// Undoes what a Waypoint export did to an entry's text so that the site
// builds: {{</* x */>}} and {<U+200B>{ (Hugo), a {% raw %} around it all (Jekyll).
QString undoExportEscapes(const QString &text, const QString &escaped);

} // namespace waypoint::blog
