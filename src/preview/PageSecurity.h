#pragma once

#include <QByteArray>

class QObject;
class QWebEnginePage;

namespace waypoint::preview {

class RequestGuard;

// Locks down a page that shows journal content: the preview's, and each of
// the export's offscreen pages. One place, so that the two cannot drift.
// The page opens no windows, runs no plugins, follows no drop, and its local
// content reaches neither file: nor remote URLs; every request goes through
// a RequestGuard (remote images only once allowed on it), made a child of
// guardParent, which must outlive the page, and returned.
// ownScheme: the one way the pages differ: a scheme the page's profile serves
// besides qrc:, data: and attachment: (the book's data), or none (the preview).
RequestGuard *lockDownPage(QWebEnginePage *page, QObject *guardParent,
                           const QByteArray &ownScheme = {});

} // namespace waypoint::preview
