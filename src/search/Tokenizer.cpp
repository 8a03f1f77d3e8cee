#include "Tokenizer.h"

#include "text/Cjk.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace waypoint::search {

namespace {

// Bump when the tokens change for the same text; the index is rebuilt.
constexpr int tokenizerRevision = 3;

// Among the most frequent characters of Chinese and Japanese writing. Two of
// them side by side give a Pair token, so that a phrase of common characters
// (这个, 的一) does not have to walk their very long position lists. Which
// characters are here changes speed only, never what is found.
constexpr char16_t frequentCharacters[] =
    u"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你"
    u"のにはをたがでてとしいなるか";

enum Class : quint8 { Separator, Space, Letter, Cjk, Emoji };
constexpr quint8 classMask = 0x0f;
constexpr quint8 frequentFlag = 0x10;
constexpr quint8 boundaryBeforeFlag = 0x20;

// What a BMP code point folds to when it stands alone.
constexpr char32_t needsNormalizer = 0xffffffff; // several code points, or context matters
constexpr char32_t ignorable = 0xfffffffe;       // folds to nothing (soft hyphen, ZWSP…)

Class classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return Letter;
        return (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
                   ? Space
                   : Separator;
    }
    if (text::isCjk(c))
        return Cjk;
    if (u_isUWhiteSpace(UChar32(c)))
        return Space;
    const int8_t type = u_charType(UChar32(c));
    if (u_isalnum(UChar32(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK
        || type == U_ENCLOSING_MARK)
        return Letter;
    if (u_hasBinaryProperty(UChar32(c), UCHAR_EXTENDED_PICTOGRAPHIC))
        return Emoji;
    return Separator;
}

struct Tables
{
    const icu::Normalizer2 *normalizer = nullptr;
    std::vector<char32_t> fold; // per BMP code point
    std::vector<quint8> info;   // per BMP code point: Class | flags (of the code point itself)

    Tables()
        : fold(0x10000)
        , info(0x10000)
    {
        UErrorCode status = U_ZERO_ERROR;
        normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status))
            qFatal("ICU has no NFKC_Casefold data: %s", u_errorName(status));

        for (char32_t c = 0; c < 0x10000; ++c) {
            quint8 flags = classify(c);
            if (c >= 0xd800 && c <= 0xdfff) { // lone surrogates separate
                fold[c] = c;
                info[c] = Separator | boundaryBeforeFlag;
                continue;
            }
            if (normalizer->hasBoundaryBefore(UChar32(c)))
                flags |= boundaryBeforeFlag;
            info[c] = flags;
            if (normalizer->isInert(UChar32(c))) {
                fold[c] = c;
                continue;
            }
            status = U_ZERO_ERROR;
            const icu::UnicodeString folded =
                normalizer->normalize(icu::UnicodeString(UChar32(c)), status);
            const bool alone = normalizer->hasBoundaryBefore(UChar32(c))
                               && normalizer->hasBoundaryAfter(UChar32(c));
            if (U_FAILURE(status) || !alone)
                fold[c] = needsNormalizer;
            else if (folded.isEmpty())
                fold[c] = ignorable;
            else if (folded.countChar32() == 1)
                fold[c] = char32_t(folded.char32At(0));
            else
                fold[c] = needsNormalizer;
        }
        for (const char16_t *p = frequentCharacters; *p; ++p)
            info[*p] |= frequentFlag;
        addSimplified();
    }

    // Traditional Chinese folds to Simplified: ICU's transform over every
    // BMP Han character at once (it maps character by character).
    void addSimplified()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transform(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Traditional-Simplified"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transform)
            qFatal("ICU has no Traditional-Simplified transform: %s", u_errorName(status));
        icu::UnicodeString han;
        for (char32_t c = 0x3400; c < 0xa000; ++c) {
            if (fold[c] == c && (info[c] & classMask) == Cjk)
                han.append(char16_t(c));
        }
        const icu::UnicodeString original = han;
        transform->transliterate(han);
        std::vector<char32_t> simplified(0x10000, 0);
        if (han.length() == original.length()) {
            for (int i = 0; i < han.length(); ++i) {
                if (han[i] != original[i])
                    simplified[original[i]] = han[i];
            }
        } else { // one by one, keeping only one-to-one mappings
            for (int i = 0; i < original.length(); ++i) {
                icu::UnicodeString one(original[i]);
                transform->transliterate(one);
                if (one.length() == 1 && one[0] != original[i])
                    simplified[original[i]] = one[0];
            }
        }
        for (char32_t c = 0; c < 0x10000; ++c) {
            const char32_t f = fold[c];
            if (f < 0x10000 && simplified[f])
                fold[c] = simplified[f];
        }
    }

    quint8 infoOf(char32_t c) const
    {
        if (c < 0x10000)
            return info[c];
        quint8 flags = classify(c);
        if (normalizer->hasBoundaryBefore(UChar32(c)))
            flags |= boundaryBeforeFlag;
        return flags;
    }

    char32_t simplifiedOf(char32_t c) const
    {
        if (c < 0x10000 && fold[c] != needsNormalizer && fold[c] != ignorable && fold[c] != c
            && (info[c] & classMask) == Cjk)
            return fold[c];
        return c;
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

// Decodes the code point at text[pos]; malformed bytes decode one at a time
// as U+FFFD.
char32_t decode(std::string_view text, size_t pos, int *length)
{
    const auto byte = [&](size_t i) { return quint8(text[i]); };
    const quint8 b0 = byte(pos);
    if (b0 < 0x80) {
        *length = 1;
        return b0;
    }
    int n = 0;
    char32_t c = 0;
    if ((b0 & 0xe0) == 0xc0) {
        n = 2;
        c = b0 & 0x1f;
    } else if ((b0 & 0xf0) == 0xe0) {
        n = 3;
        c = b0 & 0x0f;
    } else if ((b0 & 0xf8) == 0xf0) {
        n = 4;
        c = b0 & 0x07;
    } else {
        *length = 1;
        return 0xfffd;
    }
    if (pos + n > text.size()) {
        *length = 1;
        return 0xfffd;
    }
    for (int i = 1; i < n; ++i) {
        const quint8 b = byte(pos + i);
        if ((b & 0xc0) != 0x80) {
            *length = 1;
            return 0xfffd;
        }
        c = (c << 6) | (b & 0x3f);
    }
    *length = n;
    return c;
}

void appendUtf8(std::string &out, char32_t c)
{
    char bytes[4];
    int n = 0;
    if (c < 0x80) {
        bytes[n++] = char(c);
    } else if (c < 0x800) {
        bytes[n++] = char(0xc0 | (c >> 6));
        bytes[n++] = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        bytes[n++] = char(0xe0 | (c >> 12));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
        bytes[n++] = char(0x80 | (c & 0x3f));
    } else {
        bytes[n++] = char(0xf0 | (c >> 18));
        bytes[n++] = char(0x80 | ((c >> 12) & 0x3f));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
        bytes[n++] = char(0x80 | (c & 0x3f));
    }
    out.append(bytes, size_t(n));
}

class Run
{
public:
    Run(TokenizeFor purpose, const TokenSink &sink)
        : m_purpose(purpose)
        , m_sink(sink)
    {
    }

    // False once the sink asked to stop.
    bool ok() const { return m_ok; }

    void add(char32_t c, int start, int end)
    {
        const Tables &t = tables();
        // C++, C#, notepad++: a + or # after a letter belongs to the word.
        if ((c == '+' || c == '#') && m_wordStart >= 0) {
            m_wordEnd = end;
            appendUtf8(m_word, c);
            return;
        }
        switch (t.infoOf(c) & classMask) {
        case Letter:
            endCjkRun();
            if (m_wordStart < 0)
                m_wordStart = start;
            m_wordEnd = end;
            appendUtf8(m_word, c);
            break;
        case Cjk:
            endWord();
            addCjk(c, start, end, (t.infoOf(c) & frequentFlag) != 0);
            break;
        case Space:
        case Separator:
            // Neither takes a position: a CJK run goes on across white space
            // and punctuation (负载，均衡 is 负载 均衡, as far as positions go).
            endWord();
            break;
        case Emoji: {
            endWord();
            endCjkRun();
            std::string text;
            appendUtf8(text, c);
            send(Token::Emoji, text, start, end, false);
            break;
        }
        default:
            endWord();
            endCjkRun();
            break;
        }
    }

    void finish()
    {
        endWord();
        endCjkRun();
        m_pending.reset(); // nothing follows it: the pair covers it
    }

private:
    struct Character
    {
        char32_t c;
        int start, end;
        bool frequent;
    };

    void send(Token::Kind kind, const std::string &text, int start, int end, bool colocated)
    {
        if (m_pending) {
            // Something follows the query run whose last character a pair
            // covered: that character's position needs a token after all.
            const Character last = *m_pending;
            m_pending.reset();
            std::string character;
            appendUtf8(character, last.c);
            if (m_ok)
                m_ok = m_sink(Token{Token::Character, character, last.start, last.end, false});
        }
        if (m_ok)
            m_ok = m_sink(Token{kind, text, start, end, colocated});
    }

    void endWord()
    {
        if (m_wordStart < 0)
            return;
        send(Token::Word, m_word, m_wordStart, m_wordEnd, false);
        m_word.clear();
        m_wordStart = -1;
    }

    void addCjk(char32_t c, int start, int end, bool frequent)
    {
        const Character next{c, start, end, frequent};
        if (m_purpose == TokenizeFor::Query) {
            m_run.push_back(next);
            return;
        }
        if (!m_run.empty()) {
            const Character &before = m_run.back();
            emitCharacter(before);
            if (before.frequent && frequent && m_purpose == TokenizeFor::Document)
                emitPair(before, next, true);
            m_run.clear();
        }
        m_run.push_back(next);
    }

    void endCjkRun()
    {
        if (m_run.empty())
            return;
        if (m_purpose != TokenizeFor::Query) {
            emitCharacter(m_run.back());
            m_run.clear();
            return;
        }
        // A query covers each position of its run once: by a pair where both
        // characters are frequent, else by the character alone. The last
        // character needs no token of its own when a pair covers it, unless
        // more of the phrase follows (see send()).
        const size_t n = m_run.size();
        bool pairBefore = false;
        for (size_t i = 0; i < n; ++i) {
            if (i + 1 < n && m_run[i].frequent && m_run[i + 1].frequent) {
                emitPair(m_run[i], m_run[i + 1], false);
                pairBefore = true;
            } else if (i + 1 == n && pairBefore) {
                m_pending = m_run[i];
                break;
            } else {
                emitCharacter(m_run[i]);
                pairBefore = false;
            }
        }
        m_run.clear();
    }

    void emitCharacter(const Character &c)
    {
        m_text.clear();
        appendUtf8(m_text, c.c);
        send(Token::Character, m_text, c.start, c.end, false);
    }

    void emitPair(const Character &a, const Character &b, bool colocated)
    {
        m_text.clear();
        appendUtf8(m_text, a.c);
        appendUtf8(m_text, b.c);
        send(Token::Pair, m_text, a.start, b.end, colocated);
    }

    TokenizeFor m_purpose;
    const TokenSink &m_sink;
    bool m_ok = true;
    std::string m_word;
    int m_wordStart = -1;
    int m_wordEnd = 0;
    std::vector<Character> m_run;       // documents keep only the last character
    std::optional<Character> m_pending; // a query run's last character, covered by a pair
    std::string m_text;
};

} // namespace

void tokenize(std::string_view text, TokenizeFor purpose, const TokenSink &sink)
{
    const Tables &t = tables();
    Run run(purpose, sink);
    const size_t size = text.size();
    size_t pos = 0;
    while (pos < size && run.ok()) {
        int length = 0;
        const char32_t c = decode(text, pos, &length);
        // A normalisation chunk: the code point and whatever combines with it.
        size_t end = pos + size_t(length);
        bool alone = true;
        while (end < size && quint8(text[end]) >= 0x80) {
            int nextLength = 0;
            const char32_t next = decode(text, end, &nextLength);
            if (t.infoOf(next) & boundaryBeforeFlag)
                break;
            end += size_t(nextLength);
            alone = false;
        }
        const int start = int(pos);
        if (c < 0x80 && alone) {
            run.add(c >= 'A' && c <= 'Z' ? c + 32 : c, start, int(end));
        } else if (alone && c < 0x10000 && t.fold[c] != needsNormalizer) {
            if (t.fold[c] != ignorable)
                run.add(t.fold[c], start, int(end));
        } else {
            UErrorCode status = U_ZERO_ERROR;
            const icu::UnicodeString chunk = icu::UnicodeString::fromUTF8(
                icu::StringPiece(text.data() + pos, int32_t(end - pos)));
            const icu::UnicodeString folded = t.normalizer->normalize(chunk, status);
            if (U_SUCCESS(status)) {
                for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1))
                    run.add(t.simplifiedOf(char32_t(folded.char32At(i))), start, int(end));
            }
        }
        pos = end;
    }
    if (run.ok())
        run.finish();
}

std::vector<TextToken> tokensOf(std::string_view utf8)
{
    std::vector<TextToken> tokens;
    tokens.reserve(utf8.size() / 3 + 1);
    tokenize(utf8, TokenizeFor::Text, [&](const Token &token) {
        tokens.push_back({token.kind, std::string(token.text), token.start, token.end});
        return true;
    });
    return tokens;
}

QString tokenizerVersion()
{
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return QStringLiteral("%1 icu-%2").arg(tokenizerRevision).arg(QString::fromLatin1(text));
}

} // namespace waypoint::search
