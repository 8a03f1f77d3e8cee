#pragma once

#include <QString>
#include <QVariantMap>

namespace waypoint::blog {

// The metadata block at the top of a post, read with a real parser for each
// of the forms static site generators accept.
struct FrontMatter
{
    enum class Format { None, Yaml, Toml, Json };

    Format format = Format::None;
    // Keys as written (case kept). Scalars are strings as written, except
    // TOML and JSON values, which keep their type (dates as ISO text);
    // lists are QVariantList and tables QVariantMap.
    QVariantMap fields;
    QString body;  // the text after the block
    QString error; // set when the block is there but broken: what and where
    // With an error: the opening line may not have been front matter at all
    // (a --- rule that is never closed, or text between two rules).
    bool maybeNotFrontMatter = false;
};

enum class BareFrontMatter {
    Refused,
    // Hexo also reads a block with no opening line, closed by --- (YAML) or
    // ;;; (JSON without its braces).
    Allowed,
};

// YAML between --- and --- (or ...), TOML between +++ and +++, a JSON object
// opening the file, or nothing.
FrontMatter readFrontMatter(const QString &text, BareFrontMatter bare = BareFrontMatter::Refused);

} // namespace waypoint::blog
