#pragma once

#include <QString>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace waypoint::search {

// One token of the search index, as the tokenizer hands it over.
struct Token
{
    enum Kind {
        Word,      // letters and digits of an alphabetic script: k8s, goroutine, straße, c++
        Character, // one CJK character (Han, kana, Hangul)
        Pair,      // two neighbouring frequent CJK characters, at the first one's position
        Emoji,
    };
    Kind kind;
    std::string_view text; // folded UTF-8; valid only during the callback
    int start;             // byte offsets of the token in the input
    int end;
    bool colocated; // at the same position as the token before it (pairs)
};

enum class TokenizeFor {
    Document, // for the index: characters, words, emoji and pairs
    Query,    // a query's phrase: each position once, pairs where they can
    Text,     // to find matches in a text: as Document, without pairs
};

// Returns false to stop.
using TokenSink = std::function<bool(const Token &)>;

// The one tokenizer of the search index: SQLite's FTS5 calls it (through
// the tokenizer registered by SearchIndex) for entries and for the strings
// of a query, and the snippets use it to find what matched.
//
// Text is folded first: NFKC and case folding (ｋ８ｓ → k8s, Ä → ä), and
// Traditional Chinese to Simplified (數據庫 → 数据库). Then every CJK
// character is a token of its own, so that any run of characters, one
// character or more, is found as a phrase; white space between two CJK
// characters (a line break inside a sentence) does not split their run.
// A document also gives a Pair token for two neighbouring characters that
// are both among the most frequent ones; a query uses the pairs instead of
// those characters, so a phrase of common characters reads short lists.
void tokenize(std::string_view utf8, TokenizeFor purpose, const TokenSink &sink);

// A token kept beyond the callback.
struct TextToken
{
    int kind; // Token::Kind
    std::string text;
    int start, end; // bytes
};

// The tokens a document gives for utf8, pairs left out: one per word,
// character or emoji, in order.
std::vector<TextToken> tokensOf(std::string_view utf8);

// Changes whenever tokenize() could give other tokens for the same text
// (this code, or the Unicode data of the ICU it runs with). An index
// stamped with another version is rebuilt.
QString tokenizerVersion();


} // namespace waypoint::search
