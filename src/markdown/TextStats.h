#pragma once

#include <QString>

namespace waypoint::markdown {

// Counts as a Chinese, Japanese or Korean writer expects: every CJK character
// (Han, kana, Hangul) is one word; a run of Latin letters or digits is one word.
struct TextStats
{
    qint64 cjkCharacters = 0;
    qint64 latinWords = 0;
    qint64 characters = 0; // every character but white space

    qint64 words() const { return cjkCharacters + latinWords; }
};

TextStats countText(const QString &text);

} // namespace waypoint::markdown
