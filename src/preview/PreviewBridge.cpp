#include "PreviewBridge.h"

namespace waypoint::preview {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent) {}

void PreviewBridge::setTheme(const QString &theme) {
    if (theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged(theme);
}

void PreviewBridge::setRemoteImages(bool allowed) {
    if (allowed == m_remoteImages)
        return;
    m_remoteImages = allowed;
    emit remoteImagesChanged(allowed);
    // Images already shown as blocked are only fetched by a new render.
    if (m_pageReady)
        emit htmlChanged(m_html, m_revision);
}

void PreviewBridge::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(language);
}

void PreviewBridge::setHtml(const QString &html, int revision) {
    m_html = html;
    m_revision = revision;
    if (m_pageReady)
        emit htmlChanged(html, revision);
}

void PreviewBridge::requestScroll(double line) {
    if (m_pageReady)
        emit scrollRequested(line);
}

void PreviewBridge::ready() {
    m_pageReady = true;
    emit pageReady();
    emit htmlChanged(m_html, m_revision);
}

void PreviewBridge::rendered(int revision) {
    emit htmlRendered(revision);
}

void PreviewBridge::previewScrolled(double line) {
    emit userScrolled(line);
}

void PreviewBridge::previewClicked(int line) {
    emit userClicked(line);
}

} // namespace waypoint::preview
