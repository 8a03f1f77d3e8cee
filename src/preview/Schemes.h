#pragma once

#include "AttachmentSchemeHandler.h"
#include "BookExporter.h"

namespace waypoint::preview {

// The URL schemes of the preview and of exported books. Qt WebEngine wants
// them registered before the QApplication is made.
inline void registerSchemes()
{
    AttachmentSchemeHandler::registerScheme();
    BookExporter::registerScheme();
}

} // namespace waypoint::preview
