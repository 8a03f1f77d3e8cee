// Front matter in YAML, TOML and JSON, with and without Hexo's bare block.

#include "FuzzSupport.h"
#include "blog/FrontMatter.h"

using namespace waypoint;
using waypoint::blog::BareFrontMatter;
using waypoint::blog::FrontMatter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    for (const BareFrontMatter bare : {BareFrontMatter::Refused, BareFrontMatter::Allowed}) {
        const FrontMatter front = blog::readFrontMatter(text, bare);
        if (!front.error.isEmpty()) {
            // A broken block gives nothing but the reason.
            FUZZ_CHECK(front.fields.isEmpty());
            FUZZ_CHECK(front.body.isEmpty());
            FUZZ_CHECK(front.format != FrontMatter::Format::None);
            continue;
        }
        FUZZ_CHECK(!front.maybeNotFrontMatter);
        if (front.format == FrontMatter::Format::None) {
            FUZZ_CHECK(front.fields.isEmpty());
            FUZZ_CHECK(front.body == text);
        } else {
            // The body is what follows the block, untouched.
            FUZZ_CHECK(text.endsWith(front.body));
            FUZZ_CHECK(front.body.size() < text.size());
        }
        if (bare == BareFrontMatter::Allowed && front.format != FrontMatter::Format::None) {
            // A block with an opening line reads the same either way.
            const FrontMatter refused = blog::readFrontMatter(text, BareFrontMatter::Refused);
            if (refused.format != FrontMatter::Format::None || !refused.error.isEmpty())
                FUZZ_CHECK(refused.fields == front.fields && refused.body == front.body);
        }
    }
    return 0;
}
