#include "PreviewView.h"

#include "PageSecurity.h"
#include "PreviewBridge.h"
#include "PreviewPage.h"
#include "RequestGuard.h"
#include "markdown/ParsedDocument.h"

#include <QEvent>
#include <QWebChannel>
#include <QWebEngineProfile>

namespace waypoint::preview {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    setObjectName(QStringLiteral("preview"));
    setAccessibleName(tr("Preview"));
    // Off the record: nothing of the journal is cached on disk by the engine.
    m_profile = new QWebEngineProfile(this);
    m_attachments = new AttachmentSchemeHandler(this);
    m_profile->installUrlSchemeHandler(AttachmentSchemeHandler::scheme, m_attachments);

    m_page = new PreviewPage(m_profile, this);
    m_guard = lockDownPage(m_page, this);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_bridge = new PreviewBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel);
    connect(m_bridge, &PreviewBridge::htmlRendered, this, [this](int revision) {
        m_renderedRevision = revision;
        emit rendered(revision);
    });
    connect(m_bridge, &PreviewBridge::userScrolled, this, &PreviewView::scrolledToLine);
    connect(m_bridge, &PreviewBridge::userClicked, this, &PreviewView::clickedLine);

    // If the page's renderer dies, a new one is started and sent everything.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (status != QWebEnginePage::NormalTerminationStatus)
                    QMetaObject::invokeMethod(
                        m_page, [this] { m_page->load(PreviewPage::pageUrl); },
                        Qt::QueuedConnection);
            });

    followPalette();
    m_page->load(PreviewPage::pageUrl);
}

PreviewView::~PreviewView()
{
    // The page must go before the profile it was made with.
    setPage(nullptr);
    delete m_page;
}

void PreviewView::showDocument(const std::shared_ptr<const markdown::ParsedDocument> &document)
{
    m_sentRevision = int(document->revision());
    m_bridge->setBlocks(document->htmlBlocks(), document->lineCount(), m_sentRevision);
}

void PreviewView::setAttachmentLookup(AttachmentSchemeHandler::Lookup lookup)
{
    m_attachments->setLookup(std::move(lookup));
}

void PreviewView::setRemoteImagesAllowed(bool allowed)
{
    m_guard->setRemoteImagesAllowed(allowed);
    m_bridge->setRemoteImages(allowed);
}

void PreviewView::scrollToLine(double line)
{
    m_bridge->requestScroll(line);
}

bool PreviewView::isSettled() const
{
    return m_bridge->isPageReady() && m_renderedRevision == m_sentRevision;
}

void PreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWebEngineView::changeEvent(event);
}

void PreviewView::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_bridge->setTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    m_page->setBackgroundColor(palette().color(QPalette::Base));
}

} // namespace waypoint::preview
