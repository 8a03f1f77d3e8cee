#include "Cjk.h"

#include <unicode/uscript.h>

namespace waypoint::text {

CjkScript cjkScriptOf(char32_t c)
{
    if (c < 0x80)
        return CjkScript::None;
    // The iteration marks 々 〆 〇 and the prolonged sound mark ー; 々 and 〇
    // are Han already, 〆 and ー "Common".
    if (c == 0x3005 || c == 0x3006 || c == 0x3007)
        return CjkScript::Han;
    if (c == 0x30FC)
        return CjkScript::Kana;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(c), &status)) {
    case USCRIPT_HAN:
        return CjkScript::Han;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_KATAKANA_OR_HIRAGANA:
        return CjkScript::Kana;
    case USCRIPT_HANGUL:
        return CjkScript::Hangul;
    case USCRIPT_BOPOMOFO:
        return CjkScript::Bopomofo;
    default:
        return CjkScript::None;
    }
}

} // namespace waypoint::text
