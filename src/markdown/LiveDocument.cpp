#include "LiveDocument.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace waypoint::markdown {

LiveDocument::LiveDocument(QObject *parent)
    : QObject(parent)
    , m_current(ParsedDocument::parse(QString()))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LiveDocument::onFinished);
}

LiveDocument::~LiveDocument()
{
    m_hasPending = false;
    m_watcher.waitForFinished();
}

quint64 LiveDocument::setText(const QString &text)
{
    m_pendingText = text;
    m_hasPending = true;
    ++m_revision;
    if (!m_parsing)
        startNext();
    return m_revision;
}

void LiveDocument::parseNow(const QString &text)
{
    m_hasPending = false;
    m_watcher.waitForFinished();
    m_current = ParsedDocument::parse(text, ++m_revision);
    emit parsed(m_current);
}

void LiveDocument::startNext()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    // Busy until onFinished() has run: the watcher stops "running" a little
    // before its finished signal arrives, and a new future set in between
    // would lose that result.
    m_parsing = true;
    m_watcher.setFuture(QtConcurrent::run([text = std::move(m_pendingText), revision = m_revision] {
        return ParsedDocument::parse(text, revision);
    }));
    m_pendingText.clear();
}

void LiveDocument::onFinished()
{
    m_parsing = false;
    std::shared_ptr<const ParsedDocument> result = m_watcher.result();
    // A parseNow() while this ran made a newer one already.
    if (result && result->revision() > m_current->revision()) {
        std::shared_ptr<const ParsedDocument> previous =
            std::exchange(m_current, std::move(result));
        emit parsed(m_current);
        // Everyone has moved on to the new parse: freeing a large old one
        // (many small lists) is work for the pool, not for typing.
        if (previous.use_count() == 1)
            static_cast<void>(QtConcurrent::run([old = std::move(previous)] {})); // not waited for
    }
    startNext();
}

} // namespace waypoint::markdown
