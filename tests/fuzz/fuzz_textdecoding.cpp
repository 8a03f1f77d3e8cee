// Raw bytes of a post file, in whatever encoding its editor saved it.

#include "FuzzSupport.h"
#include "blog/TextDecoding.h"

using namespace waypoint;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::makeApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const blog::DecodedText decoded = blog::decodeText(bytes);
    if (!decoded.error.isEmpty()) {
        FUZZ_CHECK(decoded.text.isEmpty());
        FUZZ_CHECK(decoded.warning.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!decoded.encoding.isEmpty());
    FUZZ_CHECK(!decoded.text.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!decoded.text.contains(QChar(0)));
    if (!decoded.warning.isEmpty()) {
        FUZZ_CHECK(decoded.encoding == QLatin1String("UTF-8"));
        FUZZ_CHECK(decoded.text.contains(QChar::ReplacementCharacter));
    }
    // What is read as UTF-8 with losses says so.
    if (decoded.encoding == QLatin1String("UTF-8") && !bytes.isValidUtf8())
        FUZZ_CHECK(!decoded.warning.isEmpty());

    // Valid UTF-8 without a NUL comes back byte for byte, but for its
    // byte order marks and its line ends.
    if (bytes.isValidUtf8() && !bytes.contains('\0')) {
        QByteArray expected = bytes;
        while (expected.startsWith("\xEF\xBB\xBF"))
            expected.remove(0, 3);
        expected.replace("\r\n", "\n").replace('\r', '\n');
        FUZZ_CHECK(decoded.encoding == QLatin1String("UTF-8"));
        FUZZ_CHECK(decoded.warning.isEmpty());
        FUZZ_CHECK(decoded.text.toUtf8() == expected);
    }
    return 0;
}
