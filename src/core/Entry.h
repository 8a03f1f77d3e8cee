#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace waypoint {

struct Entry
{
    qint64 id = 0; // row id inside this journal
    QString uuid;  // the id users and scripts see
    QDate date;    // the calendar date as written; never derived from a timestamp
    QString title;
    QString body;       // Markdown
    QStringList tags;   // in the order they were given
    QDateTime created;  // UTC
    QDateTime updated;  // UTC
    QString source;     // path of the imported post, relative to sourceRoot; empty if typed here
    QString sourceHash; // SHA-256 of the post file as imported
    QString sourceRoot; // the folder it was imported from (absolute, canonical)
    // Front-matter keys of an imported post that Waypoint has no field for,
    // as a JSON object (compact text); empty when there are none.
    QString frontMatter;
};

// What lists and models need of an entry, without its body.
struct EntrySummary
{
    qint64 id = 0;
    QString uuid;
    QDate date;
    QString title;
    QStringList tags;
    qint64 chars = 0; // Unicode characters in the body
    QString source;
};

struct EntryFilter
{
    QDate from; // inclusive; null = open
    QDate to;   // inclusive; null = open
    QString tag;
    int limit = -1;
};

struct Revision
{
    qint64 id = 0;
    QString title;
    QString body;
    QDateTime saved; // UTC, when this text was replaced
};

// Everything needed to put a deleted entry back exactly as it was.
struct DeletedEntry
{
    Entry entry;
    QList<Revision> revisions;
    // What each kind of derived data needs to put its part back, by its
    // name (DerivedData::name()).
    QVariantMap kept;
};

struct TagCount
{
    QString name;
    int entries = 0;
};

// One day's writing: how many entries and characters.
struct DayCount
{
    QDate date;
    int entries = 0;
    qint64 characters = 0;
};

struct MonthCount
{
    int year = 0;
    int month = 0;
    int entries = 0;
};

// Entry dates are written and read as YYYY-MM-DD only.
QString toEntryDateText(QDate date);
QDate parseEntryDate(const QString &text); // null unless exactly YYYY-MM-DD and valid

// Trims, drops a leading '#', folds inner whitespace; empty when nothing is left.
QString normalizedTag(const QString &tag);

// A title as a name for a file or an address: letters of every script and
// digits, lower case (NFKC), everything else one dash; at most maxLength
// characters; empty when the title has none ("读书笔记", "k8s-调度器").
QString titleSlug(const QString &title, int maxLength);

} // namespace waypoint
