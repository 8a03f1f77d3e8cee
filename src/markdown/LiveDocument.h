#pragma once

#include "ParsedDocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace waypoint::markdown {

// Keeps a Markdown text parsed without blocking the thread that edits it.
// Parsing runs on a worker thread; texts that arrive while a parse runs are
// merged, so only the newest is parsed next and no result is ever older than
// the one before it.
class LiveDocument : public QObject
{
    Q_OBJECT

public:
    explicit LiveDocument(QObject *parent = nullptr);
    ~LiveDocument() override;

    // A new version of the text; returns its revision number.
    quint64 setText(const QString &text);
    // Parses on this thread, now (loading an entry, tests).
    void parseNow(const QString &text);

    quint64 revision() const { return m_revision; }
    // The newest finished parse; never null.
    std::shared_ptr<const ParsedDocument> current() const { return m_current; }

signals:
    // A parse finished; document->revision() tells which text it was.
    void parsed(std::shared_ptr<const waypoint::markdown::ParsedDocument> document);

private:
    void startNext();
    void onFinished();

    QFutureWatcher<std::shared_ptr<const ParsedDocument>> m_watcher;
    std::shared_ptr<const ParsedDocument> m_current;
    QString m_pendingText;
    bool m_hasPending = false;
    bool m_parsing = false;
    quint64 m_revision = 0;
};

} // namespace waypoint::markdown
