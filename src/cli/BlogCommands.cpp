// The blog commands of the command line: import and export.

#include "Commands.h"

#include "blog/Exporter.h"
#include "blog/Importer.h"
#include "core/Entry.h"
#include "core/Journal.h"
#include "core/Settings.h"
#include "models/JournalSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

namespace waypoint::cli {

int Commands::importBlog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a Hugo, Jekyll or Hexo blog, a folder of Markdown files, or one file. "
           "Importing the same folder again only brings in what changed."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The site folder, folder or file."));
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Show what would be imported; change nothing.")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
    int exitCode = Success;
    if (!parse(parser, args, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(paths.isEmpty() ? tr("import needs a PATH")
                                          : tr("unexpected argument '%1'").arg(paths.at(1)));
    QString error;
    const blog::Site site = blog::Site::detect(paths.first(), &error);
    if (!error.isEmpty())
        return failure(error);

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // A dry run makes no journal: without one yet, it looks at an empty one.
    QTemporaryDir scratch;
    bool scratchJournal = false;
    if (dryRun && !QFileInfo::exists(Settings::resolveJournalPath(m_invocation.journal))) {
        m_invocation.journal = scratch.filePath(QStringLiteral("dry-run.waypoint"));
        scratchJournal = true;
    }
    std::unique_ptr<JournalSession> journal =
        openJournal(dryRun && !scratchJournal ? Access::Read : Access::Write);
    if (!journal)
        return Failure;

    blog::Importer::Options options;
    options.dryRun = dryRun;
    const bool terminal = isTerminal(stderr);
    options.progress = [&](int done, int total, const blog::ImportRow &) {
        if (terminal) {
            m_err << '\r' << tr("Importing: %1 of %2 posts").arg(done).arg(total);
            if (done == total)
                m_err << '\n';
            m_err.flush();
        }
        return true;
    };
    const blog::ImportReport report = blog::Importer(journal->journal()).run(site, options);

    int failed = 0;
    for (const blog::ImportRow &row : report.rows) {
        if (row.action == blog::ImportRow::Action::Fail) {
            ++failed;
            m_err << "waypoint: " << QDir::toNativeSeparators(row.path) << ": " << row.reason
                  << '\n';
        }
    }
    m_err.flush();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(report.toJson());
        return failed > 0 ? Failure : Success;
    }

    const QString kind =
        site.detectedFrom.isEmpty()
            ? blog::siteKindName(site.kind)
            : tr("%1 (from %2)").arg(blog::siteKindName(site.kind), site.detectedFrom);
    print(tr("%1: posts found: %2").arg(kind).arg(report.found()) + QLatin1Char('\n'));
    print((dryRun ? tr("Would import %1, update %2; %3 unchanged, %4 skipped, %5 failed; "
                       "%6 new images.")
                  : tr("Imported %1, updated %2; %3 unchanged, %4 skipped, %5 failed; "
                       "%6 new images stored."))
              .arg(report.imported)
              .arg(report.updated)
              .arg(report.unchanged)
              .arg(int(std::count_if(report.rows.begin(), report.rows.end(),
                                     [](const blog::ImportRow &row) {
                                         return row.action == blog::ImportRow::Action::Skip;
                                     })))
              .arg(failed)
              .arg(report.attachments)
          + QLatin1Char('\n'));
    for (const blog::ImportRow &row : report.rows) {
        QStringList notes;
        if (row.action == blog::ImportRow::Action::Skip)
            notes.append(tr("skipped: %1").arg(row.reason));
        if ((row.action == blog::ImportRow::Action::Import
             || row.action == blog::ImportRow::Action::Update)
            && row.dateOrigin == blog::DateOrigin::FileTime)
            notes.append(tr("no date written; the file's time was used (%1)")
                             .arg(toEntryDateText(row.date)));
        for (const QString &image : row.missingImages)
            notes.append(tr("image not found: %1").arg(image));
        if (row.unconvertedTags > 0)
            notes.append(
                tr("shortcodes or template tags left as written: %1").arg(row.unconvertedTags));
        notes += row.warnings;
        for (const QString &note : std::as_const(notes))
            printLine(QStringLiteral("  ") + row.path + QStringLiteral(": ") + note);
    }
    return failed > 0 ? Failure : Success;
}

int Commands::exportEntries(const QStringList &args)
{
    if (m_invocation.rendersPages())
        return exportBook(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write entries as Markdown posts with front matter."));
    parser.addOption({QStringLiteral("format"),
                      tr("markdown, hugo or jekyll (html and pdf: see 'export "
                         "--format pdf --help')."),
                      QStringLiteral("F")});
    parser.addOption(
        {QStringLiteral("output"), tr("The folder to write to."), QStringLiteral("DIR")});
    addFilterOptions(parser);
    parser.addOption(
        {QStringLiteral("id"), tr("Only this entry; may be repeated."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print what was written as one JSON object.")});
    int exitCode = Success;
    if (!parseWithoutArguments(parser, args, &exitCode))
        return exitCode;
    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        return usageError(tr("export needs --format html, pdf, markdown, hugo or jekyll"));
    const std::optional<blog::ExportFormat> format = blog::exportFormatNamed(formatName);
    if (!format)
        return usageError(tr("unknown format '%1': expected html, pdf, markdown, hugo or jekyll")
                              .arg(formatName));
    if (parser.value(QStringLiteral("output")).isEmpty())
        return usageError(tr("export needs --output DIR"));

    blog::Exporter::Options options;
    options.format = *format;
    options.output = parser.value(QStringLiteral("output"));
    options.ids = parser.values(QStringLiteral("id"));
    if (!checkIds(options.ids, &exitCode))
        return exitCode;
    if (!readFilter(parser, &options.filter, &exitCode))
        return exitCode;

    std::unique_ptr<JournalSession> journal = openJournal(Access::Read);
    if (!journal)
        return Failure;
    blog::ExportReport report;
    QString error;
    if (!blog::Exporter(journal->journal()).run(options, &report, &error))
        return failure(error);
    const QString output = QDir::toNativeSeparators(QDir(options.output).absolutePath());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("entries"), report.entries},
                              {QStringLiteral("images"), report.images},
                              {QStringLiteral("output"), output},
                              {QStringLiteral("created_site"), report.createdSite},
                              {QStringLiteral("files"), QJsonArray::fromStringList(report.files)}});
        return Success;
    }
    print(tr("Exported %1 entries and %2 images to %3.")
              .arg(report.entries)
              .arg(report.images)
              .arg(output)
          + QLatin1Char('\n'));
    if (report.createdSite && options.format == blog::ExportFormat::Hugo)
        print(tr("A new Hugo site was made there: run 'hugo' in it to build the pages.")
              + QLatin1Char('\n'));
    if (report.createdSite && options.format == blog::ExportFormat::Jekyll)
        print(tr("A new Jekyll site was made there: run 'jekyll build' in it to build the pages.")
              + QLatin1Char('\n'));
    return Success;
}

} // namespace waypoint::cli
