#include "SourceMap.h"

#include <algorithm>

namespace waypoint::markdown {

namespace {

// How many UTF-8 bytes the character starting at text[i] takes, and how many
// UTF-16 units it spans (2 for a surrogate pair).
inline void measure(const QString &text, qsizetype i, int *bytes, int *units)
{
    const char16_t c = text[i].unicode();
    if (c < 0x80) {
        *bytes = 1;
        *units = 1;
    } else if (c < 0x800) {
        *bytes = 2;
        *units = 1;
    } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *bytes = 4;
        *units = 2;
    } else if (QChar::isSurrogate(c)) {
        *bytes = 1; // QString::toUtf8() writes a lone surrogate as '?'
        *units = 1;
    } else {
        *bytes = 3;
        *units = 1;
    }
}

} // namespace

SourceMap::SourceMap(const QString &text)
    : m_text(text)
{
    int bytes = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (true) {
        m_lineStart16.append(int(i));
        m_lineStart8.append(bytes);
        bool ascii = true;
        while (i < size && text[i] != QLatin1Char('\n') && text[i] != QLatin1Char('\r')) {
            int b = 0, u = 0;
            measure(text, i, &b, &u);
            ascii = ascii && b == 1;
            bytes += b;
            i += u;
        }
        m_lineEnd16.append(int(i));
        m_ascii.append(ascii);
        if (i >= size)
            break;
        if (text[i] == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n')) {
            i += 2;
            bytes += 2;
        } else {
            ++i;
            ++bytes;
        }
    }
}

int SourceMap::lineStart(int line) const
{
    return m_lineStart16.value(std::clamp(line, 0, lineCount() - 1));
}

int SourceMap::lineLength(int line) const
{
    if (line < 0 || line >= lineCount())
        return 0;
    return m_lineEnd16[line] - m_lineStart16[line];
}

int SourceMap::lineStartByte(int line) const
{
    return m_lineStart8.value(std::clamp(line, 0, lineCount() - 1));
}

int SourceMap::columnToUtf16(int line, int byteInLine) const
{
    const int start = m_lineStart16[line];
    const int end = m_lineEnd16[line];
    if (byteInLine <= 0)
        return start;
    if (m_ascii[line])
        return std::min(start + byteInLine, end);
    int bytes = 0;
    qsizetype i = start;
    while (i < end) {
        int b = 0, u = 0;
        measure(m_text, i, &b, &u);
        if (bytes + b > byteInLine)
            break; // inside this character: its start
        bytes += b;
        i += u;
        if (bytes == byteInLine)
            break;
    }
    return int(i);
}

int SourceMap::position(int line, int byteColumn) const
{
    if (lineCount() == 0)
        return 0;
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_text.size());
    return columnToUtf16(line - 1, byteColumn - 1);
}

int SourceMap::positionOfByte(int byteOffset) const
{
    if (lineCount() == 0 || byteOffset <= 0)
        return 0;
    const auto it = std::upper_bound(m_lineStart8.cbegin(), m_lineStart8.cend(), byteOffset);
    const int line = int(it - m_lineStart8.cbegin()) - 1;
    if (line + 1 < lineCount()) {
        // The \n of a \r\n is a position of its own, not the line's end.
        const int breakLength = m_lineStart16[line + 1] - m_lineEnd16[line];
        const int intoBreak = byteOffset - (m_lineStart8[line + 1] - breakLength);
        if (intoBreak > 0)
            return m_lineEnd16[line] + intoBreak;
    }
    return columnToUtf16(line, byteOffset - m_lineStart8[line]);
}

int SourceMap::lineOfByte(int byteOffset) const
{
    const auto it = std::upper_bound(m_lineStart8.cbegin(), m_lineStart8.cend(), byteOffset);
    return std::max(0, int(it - m_lineStart8.cbegin()) - 1);
}

int SourceMap::lineOf(int position) const
{
    const auto it = std::upper_bound(m_lineStart16.cbegin(), m_lineStart16.cend(), position);
    return std::max(0, int(it - m_lineStart16.cbegin()) - 1);
}

} // namespace waypoint::markdown
