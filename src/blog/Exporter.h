#pragma once

#include "core/Entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace waypoint {
class Journal;
}

namespace waypoint::blog {

enum class ExportFormat {
    Markdown, // one .md per entry, its images in a folder of the same name
    Hugo,     // content/posts/<name>/index.md page bundles; a minimal site when there is none
    Jekyll,   // _posts/<date>-<name>.md and assets/<name>/; a minimal site when there is none
};

std::optional<ExportFormat> exportFormatNamed(const QString &name); // markdown, hugo, jekyll

struct ExportReport
{
    int entries = 0;
    int images = 0;           // image files written
    bool createdSite = false; // a site skeleton was written (Hugo/Jekyll)
    QStringList files;        // the posts written, relative to the output folder
};

// Writes entries back out as Markdown files with front matter (title, date,
// tags and the keys kept from an import), so a journal can become a blog
// again, and importing the result gives back the same entries.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    struct Options
    {
        ExportFormat format = ExportFormat::Markdown;
        QString output;
        EntryFilter filter;
        QStringList ids; // entry ids (uuids or unique prefixes); when set, only these
        std::function<bool(int done, int total)> progress; // false cancels
    };

    explicit Exporter(Journal &journal);
    // Returns false with *error (one line naming the file and the problem).
    bool run(const Options &options, ExportReport *report, QString *error);

    // A file name made of the title: letters of every script and digits kept,
    // the rest folded to '-', at most 60 characters; "entry" when empty.
    static QString slug(const QString &title);

    // Front-matter keys that change how Hugo builds a page (its address,
    // whether and when it is built, its layout) or that Hugo reads as dates.
    // In a Hugo site the export made, one page per entry must come out, so a
    // kept `url: /same/`, a past `expiryDate` or a `lastmod` Hugo cannot read
    // is left out there.
    static bool isHugoBuildKey(const QString &key);

private:
    Journal &m_journal;
};

} // namespace waypoint::blog
