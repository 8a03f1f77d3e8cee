#include "TextStats.h"

#include "text/Cjk.h"

#include <QChar>

namespace waypoint::markdown {

TextStats countText(const QString &text)
{
    TextStats stats;
    bool inWord = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (QChar::isSpace(c)) {
            inWord = false;
            continue;
        }
        ++stats.characters;
        if (waypoint::text::isCjk(c)) {
            ++stats.cjkCharacters;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || (inWord && (c == '\'' || c == 0x2019))) {
            // An apostrophe inside a word (don't) does not split it.
            if (!inWord)
                ++stats.latinWords;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return stats;
}

} // namespace waypoint::markdown
