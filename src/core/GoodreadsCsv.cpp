#include "GoodreadsCsv.h"

#include "Entry.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <csv.h>
#include <memory>

namespace waypoint::reading {

namespace {

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

struct Rows
{
    QList<QStringList> rows;
    QStringList current;
};

void endField(void *field, size_t size, void *data)
{
    auto *rows = static_cast<Rows *>(data);
    // Not QString::fromUtf8, which drops a byte order mark at the start of
    // a field: only the file's own was one (removed before parsing).
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    rows->current.append(decoder(QByteArrayView(static_cast<const char *>(field), qsizetype(size))));
}

void endRow(int, void *data)
{
    auto *rows = static_cast<Rows *>(data);
    rows->rows.append(rows->current);
    rows->current.clear();
}

// Goodreads writes ISBNs as ="0201616224" (so that spreadsheets keep the
// zeros): a quote inside a bare field, which strict CSV refuses. Such a
// field becomes its text; the same characters inside a quoted field (a
// review saying ,=", ) are text and stay as they are.
QByteArray withoutFormulas(const QByteArray &text)
{
    if (!text.contains("=\""))
        return text;
    QByteArray out;
    out.reserve(text.size());
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (fieldStart && c == '=' && i + 1 < text.size() && text.at(i + 1) == '"') {
            const qsizetype close = text.indexOf('"', i + 2);
            const char after = close >= 0 && close + 1 < text.size() ? text.at(close + 1) : '\n';
            const QByteArray inner = close >= 0 ? text.mid(i + 2, close - i - 2) : QByteArray();
            if (close >= 0 && (after == ',' || after == '\n' || after == '\r')
                && !inner.contains('\n') && !inner.contains('\r')) {
                out += inner;
                i = close;
                fieldStart = false;
                continue;
            }
        }
        if (c == '"')
            quoted = !quoted;
        fieldStart = !quoted && (c == ',' || c == '\n' || c == '\r');
        out += c;
    }
    return out;
}

// The columns of a Goodreads export, in its order.
const QStringList goodreadsColumns = {
    QStringLiteral("Book Id"),
    QStringLiteral("Title"),
    QStringLiteral("Author"),
    QStringLiteral("Author l-f"),
    QStringLiteral("Additional Authors"),
    QStringLiteral("ISBN"),
    QStringLiteral("ISBN13"),
    QStringLiteral("My Rating"),
    QStringLiteral("Average Rating"),
    QStringLiteral("Publisher"),
    QStringLiteral("Binding"),
    QStringLiteral("Number of Pages"),
    QStringLiteral("Year Published"),
    QStringLiteral("Original Publication Year"),
    QStringLiteral("Date Read"),
    QStringLiteral("Date Added"),
    QStringLiteral("Bookshelves"),
    QStringLiteral("Bookshelves with positions"),
    QStringLiteral("Exclusive Shelf"),
    QStringLiteral("My Review"),
    QStringLiteral("Spoiler"),
    QStringLiteral("Private Notes"),
    QStringLiteral("Read Count"),
    QStringLiteral("Owned Copies"),
};

const QString kindColumn = QStringLiteral("Waypoint Kind");
const QString unitColumn = QStringLiteral("Waypoint Unit");
const QString totalColumn = QStringLiteral("Waypoint Total");
const QString startedColumn = QStringLiteral("Waypoint Started");
const QString progressColumn = QStringLiteral("Waypoint Progress");

// Goodreads writes 2021/03/14; spreadsheets often 2021-03-14.
QDate parseCsvDate(const QString &text)
{
    QString date = text.trimmed();
    date.replace(QLatin1Char('/'), QLatin1Char('-'));
    return parseEntryDate(date);
}

QString csvDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy/MM/dd")) : QString();
}

std::optional<Status> statusOfShelf(const QString &shelf)
{
    const QString name = shelf.trimmed().toLower();
    if (name == QLatin1String("read"))
        return Status::Finished;
    if (name == QLatin1String("currently-reading"))
        return Status::Reading;
    if (name == QLatin1String("to-read"))
        return Status::WantToRead;
    static const QRegularExpression abandoned(
        QStringLiteral("abandon|did-not-finish|dnf|gave-up|stopped"));
    if (abandoned.match(name).hasMatch())
        return Status::Abandoned;
    return std::nullopt;
}

QString shelfOf(Status status)
{
    switch (status) {
    case Status::Finished:
        return QStringLiteral("read");
    case Status::Reading:
        return QStringLiteral("currently-reading");
    case Status::Abandoned:
        return QStringLiteral("abandoned");
    case Status::WantToRead:
        break;
    }
    return QStringLiteral("to-read");
}

// "Thomas, David" from "David Thomas", as Goodreads lists authors; names
// written without spaces (Chinese) stay as they are.
QString lastFirst(const QString &author)
{
    const qsizetype space = author.trimmed().lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return author.trimmed();
    const QString name = author.trimmed();
    return name.mid(space + 1) + QStringLiteral(", ") + name.left(space);
}

QString number(double value)
{
    return value > 0 ? QString::number(value, 'g', 10) : QString();
}

} // namespace

std::optional<QList<QStringList>> readCsv(const QByteArray &data, QString *error)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        *error = Csv::tr("out of memory");
        return std::nullopt;
    }
    const std::unique_ptr<csv_parser, void (*)(csv_parser *)> owner(&parser, csv_free);
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF")) // a byte order mark, as spreadsheets save
        text.remove(0, 3);
    text = withoutFormulas(text);
    Rows rows;
    if (csv_parse(&parser, text.constData(), size_t(text.size()), endField, endRow, &rows)
            != size_t(text.size())
        || csv_fini(&parser, endField, endRow, &rows) != 0) {
        *error = Csv::tr("not valid CSV (%1) near row %2")
                     .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))))
                     .arg(rows.rows.size() + 1);
        return std::nullopt;
    }
    return rows.rows;
}

QByteArray writeCsv(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QByteArray field = row.at(i).toUtf8();
            QByteArray quoted(field.size() * 2 + 2, Qt::Uninitialized);
            quoted.resize(qsizetype(csv_write(quoted.data(), size_t(quoted.size()),
                                              field.constData(), size_t(field.size()))));
            if (i > 0)
                out += ',';
            out += quoted;
        }
        out += "\r\n";
    }
    return out;
}

std::optional<QList<ImportedItem>> parseGoodreads(const QByteArray &data, QString *error)
{
    std::optional<QList<QStringList>> rows = readCsv(data, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        *error = Csv::tr("the file is empty");
        return std::nullopt;
    }
    QHash<QString, qsizetype> column;
    const QStringList header = rows->takeFirst();
    for (qsizetype i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    if (!column.contains(QStringLiteral("Title"))) {
        *error = Csv::tr("no Title column: not a Goodreads export");
        return std::nullopt;
    }
    QList<ImportedItem> items;
    for (const QStringList &row : std::as_const(*rows)) {
        const auto field = [&](const QString &name) {
            const qsizetype i = column.value(name, -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        ImportedItem imported;
        Item &item = imported.item;
        item.title = field(QStringLiteral("Title"));
        if (item.title.isEmpty())
            continue;
        item.author = field(QStringLiteral("Author"));
        item.rating = std::clamp(field(QStringLiteral("My Rating")).toInt(), 0, 5);
        item.kind = kindFromName(field(kindColumn)).value_or(Kind::Book);
        item.unit = unitFromName(field(unitColumn)).value_or(Unit::Page);
        item.total = field(totalColumn).toDouble();
        if (item.total <= 0 && item.unit == Unit::Page)
            item.total = field(QStringLiteral("Number of Pages")).toDouble();
        if (item.unit == Unit::Percent)
            item.total = 100;
        item.statusSet = statusOfShelf(field(QStringLiteral("Exclusive Shelf")));
        item.finishedSet = parseCsvDate(field(QStringLiteral("Date Read")));
        item.startedSet = parseCsvDate(field(startedColumn));
        const QDate added = parseCsvDate(field(QStringLiteral("Date Added")));
        if (added.isValid())
            item.created = added.startOfDay(Qt::UTC);
        item.notes = field(QStringLiteral("Private Notes"));
        if (item.notes.isEmpty())
            item.notes = field(QStringLiteral("My Review"));
        if (const QString progress = field(progressColumn); !progress.isEmpty())
            if (std::optional<WrittenValue> value = parseWrittenValue(progress);
                value && value->value > 0)
                imported.progress = value;
        items.append(imported);
    }
    return items;
}

QByteArray toGoodreads(const QList<Item> &items)
{
    QList<QStringList> rows;
    rows.append(goodreadsColumns
                + QStringList{kindColumn, unitColumn, totalColumn, startedColumn, progressColumn});
    for (const Item &item : items) {
        QHash<QString, QString> fields;
        fields.insert(QStringLiteral("Title"), item.title);
        fields.insert(QStringLiteral("Author"), item.author);
        fields.insert(QStringLiteral("Author l-f"), lastFirst(item.author));
        fields.insert(QStringLiteral("My Rating"), QString::number(item.rating));
        if (item.unit == Unit::Page)
            fields.insert(QStringLiteral("Number of Pages"), number(item.total));
        if (item.status == Status::Finished)
            fields.insert(QStringLiteral("Date Read"), csvDate(item.finished));
        fields.insert(QStringLiteral("Date Added"), csvDate(item.created.date()));
        fields.insert(QStringLiteral("Bookshelves"), shelfOf(item.status));
        fields.insert(QStringLiteral("Exclusive Shelf"), shelfOf(item.status));
        fields.insert(QStringLiteral("Private Notes"), item.notes);
        fields.insert(QStringLiteral("Read Count"),
                      item.status == Status::Finished ? QStringLiteral("1") : QStringLiteral("0"));
        fields.insert(QStringLiteral("Owned Copies"), QStringLiteral("0"));
        fields.insert(kindColumn, kindName(item.kind));
        fields.insert(unitColumn, unitName(item.unit));
        fields.insert(totalColumn, number(item.total));
        fields.insert(startedColumn, csvDate(item.started));
        fields.insert(progressColumn, item.events > 0 ? number(item.value) : QString());
        QStringList row;
        for (const QString &name : rows.constFirst())
            row.append(fields.value(name));
        rows.append(row);
    }
    return writeCsv(rows);
}

} // namespace waypoint::reading
