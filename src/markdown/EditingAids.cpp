#include "EditingAids.h"

#include <QRegularExpression>

namespace waypoint::markdown {

namespace {

// 1 indentation, 2 quote markers, 3 marker, 4 space after it, 5 task box, 6 the rest.
const QRegularExpression &listItem()
{
    static const QRegularExpression re(
        QStringLiteral("^([ \\t]*)((?:>[ ]?)*)([ \\t]*(?:[-*+]|\\d{1,9}[.)]))([ \\t]+)(\\[[ "
                       "xX]\\][ \\t]+)?(.*)$"));
    return re;
}

// 1 indentation and quote markers, 2 the rest.
const QRegularExpression &quoteLine()
{
    static const QRegularExpression re(QStringLiteral("^([ \\t]*(?:>[ ]?)+)(.*)$"));
    return re;
}

QString nextMarker(const QString &marker)
{
    static const QRegularExpression ordered(QStringLiteral("^([ \\t]*)(\\d+)([.)])$"));
    const QRegularExpressionMatch m = ordered.match(marker);
    if (!m.hasMatch())
        return marker;
    return m.captured(1) + QString::number(m.captured(2).toLongLong() + 1) + m.captured(3);
}

} // namespace

bool isThematicBreak(const QString &line)
{
    static const QRegularExpression rule(
        QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    return rule.match(line).hasMatch();
}

int markerEnd(const QString &line)
{
    const QRegularExpressionMatch item = listItem().match(line);
    if (item.hasMatch())
        return int(item.capturedStart(6));
    static const QRegularExpression quote(QStringLiteral("^[ \\t]*(?:>[ ]?)+"));
    const QRegularExpressionMatch q = quote.match(line);
    return q.hasMatch() ? int(q.capturedEnd()) : 0;
}

int contentColumn(const QString &line)
{
    const QRegularExpressionMatch item = listItem().match(line);
    return item.hasMatch() ? int(item.capturedEnd(4)) : -1;
}

int markerColumn(const QString &line)
{
    const QRegularExpressionMatch item = listItem().match(line);
    if (!item.hasMatch())
        return -1;
    return int(item.capturedEnd(3) - item.captured(3).trimmed().size());
}

Continuation continueAfter(const QString &line)
{
    if (isThematicBreak(line))
        return {};
    const QRegularExpressionMatch item = listItem().match(line);
    if (item.hasMatch()) {
        if (item.captured(6).trimmed().isEmpty())
            return {Continuation::Kind::EndList, item.captured(1) + item.captured(2)};
        QString prefix =
            item.captured(1) + item.captured(2) + nextMarker(item.captured(3)) + item.captured(4);
        if (!item.captured(5).isEmpty())
            prefix += QStringLiteral("[ ] ");
        return {Continuation::Kind::Continue, prefix};
    }
    const QRegularExpressionMatch quote = quoteLine().match(line);
    if (quote.hasMatch()) {
        if (quote.captured(2).trimmed().isEmpty())
            return {Continuation::Kind::EndList, QString()};
        QString prefix = quote.captured(1);
        if (!prefix.endsWith(QLatin1Char(' ')))
            prefix += QLatin1Char(' ');
        return {Continuation::Kind::Continue, prefix};
    }
    return {};
}

QString toggleTask(const QString &line)
{
    const QRegularExpressionMatch item = listItem().match(line);
    if (item.hasMatch()) {
        const QString head =
            item.captured(1) + item.captured(2) + item.captured(3) + item.captured(4);
        const QString box = item.captured(5);
        if (box.isEmpty())
            return head + QStringLiteral("[ ] ") + item.captured(6);
        const bool done = box[1] != QLatin1Char(' ');
        return head + (done ? QStringLiteral("[ ]") : QStringLiteral("[x]")) + box.mid(3)
               + item.captured(6);
    }
    static const QRegularExpression lead(QStringLiteral("^([ \\t]*(?:>[ ]?)*)(.*)$"));
    const QRegularExpressionMatch m = lead.match(line);
    return m.captured(1) + QStringLiteral("- [ ] ") + m.captured(2);
}

bool isListItem(const QString &line)
{
    return listItem().match(line).hasMatch();
}

QString indentListItem(const QString &line, int width)
{
    const QRegularExpressionMatch item = listItem().match(line);
    if (!item.hasMatch())
        return line;
    if (width <= 0)
        width = int(item.captured(3).trimmed().size() + 1);
    return item.captured(1) + item.captured(2) + QString(width, QLatin1Char(' '))
           + line.mid(item.capturedStart(3));
}

QString outdentListItem(const QString &line)
{
    const QRegularExpressionMatch item = listItem().match(line);
    if (!item.hasMatch())
        return line;
    // The indentation sits before the quote markers, or inside the marker group after them.
    const int width = int(item.captured(3).trimmed().size() + 1);
    QString indent = item.captured(1);
    QString marker = item.captured(3);
    QString &spaces = item.captured(2).isEmpty() ? indent : marker;
    int remove = 0;
    while (remove < width && remove < spaces.size()
           && (spaces[remove] == QLatin1Char(' ') || spaces[remove] == QLatin1Char('\t'))) {
        if (spaces[remove++] == QLatin1Char('\t'))
            break;
    }
    spaces.remove(0, remove);
    return indent + item.captured(2) + marker + line.mid(item.capturedEnd(3));
}

} // namespace waypoint::markdown
