#pragma once

#include <QList>
#include <QString>

namespace waypoint::markdown {

// The one place where cmark's positions (1-based line, 1-based UTF-8 *byte*
// column) become QString positions (UTF-16 code units). Lines end at \n,
// \r\n or \r, as cmark splits them.
class SourceMap
{
public:
    SourceMap() = default;
    explicit SourceMap(const QString &text);

    int lineCount() const { return int(m_lineStart16.size()); }
    // UTF-16 offset of the first character of a 0-based line.
    int lineStart(int line) const;
    // UTF-16 length of a 0-based line, without its line ending.
    int lineLength(int line) const;
    // UTF-8 byte offset of the start of a 0-based line.
    int lineStartByte(int line) const;

    // The UTF-16 offset in the text of cmark's (line, byte column), both
    // 1-based. A column past the line's end clamps to the line's end; a
    // column inside a multi-byte character gives that character's start.
    int position(int line, int byteColumn) const;
    // The UTF-16 offset of an absolute UTF-8 byte offset into the text.
    int positionOfByte(int byteOffset) const;
    // The 0-based line holding a UTF-16 offset.
    int lineOf(int position) const;
    // The 0-based line holding a UTF-8 byte offset.
    int lineOfByte(int byteOffset) const;

private:
    int columnToUtf16(int line, int byteInLine) const;

    QString m_text;
    QList<int> m_lineStart16; // per line: UTF-16 offset of its start
    QList<int> m_lineStart8;  // per line: UTF-8 offset of its start
    QList<int> m_lineEnd16;   // per line: UTF-16 offset of its end (before the line break)
    QList<bool> m_ascii;      // per line: only ASCII, so bytes == code units
};

} // namespace waypoint::markdown
