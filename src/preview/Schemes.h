#pragma once

#include "AttachmentSchemeHandler.h"

#include <QWebEngineUrlScheme>

namespace waypoint::preview {

// The book's entries as a script (waypoint-book:data.js), served to the
// export's offscreen pages by src/export.
inline constexpr char bookDataScheme[] = "waypoint-book";

// The URL schemes of the preview and of exported books. Qt WebEngine wants
// them registered before the QApplication is made, so all are named here.
inline void registerSchemes()
{
    AttachmentSchemeHandler::registerScheme();
    QWebEngineUrlScheme book(bookDataScheme);
    book.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure like qrc:, so book.html may load its script.
    book.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(book);
}

} // namespace waypoint::preview
