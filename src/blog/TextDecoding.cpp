#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <memory>
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

namespace waypoint::blog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

QString foldLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Decodes with ICU, failing on the first byte sequence that is not valid in
// the encoding, so a wrong guess is refused instead of turned into mojibake.
bool decodeStrictly(const QByteArray &bytes, const char *encoding, QString *text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status),
                                                                 ucnv_close);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    QString result(bytes.size() + 1, Qt::Uninitialized);
    auto *target = reinterpret_cast<UChar *>(result.data());
    const char *source = bytes.constData();
    ucnv_toUnicode(converter.get(), &target, target + result.size(), &source, source + bytes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status))
        return false;
    result.truncate(int(target - reinterpret_cast<UChar *>(result.data())));
    *text = result;
    return true;
}

QByteArray guessEncoding(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), uchardet_delete);
    uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size()));
    uchardet_data_end(detector.get());
    QByteArray name = uchardet_get_charset(detector.get());
    // GB18030 contains GB2312 and GBK: decode every simplified Chinese guess
    // with it, so that a character outside the guessed subset still decodes.
    if (name == "GB2312" || name == "GBK" || name == "HZ-GB-2312")
        name = "GB18030";
    return name;
}

DecodedText decoded(QString text, const QString &encoding)
{
    if (text.contains(QChar(0)))
        return {{}, encoding, Tr::tr("it is not text (it holds NUL characters)"), {}};
    // More byte order marks than one (an editor that adds one on every save)
    // would hide the front matter: none of them is text.
    qsizetype marks = 0;
    while (marks < text.size() && text.at(marks) == QChar(0xFEFF))
        ++marks;
    text.remove(0, marks);
    return {foldLineEnds(std::move(text)), encoding, {}, {}};
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    // A byte order mark says it all.
    if (const std::optional<QStringConverter::Encoding> bom =
            QStringConverter::encodingForData(bytes);
        bom && *bom != QStringConverter::Utf8 && bytes.size() >= 2) {
        QStringDecoder decoder(*bom, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return {{},
                    QString::fromLatin1(QStringConverter::nameForEncoding(*bom)),
                    Tr::tr("it is not valid %1")
                        .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bom))),
                    {}};
        return decoded(std::move(text),
                       QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
    }
    if (bytes.contains('\0'))
        return {{}, {}, Tr::tr("it is not text (it holds NUL bytes)"), {}};

    // Drops a UTF-8 byte order mark. Stateless: a decoder that keeps its state
    // waits for the rest of a character cut at the end, and says nothing.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return decoded(std::move(text), QStringLiteral("UTF-8"));
    // UTF-8 with a few broken bytes (a file cut mid-character, one bad paste)
    // among many good characters: keep the text, say what was lost. (GBK
    // read as UTF-8 breaks at nearly every Chinese character instead.)
    const qsizetype lost = text.count(QChar::ReplacementCharacter);
    const qsizetype good = std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    });
    if (lost <= 16 && lost * 4 <= good) {
        DecodedText result = decoded(std::move(text), QStringLiteral("UTF-8"));
        result.warning = Tr::tr("%1 bytes that are not UTF-8 were replaced by U+FFFD").arg(lost);
        return result;
    }

    // A UTF-8 byte order mark before text in another encoding (an editor
    // that added one to a GBK file): what follows it decides.
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;

    // uchardet's guess, except that a single-byte one (KOI8-R, WINDOWS-1252…)
    // for a short Chinese post is usually GBK read wrong: those come after
    // the Chinese double-byte encodings, which fail on bytes they cannot hold.
    const QByteArray guess = guessEncoding(body);
    const bool multiByteGuess = guess == "GB18030" || guess == "BIG5" || guess == "SHIFT_JIS"
                                || guess == "EUC-JP" || guess == "EUC-KR" || guess == "EUC-TW"
                                || guess == "UHC" || guess == "ISO-2022-JP"
                                || guess == "ISO-2022-KR" || guess == "ISO-2022-CN";
    QList<QByteArray> tries;
    if (multiByteGuess)
        tries.append(guess);
    tries.append("GB18030");
    tries.append("Big5");
    if (!multiByteGuess && !guess.isEmpty() && guess != "UTF-8" && guess != "ASCII")
        tries.append(guess);
    for (const QByteArray &encoding : std::as_const(tries))
        if (decodeStrictly(body, encoding.constData(), &text))
            return decoded(std::move(text), QString::fromLatin1(encoding.toUpper()));

    return {{}, {}, Tr::tr("its encoding could not be recognised (not UTF-8, UTF-16 or GBK)"), {}};
}

} // namespace waypoint::blog
