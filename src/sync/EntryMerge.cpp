#include "EntryMerge.h"

#include "Mirror.h"

#include <git2.h>

namespace waypoint::sync {

namespace {

// The line-by-line merge of three texts; nullopt where lines conflict.
std::optional<QString> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    mirror::ensureLibgit2();
    const QByteArray ancestor = base.toUtf8();
    const QByteArray mine = ours.toUtf8();
    const QByteArray other = theirs.toUtf8();
    git_merge_file_input inputs[3];
    const QByteArray *texts[3] = {&ancestor, &mine, &other};
    for (int i = 0; i < 3; ++i) {
        git_merge_file_input_init(&inputs[i], GIT_MERGE_FILE_INPUT_VERSION);
        inputs[i].ptr = texts[i]->constData();
        inputs[i].size = size_t(texts[i]->size());
    }
    git_merge_file_options options;
    git_merge_file_options_init(&options, GIT_MERGE_FILE_OPTIONS_VERSION);
    git_merge_file_result result{};
    if (git_merge_file(&result, &inputs[0], &inputs[1], &inputs[2], &options) != 0)
        return std::nullopt;
    std::optional<QString> merged;
    if (result.automergeable)
        merged = QString::fromUtf8(result.ptr, qsizetype(result.len));
    git_merge_file_result_free(&result);
    return merged;
}

template <typename T> T mergeField(const T *base, const T &ours, const T &theirs, bool *clean)
{
    if (ours == theirs)
        return ours;
    if (base && *base == ours)
        return theirs;
    if (base && *base == theirs)
        return ours;
    *clean = false;
    return ours;
}

// Kept: what both have, and what either added; gone: what either removed.
// In our order, then theirs' additions in theirs' order.
QStringList mergeTags(const QStringList *base, const QStringList &ours, const QStringList &theirs)
{
    const QStringList none;
    const QStringList &was = base ? *base : none;
    QStringList merged;
    for (const QString &tag : ours)
        if (theirs.contains(tag) || !was.contains(tag))
            merged.append(tag);
    for (const QString &tag : theirs)
        if (!merged.contains(tag) && !was.contains(tag))
            merged.append(tag);
    return merged;
}

} // namespace

EntryMerge mergeEntries(const std::optional<Entry> &base, const Entry &ours, const Entry &theirs)
{
    EntryMerge merge;
    merge.entry = ours;
    const Entry *was = base ? &*base : nullptr;
    merge.entry.date = mergeField(was ? &was->date : nullptr, ours.date, theirs.date, &merge.clean);
    merge.entry.title =
        mergeField(was ? &was->title : nullptr, ours.title, theirs.title, &merge.clean);
    merge.entry.tags = mergeTags(was ? &was->tags : nullptr, ours.tags, theirs.tags);
    if (ours.body != theirs.body) {
        const std::optional<QString> body =
            mergeText(was ? was->body : QString(), ours.body, theirs.body);
        if (body)
            merge.entry.body = *body;
        else
            merge.clean = false;
    }
    merge.entry.updated = std::max(ours.updated, theirs.updated);
    if (!merge.clean)
        merge.entry = ours;
    return merge;
}

} // namespace waypoint::sync
