#pragma once

// What the fuzzers share: turning libFuzzer's bytes into the inputs the
// parsers take, and checking an invariant so that a broken one is a crash
// libFuzzer keeps (with the input that broke it).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace waypoint::fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline std::string_view viewOf(const uint8_t *data, size_t size)
{
    return std::string_view(reinterpret_cast<const char *>(data), size);
}

// The bytes as UTF-8, as a file read with QString::fromUtf8 gives them
// (malformed sequences become U+FFFD).
inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The bytes as UTF-16 code units, so that a QString may hold what UTF-8
// never gives: lone surrogates, reversed pairs.
inline QString utf16Of(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return text;
}

// For the parsers that call tr() or open a database: one application
// object for the whole run.
inline void makeApplication()
{
    static int argc = 1;
    static char name[] = "waypoint-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace waypoint::fuzz

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::waypoint::fuzz::fail(#condition, __FILE__, __LINE__);                                \
    } while (false)
