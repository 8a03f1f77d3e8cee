// cmark's UTF-8 byte positions to QString (UTF-16) positions, on text read
// as UTF-8 and on raw UTF-16 (lone surrogates, which toUtf8() writes as ?).

#include "FuzzSupport.h"
#include "markdown/SourceMap.h"

#include <vector>

using namespace waypoint;
using waypoint::markdown::SourceMap;

namespace {

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

void check(const QString &text)
{
    const SourceMap map(text);
    const QByteArray utf8 = text.toUtf8();
    const int lines = map.lineCount();
    FUZZ_CHECK(lines >= 1);

    // Lines: in order, each ended by a line break, the last by the text's end.
    for (int line = 0; line < lines; ++line) {
        const int start = map.lineStart(line);
        const int end = start + map.lineLength(line);
        FUZZ_CHECK(start >= 0 && end >= start && end <= text.size());
        for (int i = start; i < end; ++i)
            FUZZ_CHECK(!isBreak(text[i]));
        if (line + 1 < lines) {
            const int next = map.lineStart(line + 1);
            FUZZ_CHECK(end < text.size() && isBreak(text[end]));
            FUZZ_CHECK(next == end + (text.mid(end, 2) == QLatin1String("\r\n") ? 2 : 1));
            FUZZ_CHECK(map.lineStartByte(line + 1) > map.lineStartByte(line));
        } else {
            FUZZ_CHECK(end == text.size());
        }
        FUZZ_CHECK(map.lineOf(start) == line);
        FUZZ_CHECK(map.position(line + 1, 1) == start);
        FUZZ_CHECK(map.position(line + 1, 1 << 30) == end);
    }
    FUZZ_CHECK(map.position(0, 5) == 0);
    FUZZ_CHECK(map.position(lines + 1, 1) == text.size());

    // Every character boundary: its byte offset (as toUtf8() writes each
    // character) maps back to it, and so does the line.
    std::vector<int> boundaries; // UTF-16 offsets
    std::vector<int> bytes;      // their UTF-8 offsets
    int byte = 0;
    for (qsizetype i = 0; i <= text.size();) {
        boundaries.push_back(int(i));
        bytes.push_back(byte);
        if (i == text.size())
            break;
        const qsizetype units =
            text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2
                                                                                             : 1;
        byte += int(QStringView(text).mid(i, units).toUtf8().size());
        i += units;
    }
    FUZZ_CHECK(byte == utf8.size());
    for (size_t k = 0; k < boundaries.size(); ++k) {
        FUZZ_CHECK(map.positionOfByte(bytes[k]) == boundaries[k]);
        FUZZ_CHECK(map.lineOfByte(bytes[k]) == map.lineOf(boundaries[k]));
    }
    for (int line = 0; line < lines; ++line) {
        const int start = map.lineStart(line);
        const auto at = std::lower_bound(boundaries.begin(), boundaries.end(), start);
        FUZZ_CHECK(at != boundaries.end() && *at == start);
        FUZZ_CHECK(map.lineStartByte(line) == bytes[size_t(at - boundaries.begin())]);
    }

    // Any byte offset, inside a character or past the end: monotonic, in range.
    int previous = 0;
    for (int b = -2; b <= utf8.size() + 2; ++b) {
        const int position = map.positionOfByte(b);
        FUZZ_CHECK(position >= previous && position <= text.size());
        previous = position;
    }
    FUZZ_CHECK(map.positionOfByte(int(utf8.size())) == text.size());
    // Columns inside a line, as cmark counts them (1-based).
    for (int line = 0; line < lines && line < 64; ++line) {
        const int next = line + 1 < lines ? map.lineStartByte(line + 1) : int(utf8.size());
        const int length = next - map.lineStartByte(line) + 2;
        int before = map.lineStart(line);
        for (int column = 1; column <= length && column < 4096; ++column) {
            const int position = map.position(line + 1, column);
            FUZZ_CHECK(position >= before);
            FUZZ_CHECK(position <= map.lineStart(line) + map.lineLength(line));
            before = position;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024) // the checks of every position are quadratic on a long line
        return 0;
    check(fuzz::textOf(data, size));
    check(fuzz::utf16Of(data, size));
    return 0;
}
