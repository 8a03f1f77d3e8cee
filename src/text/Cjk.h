#pragma once

namespace waypoint::text {

// The scripts written without spaces between words.
enum class CjkScript : unsigned char { None, Han, Kana, Hangul, Bopomofo };

// The CJK script a character belongs to: its Unicode Script property (ICU's
// data; Hiragana and Katakana are both Kana), and the marks Unicode files as
// Common that only CJK text uses: 々 〆 〇 as Han, ー as Kana. Punctuation
// (、。「」・) is None. The one definition of "CJK" for the word count, the
// soft line break, the search index's tokens and a book's language and fonts:
// a change here changes the index's tokens (bump the tokenizer's revision).
CjkScript cjkScriptOf(char32_t codePoint);

inline bool isCjk(char32_t codePoint)
{
    return cjkScriptOf(codePoint) != CjkScript::None;
}

} // namespace waypoint::text
