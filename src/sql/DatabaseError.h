#pragma once

#include <QString>
#include <stdexcept>

namespace waypoint {

// Thrown by the stores when SQLite refuses a statement (disk full, read-only
// journal, busy past the timeout). Callers at the edges (CLI commands, the
// editor session, models) catch it and show the message.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace waypoint
