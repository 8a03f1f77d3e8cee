#include "ExportDialog.h"

#include "core/AttachmentStore.h"
#include "sql/DatabaseError.h"
#include "core/EntryStore.h"
#include "core/Journal.h"
#include "export/BookExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace waypoint {

namespace {

QString withoutPathCharacters(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(Journal &journal, AttachmentStore &attachments, const Scopes &scopes,
                           QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_attachments(attachments)
    , m_scopes(scopes)
{
    setWindowTitle(tr("Export as PDF or HTML"));
    auto *form = new QFormLayout(this);

    m_scope = new QComboBox(this);
    if (!scopes.entryId.isEmpty())
        m_scope->addItem(
            tr("This entry: %1")
                .arg(scopes.entryTitle.isEmpty() ? tr("(untitled)") : scopes.entryTitle),
            int(Scope::Entry));
    if (!scopes.searchResults.isEmpty())
        m_scope->addItem(
            tr("The search results: %n entries for “%1”", nullptr, int(scopes.searchResults.size()))
                .arg(scopes.searchText),
            int(Scope::SearchResults));
    m_scope->addItem(tr("The entries with a tag"), int(Scope::Tag));
    m_scope->addItem(tr("The entries between two dates"), int(Scope::Dates));
    m_scope->addItem(tr("The whole journal"), int(Scope::All));
    form->addRow(tr("&Entries:"), m_scope);

    m_tag = new QComboBox(this);
    for (const QString &tag : scopes.tags)
        m_tag->addItem(QLatin1Char('#') + tag, tag);
    form->addRow(tr("&Tag:"), m_tag);

    auto *dates = new QHBoxLayout;
    m_from = new QDateEdit(scopes.first.isValid() ? scopes.first : QDate::currentDate(), this);
    m_to = new QDateEdit(scopes.last.isValid() ? scopes.last : QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(exporting::BookFormat::Pdf));
    m_format->addItem(tr("HTML, one file"), int(exporting::BookFormat::Html));
    m_format->addItem(tr("HTML, a folder with index.html and assets"),
                      int(exporting::BookFormat::HtmlFolder));
    form->addRow(tr("&Format:"), m_format);

    auto *page = new QHBoxLayout;
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    m_margin = new QSpinBox(this);
    m_margin->setRange(0, 60);
    m_margin->setValue(18);
    m_margin->setSuffix(tr(" mm"));
    page->addWidget(m_pageSize);
    auto *marginLabel = new QLabel(tr("&Margins:"), this);
    marginLabel->setBuddy(m_margin);
    page->addWidget(marginLabel);
    page->addWidget(m_margin);
    page->addStretch(1);
    auto *pageLabel = new QLabel(tr("&Page size:"), this);
    pageLabel->setBuddy(m_pageSize);
    form->addRow(pageLabel, page);

    m_toc = new QCheckBox(tr("Title page and table of &contents (for several entries)"), this);
    m_toc->setChecked(true);
    form->addRow(QString(), m_toc);
    m_light = new QCheckBox(tr("&Light theme, whatever the window's"), this);
    m_light->setChecked(true);
    form->addRow(QString(), m_light);

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Made from the dates when left empty"));
    form->addRow(tr("T&itle:"), m_title);

    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);
    auto *outputLabel = new QLabel(tr("&Save to:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    form->addRow(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setVisible(false);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setVisible(false);
    form->addRow(m_buttons);
    setMinimumWidth(640);

    m_exporter = new exporting::BookExporter(this);
    m_exporter->setAttachmentLookup(preview::AttachmentSchemeHandler::lookupIn(&m_attachments));
    connect(m_exporter, &exporting::BookExporter::progress, this,
            [this](exporting::BookExporter::Stage stage, int done, int total) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                switch (stage) {
                case exporting::BookExporter::Stage::Preparing:
                    m_status->setText(tr("Preparing the entries…"));
                    break;
                case exporting::BookExporter::Stage::Rendering:
                    m_status->setText(tr("Laying out entry %1 of %2…").arg(done).arg(total));
                    break;
                case exporting::BookExporter::Stage::Printing:
                    m_status->setText(tr("Printing part %1 of %2…").arg(done + 1).arg(total));
                    break;
                case exporting::BookExporter::Stage::Writing:
                    m_status->setText(tr("Writing the file…"));
                    break;
                }
            });
    connect(m_exporter, &exporting::BookExporter::finished, this, &ExportDialog::finished);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::scopeChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_stop, &QPushButton::clicked, this, &ExportDialog::stop);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QFileInfo written(m_written);
        QDesktopServices::openUrl(QUrl::fromLocalFile(
            written.isDir() ? written.absoluteFilePath() + QStringLiteral("/index.html")
                            : written.absoluteFilePath()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    scopeChanged();
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    // The exporter (a child) goes after this: it must not report into a
    // dialog half taken down.
    m_exporter->disconnect(this);
}

bool ExportDialog::isExporting() const
{
    return m_exporter->isRunning();
}

void ExportDialog::setScope(Scope scope)
{
    const int index = m_scope->findData(int(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void ExportDialog::setFormat(exporting::BookFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::updateFields()
{
    const auto scope = Scope(m_scope->currentData().toInt());
    m_tag->setEnabled(scope == Scope::Tag && m_tag->count() > 0);
    m_from->setEnabled(scope == Scope::Dates);
    m_to->setEnabled(scope == Scope::Dates);
    const bool pdf =
        exporting::BookFormat(m_format->currentData().toInt()) == exporting::BookFormat::Pdf;
    m_pageSize->setEnabled(pdf);
    m_margin->setEnabled(pdf);
}

void ExportDialog::scopeChanged()
{
    updateFields();
    m_output->setText(suggestedFileName());
}

void ExportDialog::formatChanged()
{
    updateFields();
    m_output->setText(suggestedFileName());
}

QString ExportDialog::suggestedFileName() const
{
    QString name;
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Entry:
        name = m_scopes.entryTitle;
        break;
    case Scope::SearchResults:
        name = tr("Search results");
        break;
    case Scope::Tag:
        name = m_tag->currentData().toString();
        break;
    case Scope::Dates:
        name = m_from->date().toString(Qt::ISODate) + QLatin1Char('_')
               + m_to->date().toString(Qt::ISODate);
        break;
    case Scope::All:
        name = QFileInfo(m_journal.path()).completeBaseName();
        break;
    }
    name = withoutPathCharacters(name);
    if (name.isEmpty())
        name = QStringLiteral("Waypoint");
    const auto format = exporting::BookFormat(m_format->currentData().toInt());
    if (format == exporting::BookFormat::Pdf)
        name += QStringLiteral(".pdf");
    else if (format == exporting::BookFormat::Html)
        name += QStringLiteral(".html");
    // Where the last one went, or the documents folder.
    QString folder = m_output->text().isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(QDir::fromNativeSeparators(m_output->text())).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir::toNativeSeparators(QDir(folder).filePath(name));
}

void ExportDialog::browse()
{
    const auto format = exporting::BookFormat(m_format->currentData().toInt());
    QString chosen;
    if (format == exporting::BookFormat::HtmlFolder)
        chosen = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_output->text());
    else
        chosen = QFileDialog::getSaveFileName(
            this, tr("Export to"), m_output->text(),
            format == exporting::BookFormat::Pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html *.htm)"));
    if (!chosen.isEmpty())
        m_output->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::startExport()
{
    if (m_exporter->isRunning())
        return;
    emit aboutToExport();
    const auto scope = Scope(m_scope->currentData().toInt());
    QStringList ids;
    EntryFilter filter;
    switch (scope) {
    case Scope::Entry:
        ids = {m_scopes.entryId};
        break;
    case Scope::SearchResults:
        ids = m_scopes.searchResults;
        break;
    case Scope::Tag:
        filter.tag = m_tag->currentData().toString();
        if (filter.tag.isEmpty()) {
            m_status->setText(tr("The journal has no tags yet."));
            return;
        }
        break;
    case Scope::Dates:
        filter.from = m_from->date();
        filter.to = m_to->date();
        break;
    case Scope::All:
        break;
    }
    exporting::BookOptions options;
    options.format = exporting::BookFormat(m_format->currentData().toInt());
    options.output = QDir::fromNativeSeparators(m_output->text().trimmed());
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.marginMm = m_margin->value();
    options.tableOfContents = m_toc->isChecked();
    options.darkTheme =
        !m_light->isChecked() && palette().color(QPalette::Window).lightness() < 128;
    options.title = m_title->text();
    const QFileInfo target(options.output);
    if (target.fileName() == QLatin1String(".") || target.fileName() == QLatin1String("..")) {
        m_status->setText(tr("Give the export a name of its own."));
        return;
    }
    const bool replacing = options.format == exporting::BookFormat::HtmlFolder
                               ? target.isDir() && !QDir(target.filePath()).isEmpty()
                               : target.isFile();
    if (replacing
        && QMessageBox::question(
               this, windowTitle(),
               options.format == exporting::BookFormat::HtmlFolder
                   ? tr("The folder %1 is not empty. Write index.html and assets/ into it, "
                        "replacing files of the same names?")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath()))
                   : tr("%1 exists. Replace it?")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QString error;
    QList<Entry> entries;
    try {
        entries = EntryStore(m_journal).select(ids, filter, &error);
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    // A book reads in date order, search results too.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.date < b.date; });
    if (error.isEmpty())
        m_exporter->start(entries, options, &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_written.clear();
    setRunning(true);
}

void ExportDialog::stop()
{
    m_exporter->cancel();
}

void ExportDialog::reject()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
    QDialog::reject();
}

void ExportDialog::finished(bool ok)
{
    setRunning(false);
    if (!ok) {
        m_status->setText(m_exporter->errorString());
        return;
    }
    const exporting::BookReport &report = m_exporter->report();
    m_written = report.output;
    QString text =
        report.pages > 0
            ? tr("Exported %n entries to %1 (%2 pages).", nullptr, report.entries)
                  .arg(report.output)
                  .arg(report.pages)
            : tr("Exported %n entries to %1.", nullptr, report.entries).arg(report.output);
    for (const QString &warning : report.warnings)
        text += QLatin1Char('\n') + warning;
    m_status->setText(text);
    m_open->setVisible(true);
    emit exported(report.output);
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_stop->setVisible(running);
    m_export->setEnabled(!running);
    m_open->setVisible(false);
    for (QWidget *field : findChildren<QWidget *>()) {
        const bool input = qobject_cast<QComboBox *>(field) || qobject_cast<QLineEdit *>(field)
                           || qobject_cast<QAbstractSpinBox *>(field)
                           || qobject_cast<QCheckBox *>(field);
        if (input && !field->parentWidget()->inherits("QComboBox")) // not a combo's own editor
            field->setEnabled(!running);
    }
    if (!running)
        updateFields();
    if (running)
        m_progress->setRange(0, 0);
}

} // namespace waypoint
