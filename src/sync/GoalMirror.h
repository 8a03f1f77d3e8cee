#pragma once

#include "core/Goals.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace waypoint::sync::goalMirror {

// A goal plan as a file of the mirror: goals/<slug>-<uuid8>.json with the
// plan's fields, its areas in order and each goal (by its tag's short name)
// with its area and milestones. Reviews are entries; their marker names the
// plan by uuid in the mirror (reviewToMirror / reviewToJournal).

QString key(const QString &uuid); // "plan:<uuid>"
bool isKey(const QString &key);
QString path(const goals::Plan &plan);
bool isPath(const QString &path);

QByteArray file(const goals::Plan &plan);
std::optional<goals::Plan> parse(const QByteArray &file, QString *error);

// Field by field against what both had; a goal added on either side
// stays, one removed on one side (and not changed on the other) goes.
goals::Plan merge(const std::optional<goals::Plan> &base, const goals::Plan &ours,
                  const goals::Plan &theirs);

// A review entry's marker names its plan by id in a journal and by uuid in
// the mirror. Text with no marker, or naming an unknown plan, is returned as it is.
QString reviewToMirror(const QString &body, const QHash<qint64, QString> &uuidOfPlan);
QString reviewToJournal(const QString &body, const QHash<QString, qint64> &idOfPlan);

} // namespace waypoint::sync::goalMirror
