#include "JournalStatus.h"

#include "sql/DatabaseError.h"
#include "core/JournalChanges.h"
#include "core/ReadingStore.h"
#include "markdown/TextStats.h"
#include "models/EntrySession.h"
#include "models/JournalSession.h"

#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace waypoint {

JournalStatus::JournalStatus(QMainWindow *window)
    : QObject(window)
    , m_bar(window->statusBar())
{
    m_countLabel = new QLabel(window);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_saveLabel = new QLabel(window);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    // Fixed sizes: a label whose text changes while typing would otherwise
    // make the whole window lay itself out again on every keystroke.
    const QFontMetrics metrics(m_countLabel->font());
    m_countLabel->setFixedSize(
        metrics.horizontalAdvance(tr("Words: %1 · Characters: %2").arg(9999999).arg(99999999)),
        metrics.height());
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    int saveWidth = 0;
    for (const QString &state : {tr("Saved"), tr("Saving…"), tr("Not saved"), tr("Read-only")})
        saveWidth = std::max(saveWidth, metrics.horizontalAdvance(state));
    m_saveLabel->setFixedSize(saveWidth + metrics.averageCharWidth() * 2, metrics.height());
    m_bar->addPermanentWidget(m_countLabel);
    m_bar->addPermanentWidget(m_saveLabel);
    updateSaveState();
}

void JournalStatus::setJournal(JournalSession *journal)
{
    if (m_journal) {
        disconnect(&m_journal->changes(), nullptr, this, nullptr);
        disconnect(&m_journal->editing(), nullptr, this, nullptr);
    }
    m_journal = journal;
    if (journal) {
        m_readingWaiting = journal->reading().pendingCount();
        // New reading suggestions are told of, from whichever connection wrote them.
        connect(&journal->changes(), &JournalChanges::changed, this,
                [this](const ChangeSet &changes) {
                    if (changes.reading)
                        noticeReadingSuggestions();
                });
        EntrySession *session = &journal->editing();
        connect(session, &EntrySession::stateChanged, this, &JournalStatus::updateSaveState);
        connect(session, &EntrySession::saveFailed, this, [this](const QString &message) {
            m_bar->showMessage(tr("Not saved: %1").arg(message));
        });
    }
    updateSaveState();
}

void JournalStatus::updateSaveState()
{
    QString text;
    if (m_journal) {
        const EntrySession &session = m_journal->editing();
        switch (session.state()) {
        case EntrySession::State::Empty:
            break;
        case EntrySession::State::Saved:
            text = session.isReadOnly() ? tr("Read-only") : tr("Saved");
            break;
        case EntrySession::State::Unsaved:
            text = tr("Saving…");
            break;
        case EntrySession::State::Failed:
            text = tr("Not saved");
            break;
        }
    }
    m_saveLabel->setText(text);
}

void JournalStatus::showStats(const markdown::TextStats &stats)
{
    m_countLabel->setText(
        m_journal && m_journal->editing().isOpen()
            ? tr("Words: %1 · Characters: %2").arg(stats.words()).arg(stats.characters)
            : QString());
}

// A save that found reading progress says so once, quietly.
void JournalStatus::noticeReadingSuggestions()
{
    int waiting = m_readingWaiting;
    try {
        waiting = m_journal ? m_journal->reading().pendingCount() : 0;
    } catch (const DatabaseError &) {
        return;
    }
    if (waiting > m_readingWaiting)
        m_bar->showMessage(
            tr("Reading progress found: %n line(s) waiting in the reading list (%1).", nullptr,
               waiting)
                .arg(QKeySequence(tr("Ctrl+Shift+R")).toString(QKeySequence::NativeText)),
            8000);
    m_readingWaiting = waiting;
}

} // namespace waypoint
