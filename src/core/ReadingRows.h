#pragma once

// Rows of the reading tables, shared by ReadingStore.cpp and
// ReadingSuggestions.cpp; not for use outside src/core.

#include "Reading.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace waypoint::reading::rows {

QString utcText(const QDateTime &time);
QString dateText(QDate date); // '' for a null date

QString eventKindName(EventKind kind);
EventKind eventKindFromName(const QString &name);
QString notationName(Notation notation);
Notation notationFromName(const QString &name);

// The event a recognized line stands for.
Event eventFor(const ProgressMention &mention);

// The item whose title (or one of its other titles) normalizes to key; 0 if none.
qint64 itemForKey(const QSqlDatabase &db, const QString &key);
// Inserts an item and its title key; the key must be free.
qint64 insertItem(const QSqlDatabase &db, const Item &item, const QDateTime &now);
void insertEvent(const QSqlDatabase &db, Event &event);

} // namespace waypoint::reading::rows
