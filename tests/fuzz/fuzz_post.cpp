// A post read as each kind of site reads it: front matter, dates, tags,
// and the shortcodes and Liquid tags converted to Markdown.

#include "FuzzSupport.h"
#include "blog/Post.h"

using namespace waypoint;
using waypoint::blog::Post;
using waypoint::blog::PostFile;
using waypoint::blog::SiteKind;

namespace {

// The private-use characters convertShortcodes() marks set-aside text with.
bool hasPrivateUse(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF)
            return true;
    return false;
}

void checkConverted(const QString &input, const QString &output)
{
    // Every piece set aside comes back: no placeholder is left behind.
    if (!hasPrivateUse(input))
        FUZZ_CHECK(!hasPrivateUse(output));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::makeApplication(); // Post::read warns through tr()
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::textOf(data, size);
    static const QDateTime fileTime(QDate(2020, 10, 10), QTime(12, 0), Qt::UTC);
    // A dated file name, and a page bundle whose folder names the post.
    static const PostFile dated{QStringLiteral("/blog/content/posts/2019-03-01-k8s-notes.md"),
                                QStringLiteral("content/posts/2019-03-01-k8s-notes.md")};
    static const PostFile bundle{QStringLiteral("/blog/source/_drafts/读书/index.md"),
                                 QStringLiteral("source/_drafts/读书/index.md"), true};
    const PostFile &file = size % 2 ? bundle : dated;

    for (const SiteKind kind :
         {SiteKind::Hugo, SiteKind::Jekyll, SiteKind::Hexo, SiteKind::Folder, SiteKind::File}) {
        int left = -1;
        const QString converted = blog::convertShortcodes(text, kind, &left);
        FUZZ_CHECK(left >= 0);
        checkConverted(text, converted);

        Post post;
        QString error;
        if (!Post::read(text, file, kind, fileTime, &post, &error)) {
            FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        FUZZ_CHECK(post.date.isValid());
        FUZZ_CHECK(post.unconvertedTags >= 0);
        FUZZ_CHECK(!post.body.endsWith(QLatin1Char(' ')) && !post.body.endsWith(QLatin1Char('\n')));
        FUZZ_CHECK(!post.body.startsWith(QLatin1Char('\n')));
        if (post.waypointId.isEmpty())
            checkConverted(text, post.body);
        for (const QString &tag : std::as_const(post.tags)) {
            FUZZ_CHECK(!tag.isEmpty() && tag == tag.trimmed());
            FUZZ_CHECK(post.tags.count(tag) == 1);
        }
        if (file.draftFolder)
            FUZZ_CHECK(post.draft);
        if (post.draft)
            FUZZ_CHECK(post.tags.contains(QStringLiteral("draft"), Qt::CaseInsensitive));
    }

    for (const QString &how : {QStringLiteral("hugo"), QStringLiteral("liquid"), QString()}) {
        const QString undone = blog::undoExportEscapes(text, how);
        if (how.isEmpty())
            FUZZ_CHECK(undone == text);
        else
            FUZZ_CHECK(undone.size() <= text.size()); // escapes are only ever taken out
    }

    const QDate date = blog::dateAsWritten(text);
    if (date.isValid())
        FUZZ_CHECK(date.year() >= 1 && date.year() <= 9999);
    return 0;
}
