#pragma once

#include "AttachmentSchemeHandler.h"

#include <QWebEngineView>
#include <memory>

class QWebChannel;
class QWebEngineProfile;

namespace waypoint::markdown {
class ParsedDocument;
}

namespace waypoint::preview {

class PreviewBridge;
class PreviewPage;
class RequestGuard;

// The live preview: a web page loaded once; each new parse of the entry is
// sent through the bridge and patched into the page's DOM, which keeps the
// scroll position. Theme follows the application palette.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void showDocument(const std::shared_ptr<const markdown::ParsedDocument> &document);
    void setAttachmentLookup(AttachmentSchemeHandler::Lookup lookup);
    void setRemoteImagesAllowed(bool allowed);
    // Scrolls so that this source line (1-based, fractional) is at the top.
    void scrollToLine(double line);

    PreviewPage *previewPage() const { return m_page; }
    PreviewBridge *bridge() const { return m_bridge; }
    // The last revision the page finished showing.
    int renderedRevision() const { return m_renderedRevision; }
    bool isSettled() const;

signals:
    void rendered(int revision);
    // The user scrolled the preview to this source line, or clicked on it.
    void scrolledToLine(double line);
    void clickedLine(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    QWebEngineProfile *m_profile = nullptr;
    PreviewPage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;
    RequestGuard *m_guard = nullptr;
    AttachmentSchemeHandler *m_attachments = nullptr;
    int m_sentRevision = 0;
    int m_renderedRevision = -1;
};

} // namespace waypoint::preview
