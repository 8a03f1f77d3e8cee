#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace waypoint {

class Journal;

struct Attachment
{
    QString sha256; // hex; also the key entries link to
    QString mime;
    QString originalName;
    QByteArray data;
};

// Images and other files stored inside the journal, keyed by their SHA-256 so
// that the same picture is kept once however often it is linked.
class AttachmentStore
{
public:
    explicit AttachmentStore(Journal &journal);

    // The key data is stored under: its SHA-256, in hex.
    static QString keyOf(const QByteArray &data);
    // Stores data (once per content) and returns its SHA-256 key.
    QString add(const QByteArray &data, const QString &mime, const QString &originalName);
    std::optional<Attachment> find(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Every attachment's type, by its key (the data is not read).
    QHash<QString, QString> mimes() const;

private:
    Journal &m_journal;
};

} // namespace waypoint
