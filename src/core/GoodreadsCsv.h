#pragma once

#include "Reading.h"

#include <QByteArray>
#include <QStringList>

namespace waypoint::reading {

// CSV as RFC 4180 writes it (quoted fields, CRLF), through libcsv.
std::optional<QList<QStringList>> readCsv(const QByteArray &data, QString *error);
QByteArray writeCsv(const QList<QStringList> &rows);

// Goodreads' "Export Library" layout: Title, Author, My Rating, Number of
// Pages, Date Read, Date Added, Exclusive Shelf, Private Notes and the rest,
// so that lists come in from Goodreads and go back to it. Waypoint adds its
// own columns at the end (kind, unit, total, started, progress), which
// Goodreads ignores and Waypoint reads back.
std::optional<QList<ImportedItem>> parseGoodreads(const QByteArray &data, QString *error);
QByteArray toGoodreads(const QList<Item> &items);

} // namespace waypoint::reading
