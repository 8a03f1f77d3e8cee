#pragma once

#include <QString>
#include <QTextCharFormat>
#include <functional>
#include <memory>

namespace waypoint {

// Colours the lines of fenced code by their language. Backed by
// KSyntaxHighlighting (KF6) when the build found it; without it create()
// gives nothing and fenced code is simply monospace.
class CodeHighlighter
{
public:
    using Sink = std::function<void(int start, int length, const QTextCharFormat &format)>;

    static std::unique_ptr<CodeHighlighter> create();
    virtual ~CodeHighlighter() = default;

    // Highlights one line given the state the previous line ended in (-1 at
    // the start of a block); returns the state this line ends in. Equal
    // states get equal numbers, so unchanged code is not highlighted again.
    virtual int highlightLine(const QString &text, const QString &language, int previousState,
                              const Sink &sink, bool dark) = 0;
};

} // namespace waypoint
