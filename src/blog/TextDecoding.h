#pragma once

#include <QByteArray>
#include <QString>

namespace waypoint::blog {

// The text of a post file, whatever its author's editor saved it as.
struct DecodedText
{
    QString text;     // line ends folded to \n, no byte order mark
    QString encoding; // what it was: UTF-8, UTF-16LE, GB18030, …
    QString error;    // set (and text empty) when the bytes are not text
    QString warning;  // set when the text was read with losses
};

// UTF-8 with or without a byte order mark, UTF-16/32 with one, and anything
// else uchardet recognises (GBK and GB18030 from old Chinese blogs, Big5,
// Shift_JIS, EUC-KR…), converted with ICU. Bytes that decode to nothing
// sensible (a NUL in the text, an invalid sequence) are refused with a reason.
DecodedText decodeText(const QByteArray &bytes);

} // namespace waypoint::blog
