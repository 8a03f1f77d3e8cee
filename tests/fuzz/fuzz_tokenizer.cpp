// The search tokenizer on raw bytes, invalid UTF-8 included: SQLite hands
// it whatever text a journal's file holds.

#include "FuzzSupport.h"
#include "search/Tokenizer.h"

#include <vector>

using namespace waypoint;
using waypoint::search::Token;
using waypoint::search::TokenizeFor;

namespace {

// Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto b = quint8(s[i]);
        int n = 0;
        char32_t c = 0, min = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xe0) == 0xc0) {
            n = 2, c = b & 0x1f, min = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            n = 3, c = b & 0x0f, min = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            n = 4, c = b & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + size_t(n) > s.size())
            return false;
        for (int k = 1; k < n; ++k) {
            const auto t = quint8(s[i + size_t(k)]);
            if ((t & 0xc0) != 0x80)
                return false;
            c = (c << 6) | (t & 0x3f);
        }
        if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
            return false;
        i += size_t(n);
    }
    return true;
}

struct Seen
{
    int kind;
    std::string text;
    int start, end;
    bool colocated;
    bool operator==(const Seen &) const = default;
};

std::vector<Seen> run(std::string_view input, TokenizeFor purpose)
{
    const bool valid = isValidUtf8(input);
    const auto boundary = [&](int at) {
        return size_t(at) == input.size() || (quint8(input[size_t(at)]) & 0xc0) != 0x80;
    };
    std::vector<Seen> tokens;
    search::tokenize(input, purpose, [&](const Token &token) {
        FUZZ_CHECK(token.kind >= Token::Word && token.kind <= Token::Emoji);
        FUZZ_CHECK(!token.text.empty());
        FUZZ_CHECK(isValidUtf8(token.text));
        // Inside the input; in valid UTF-8, between characters. (A malformed
        // byte reads as U+FFFD, and a combining mark after it joins it.)
        FUZZ_CHECK(token.start >= 0 && token.start < token.end);
        FUZZ_CHECK(size_t(token.end) <= input.size());
        if (valid)
            FUZZ_CHECK(boundary(token.start) && boundary(token.end));
        // In text order (a pair at its first character's position).
        if (!tokens.empty())
            FUZZ_CHECK(token.start >= tokens.back().start);
        if (token.colocated) {
            FUZZ_CHECK(purpose == TokenizeFor::Document && token.kind == Token::Pair);
            FUZZ_CHECK(!tokens.empty() && tokens.back().start == token.start);
        }
        tokens.push_back(
            {token.kind, std::string(token.text), token.start, token.end, token.colocated});
        return true;
    });
    return tokens;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input = fuzz::viewOf(data, size);
    const std::vector<Seen> document = run(input, TokenizeFor::Document);
    const std::vector<Seen> text = run(input, TokenizeFor::Text);
    const std::vector<Seen> query = run(input, TokenizeFor::Query);

    // Text is Document without the pairs.
    std::vector<Seen> withoutPairs;
    for (const Seen &token : document)
        if (token.kind != Token::Pair)
            withoutPairs.push_back(token);
    FUZZ_CHECK(withoutPairs == text);
    for (const Seen &token : text)
        FUZZ_CHECK(token.kind != Token::Pair);
    // A query has the same words and emoji; its CJK characters are partly pairs.
    std::vector<Seen> queryWords, textWords;
    for (const Seen &token : query)
        if (token.kind == Token::Word || token.kind == Token::Emoji)
            queryWords.push_back(token);
    for (const Seen &token : text)
        if (token.kind == Token::Word || token.kind == Token::Emoji)
            textWords.push_back(token);
    FUZZ_CHECK(queryWords == textWords);

    const std::vector<search::TextToken> kept = search::tokensOf(input);
    FUZZ_CHECK(kept.size() == text.size());
    for (size_t i = 0; i < kept.size(); ++i)
        FUZZ_CHECK(kept[i].kind == text[i].kind && kept[i].text == text[i].text
                   && kept[i].start == text[i].start && kept[i].end == text[i].end);

    // A sink that says stop is called no more.
    if (!document.empty()) {
        const size_t stopAfter = size % document.size() + 1;
        size_t calls = 0;
        search::tokenize(input, TokenizeFor::Document, [&](const Token &) {
            ++calls;
            return calls < stopAfter;
        });
        FUZZ_CHECK(calls == stopAfter);
    }
    return 0;
}
