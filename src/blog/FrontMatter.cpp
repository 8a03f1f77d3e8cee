#include "FrontMatter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <string_view>
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

namespace waypoint::blog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatter)
};

// The lines of the text, each with the offset just past its line end.
struct Line
{
    QStringView text;
    qsizetype next = 0;
};

std::optional<Line> lineAt(const QString &text, qsizetype offset)
{
    if (offset >= text.size())
        return std::nullopt;
    qsizetype end = text.indexOf(QLatin1Char('\n'), offset);
    const qsizetype next = end < 0 ? text.size() : end + 1;
    if (end < 0)
        end = text.size();
    return Line{QStringView(text).mid(offset, end - offset), next};
}

bool isFence(QStringView line, QLatin1StringView fence)
{
    return line.trimmed() == fence;
}

// Where the block that starts after the first line ends: the offset of the
// closing line and the offset after it; nullopt when it is never closed.
struct Closing
{
    qsizetype at = 0;
    qsizetype after = 0;
};

std::optional<Closing> findClosing(const QString &text, qsizetype from,
                                   std::initializer_list<QLatin1StringView> fences)
{
    qsizetype offset = from;
    while (const std::optional<Line> line = lineAt(text, offset)) {
        for (QLatin1StringView fence : fences)
            if (isFence(line->text, fence))
                return Closing{offset, line->next};
        offset = line->next;
    }
    return std::nullopt;
}

// A YAML document can refer to itself (x: &a [*a]) or multiply through
// aliases (a billion laughs): front matter never needs more than this.
struct YamlBudget
{
    int nodes = 10000;
};

constexpr int maxYamlDepth = 32;

struct YamlTooLarge
{
};

QVariant fromYaml(const YAML::Node &node, YamlBudget &budget, int depth = 0)
{
    if (--budget.nodes < 0 || depth > maxYamlDepth)
        throw YamlTooLarge();
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(fromYaml(item, budget, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &pair : node)
            map.insert(QString::fromStdString(pair.first.Scalar()),
                       fromYaml(pair.second, budget, depth + 1));
        return map;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default: // null: `key:` with nothing after it, `~`, `null`
        return QString();
    }
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString tomlDate(const toml::date &date)
{
    return QStringLiteral("%1-%2-%3")
        .arg(date.year, 4, 10, QLatin1Char('0'))
        .arg(twoDigits(date.month), twoDigits(date.day));
}

QString tomlTime(const toml::time &time)
{
    return twoDigits(time.hour) + QLatin1Char(':') + twoDigits(time.minute) + QLatin1Char(':')
           + twoDigits(time.second);
}

QVariant fromToml(const toml::node &node)
{
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())),
                       fromToml(value));
        return map;
    }
    if (const auto *array = node.as_array()) {
        QVariantList list;
        for (const toml::node &item : *array)
            list.append(fromToml(item));
        return list;
    }
    if (const auto *string = node.as_string())
        return QString::fromStdString(string->get());
    if (const auto *integer = node.as_integer())
        return QVariant::fromValue(qint64(integer->get()));
    if (const auto *number = node.as_floating_point())
        return number->get();
    if (const auto *boolean = node.as_boolean())
        return boolean->get();
    if (const auto *date = node.as_date())
        return tomlDate(date->get());
    if (const auto *time = node.as_time())
        return tomlTime(time->get());
    if (const auto *dateTime = node.as_date_time()) {
        const toml::date_time &value = dateTime->get();
        QString text = tomlDate(value.date) + QLatin1Char('T') + tomlTime(value.time);
        if (value.offset) {
            const int minutes = value.offset->minutes;
            text += (minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    + twoDigits(std::abs(minutes) / 60) + QLatin1Char(':')
                    + twoDigits(std::abs(minutes) % 60);
        }
        return text;
    }
    return {};
}

// Parses block as YAML; `firstLine` is its 1-based line in the file, for errors.
bool parseYaml(const QString &block, int firstLine, QVariantMap *fields, QString *error,
               bool *notFrontMatter = nullptr)
{
    try {
        const YAML::Node root = YAML::Load(block.toStdString());
        if (root.IsNull())
            return true;
        if (!root.IsMap()) {
            *error = Tr::tr("the front matter is not a list of keys and values");
            if (notFrontMatter)
                *notFrontMatter = true;
            return false;
        }
        YamlBudget budget;
        *fields = fromYaml(root, budget).toMap();
        return true;
    } catch (const YamlTooLarge &) {
        *error = Tr::tr("the YAML front matter nests too deeply or is too large "
                        "(an alias that refers to itself?)");
        return false;
    } catch (const YAML::Exception &e) {
        *error = Tr::tr("the YAML front matter is broken at line %1: %2")
                     .arg(firstLine + e.mark.line)
                     .arg(QString::fromStdString(e.msg));
        return false;
    }
}

bool parseToml(const QString &block, int firstLine, QVariantMap *fields, QString *error)
{
    const std::string utf8 = block.toStdString();
    try {
        const toml::table table = toml::parse(std::string_view(utf8));
        *fields = fromToml(table).toMap();
        return true;
    } catch (const toml::parse_error &e) {
        *error =
            Tr::tr("the TOML front matter is broken at line %1: %2")
                .arg(firstLine - 1 + int(e.source().begin.line))
                .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())));
        return false;
    }
}

bool parseJson(const QString &object, QVariantMap *fields, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(object.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = Tr::tr("the JSON front matter is broken: %1").arg(parseError.errorString());
        return false;
    }
    *fields = document.object().toVariantMap();
    return true;
}

FrontMatter fenced(const QString &text, FrontMatter::Format format, QLatin1StringView name,
                   std::initializer_list<QLatin1StringView> closers)
{
    FrontMatter result;
    result.format = format;
    const qsizetype start = lineAt(text, 0)->next;
    const std::optional<Closing> closing = findClosing(text, start, closers);
    if (!closing) {
        result.error = Tr::tr("the front matter opened by %1 is never closed").arg(name);
        result.maybeNotFrontMatter = true;
        return result;
    }
    const QString block = text.mid(start, closing->at - start);
    const bool ok =
        format == FrontMatter::Format::Yaml
            ? parseYaml(block, 2, &result.fields, &result.error, &result.maybeNotFrontMatter)
            : parseToml(block, 2, &result.fields, &result.error);
    if (ok)
        result.body = text.mid(closing->after);
    return result;
}

// Hugo's JSON front matter: an object opening the file, closed by a line
// that starts with }.
FrontMatter jsonObject(const QString &text)
{
    FrontMatter result;
    result.format = FrontMatter::Format::Json;
    QString lastError;
    qsizetype offset = 0;
    while (const std::optional<Line> line = lineAt(text, offset)) {
        offset = line->next;
        if (!line->text.trimmed().startsWith(QLatin1Char('}')))
            continue;
        QVariantMap fields;
        if (parseJson(text.left(line->next), &fields, &lastError)) {
            result.fields = fields;
            result.body = text.mid(line->next);
            return result;
        }
    }
    result.error =
        lastError.isEmpty() ? Tr::tr("the JSON front matter is never closed") : lastError;
    return result;
}

FrontMatter bareBlock(const QString &text)
{
    FrontMatter none{FrontMatter::Format::None, {}, text, {}};
    int lines = 0;
    qsizetype offset = 0;
    while (const std::optional<Line> line = lineAt(text, offset)) {
        const qsizetype start = offset;
        offset = line->next;
        if (++lines > 200)
            break;
        const bool yaml = isFence(line->text, QLatin1StringView("---"));
        if (!yaml && !isFence(line->text, QLatin1StringView(";;;")))
            continue;
        QVariantMap fields;
        QString error;
        const QString block = text.left(start);
        const bool ok =
            yaml ? parseYaml(block, 1, &fields, &error)
                 : parseJson(QLatin1Char('{') + block + QLatin1Char('}'), &fields, &error);
        // Only a block that says what a post is: otherwise the --- was a rule.
        if (!ok
            || !(fields.contains(QStringLiteral("title"))
                 || fields.contains(QStringLiteral("date"))))
            return none;
        return {yaml ? FrontMatter::Format::Yaml : FrontMatter::Format::Json,
                fields,
                text.mid(line->next),
                {}};
    }
    return none;
}

} // namespace

FrontMatter readFrontMatter(const QString &text, BareFrontMatter bare)
{
    const std::optional<Line> first = lineAt(text, 0);
    if (!first)
        return {};
    if (isFence(first->text, QLatin1StringView("---")))
        return fenced(text, FrontMatter::Format::Yaml, QLatin1StringView("---"),
                      {QLatin1StringView("---"), QLatin1StringView("...")});
    if (isFence(first->text, QLatin1StringView("+++")))
        return fenced(text, FrontMatter::Format::Toml, QLatin1StringView("+++"),
                      {QLatin1StringView("+++")});
    // Hugo's JSON front matter opens with a line of its own: `{{< figure >}}`
    // or `{"a": 1} is…` on the first line is text.
    if (first->text.trimmed() == QLatin1String("{"))
        return jsonObject(text);
    if (bare == BareFrontMatter::Allowed)
        return bareBlock(text);
    return {FrontMatter::Format::None, {}, text, {}};
}

} // namespace waypoint::blog
