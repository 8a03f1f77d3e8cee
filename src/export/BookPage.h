#pragma once

#include "preview/AttachmentSchemeHandler.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

class QWebEngineProfile;
class QWebEnginePage;

namespace waypoint::exporting {

Q_DECLARE_LOGGING_CATEGORY(bookLog)

// The object book.js talks to through QWebChannel (as "book"): it tells
// what it has laid out, what it waits for, and when it has finished, as the
// map window.waypointBook.status() returns (see resources/web/book.js).
class BookBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    // Called by the page.
    void report(const QVariantMap &status) { emit reported(status); }

signals:
    void reported(const QVariantMap &status);
};

// One offscreen page on book.html, laying out the entries of its data
// script, in a renderer process of its own. Neither the page nor the profile
// has a parent: a page must go before its profile, and one that is printing
// outlives the exporter that opened it (see retireBookPage()).
struct BookPage
{
    QWebEngineProfile *profile = nullptr;
    QWebEnginePage *page = nullptr;
    BookBridge *bridge = nullptr; // the profile's
};

const QUrl &bookPageUrl();

// Makes a page for book.html, to be loaded (bookPageUrl()) once the caller
// listens: its entries come from dataScript (as waypoint-book:data.js), its
// images from lookup; it is locked down like the preview's (remote images
// only when allowed) and shown, though in no view.
BookPage makeBookPage(const QByteArray &dataScript, preview::AttachmentSchemeHandler::Lookup lookup,
                      bool remoteImages);

// Deletes a page the exporter is done with, and its profile after it; later,
// as this may run inside one of the page's own callbacks.
void retireBookPage(QWebEnginePage *page, QWebEngineProfile *profile);

} // namespace waypoint::exporting
