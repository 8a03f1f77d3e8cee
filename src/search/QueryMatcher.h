#pragma once

#include "Query.h"

#include <string>
#include <vector>

namespace waypoint::search {

// Finds where a query's terms occur in a text, the way the index matches
// them (folded, across line breaks inside Chinese), for snippets and for
// highlighting an opened entry.
class QueryMatcher
{
public:
    explicit QueryMatcher(const Query &query);

    struct Range
    {
        qsizetype start = 0; // UTF-16 positions in the text
        qsizetype length = 0;
        bool operator==(const Range &) const = default;
    };
    // In text order, overlapping matches merged.
    QList<Range> find(const QString &text) const;

    // About `width` columns of text (a CJK character is two) around the
    // place where the most different terms match, cut at a sentence end
    // or between words, HTML-escaped, the matches in <mark>.
    QString snippetHtml(const QString &text, int width = 160) const;

    bool isEmpty() const { return m_patterns.empty(); }

private:
    struct Pattern
    {
        std::vector<std::string> tokens;
        std::vector<int> kinds;
        bool exact = false;
    };
    struct Found
    {
        Range range;
        int pattern;
    };
    std::vector<Found> findAll(const QString &text) const;

    std::vector<Pattern> m_patterns;
};

} // namespace waypoint::search
