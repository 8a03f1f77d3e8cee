#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace waypoint {

class Journal;

// The figures of a year of the journal, and the Markdown first draft of a
// year-end summary made from them: writing, reading, goals, on this day.
class YearReview
{
    Q_DECLARE_TR_FUNCTIONS(YearReview)

public:
    struct Named
    {
        QString name;
        int count = 0;
    };
    struct Book
    {
        QString title;
        QString kind; // as the window names it
        QDate date;   // finished, or last read
        QString progress;
    };
    struct GoalMoved
    {
        QString plan;
        QString area;
        QString title;
        QString shortName;
        int evidence = 0; // entries of the year linked to it
        int score = -1;   // its latest review score, -1 when none
    };
    struct Anniversary
    {
        QDate date;
        QString title;
        QDate earlierDate;
        QString earlierTitle;
    };

    int year = 0;
    int entries = 0;
    qint64 characters = 0;
    int activeDays = 0;
    int longestStreak = 0;
    QHash<QDate, int> perDay;
    QList<Named> topTags;   // most used first, at most 8
    QList<Named> topMonths; // "2026-03", most entries first, at most 3
    QList<Book> finished;   // oldest first
    QList<Book> reading;    // still being read, last read in the year
    QList<GoalMoved> goals; // most evidence first
    QList<Anniversary> onThisDay;

    // Reads the figures of `year` from the journal.
    static YearReview of(Journal &journal, int year);

    // A calendar heatmap of the year (weeks across, days down) as SVG.
    QByteArray heatmapSvg() const;
    // The draft; heatmapUrl is the image's address (attachment:…), or empty for none.
    QString markdown(const QString &heatmapUrl) const;
};

} // namespace waypoint
