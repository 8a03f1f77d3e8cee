#pragma once

#include <QList>
#include <QString>

namespace waypoint {

// One mention of reading progress found in an entry's text: what engineers
// write in their logs, day after day, e.g.
//   《语言学的邀请》- 进度 68/288          The ANSI C Programming Language - 83/236
//   动手学深度学习 - Pytorch 版 - 14.3%    阅读《Go 程序设计语言(英文版)》 - 进度 7/13
//   读完了《在生命的尽头拥抱你》             started reading The Pragmatic Programmer
struct ProgressMention
{
    enum class Kind { Progress, Started, Finished };
    enum class Unit { None, Count, Percent }; // Count: pages, chapters or lessons, value/total

    Kind kind = Kind::Progress;
    Unit unit = Unit::None;
    QString title;    // as written, without 《》 or the verb before it
    QString key;      // normalizeTitle(title): what items are matched by
    double value = 0; // pages read, or the percentage
    double total = 0; // pages in all (Count), 100 (Percent), 0 (None)
    int line = 0;     // 1-based line of the text
    QString text;     // that line, without its list mark: for showing, and for guessing the kind
};

// Finds reading progress in Markdown text, line by line. A line counts only
// when it is a title followed by a separator (-, —, :, ：) and the progress
// at its end: "N/M", "N%", "进度 N/M"; or a whole line saying a book was
// started or finished. Numbers inside a sentence ("流量下降 80%", "5/9 的时候"),
// dates, versions ("Go 1.21") and writing ("完成博客《…》- 90%", an article, a
// blog post) are not reading progress.
QList<ProgressMention> recognizeProgress(const QString &text);

// The form titles are matched in: 《》 and quotes stripped, full-width folded
// (NFKC), case folded, edition notes dropped ("(英文版)", "- Pytorch 版",
// "2nd edition"; volumes such as "(上册)" stay), spaces and punctuation removed.
QString normalizeTitle(const QString &title);

} // namespace waypoint
