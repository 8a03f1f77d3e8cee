// Reading progress in a journal's text, and the titles it is matched by.

#include "FuzzSupport.h"
#include "core/ProgressRecognizer.h"

#include <QStringList>

using namespace waypoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    const QList<ProgressMention> mentions = recognizeProgress(text);
    const QStringList lines = text.split(QLatin1Char('\n'));
    int previousLine = 0;
    for (const ProgressMention &mention : mentions) {
        // One mention per line at most, in order, on a line of the text.
        FUZZ_CHECK(mention.line > previousLine && mention.line <= lines.size());
        previousLine = mention.line;
        FUZZ_CHECK(!mention.title.isEmpty() && !mention.key.isEmpty());
        FUZZ_CHECK(mention.key == normalizeTitle(mention.title));
        for (const QChar c : mention.key)
            FUZZ_CHECK(c.isLetterOrNumber());
        switch (mention.unit) {
        case ProgressMention::Unit::None:
            FUZZ_CHECK(mention.kind != ProgressMention::Kind::Progress);
            FUZZ_CHECK(mention.value == 0 && mention.total == 0);
            break;
        case ProgressMention::Unit::Percent:
            FUZZ_CHECK(mention.total == 100);
            [[fallthrough]];
        case ProgressMention::Unit::Count:
            FUZZ_CHECK(mention.total > 0 && mention.value >= 0 && mention.value <= mention.total);
            FUZZ_CHECK((mention.kind == ProgressMention::Kind::Finished)
                       == (mention.value == mention.total));
            break;
        }
        // A line means the same on its own: nothing but code fences carries over.
        const QList<ProgressMention> alone = recognizeProgress(lines[mention.line - 1]);
        FUZZ_CHECK(alone.size() == 1);
        FUZZ_CHECK(alone[0].title == mention.title && alone[0].kind == mention.kind
                   && alone[0].unit == mention.unit && alone[0].value == mention.value
                   && alone[0].total == mention.total && alone[0].text == mention.text);
    }
    (void)normalizeTitle(text.left(512));
    return 0;
}
