#include "CodeHighlighter.h"

#ifdef WAYPOINT_HAVE_KSYNTAXHIGHLIGHTING

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <vector>

namespace waypoint {

namespace {

class KSyntaxCodeHighlighter : public CodeHighlighter,
                               private KSyntaxHighlighting::AbstractHighlighter
{
public:
    int highlightLine(const QString &text, const QString &language, int previousState,
                      const Sink &sink, bool dark) override
    {
        const KSyntaxHighlighting::Definition definition = definitionFor(language);
        if (!definition.isValid())
            return -1;
        setDefinition(definition);
        setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme));
        const KSyntaxHighlighting::State previous =
            previousState >= 0 && previousState < int(m_states.size())
                ? m_states[previousState]
                : KSyntaxHighlighting::State();
        m_sink = &sink;
        const KSyntaxHighlighting::State next =
            AbstractHighlighter::highlightLine(QStringView(text), previous);
        m_sink = nullptr;
        for (size_t i = 0; i < m_states.size(); ++i) {
            if (m_states[i] == next)
                return int(i);
        }
        m_states.push_back(next);
        return int(m_states.size() - 1);
    }

private:
    KSyntaxHighlighting::Definition definitionFor(const QString &language)
    {
        if (language.isEmpty())
            return {};
        auto found = m_definitions.constFind(language);
        if (found != m_definitions.cend())
            return *found;
        KSyntaxHighlighting::Definition definition = m_repository.definitionForName(language);
        if (!definition.isValid())
            definition = m_repository.definitionForFileName(QStringLiteral("code.") + language);
        m_definitions.insert(language, definition);
        return definition;
    }

    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!m_sink || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        (*m_sink)(offset, length, f);
    }

    KSyntaxHighlighting::Repository m_repository;
    QHash<QString, KSyntaxHighlighting::Definition> m_definitions;
    std::vector<KSyntaxHighlighting::State> m_states;
    const Sink *m_sink = nullptr;
};

} // namespace

std::unique_ptr<CodeHighlighter> CodeHighlighter::create()
{
    return std::make_unique<KSyntaxCodeHighlighter>();
}

} // namespace waypoint

#else

namespace waypoint {

std::unique_ptr<CodeHighlighter> CodeHighlighter::create()
{
    return nullptr;
}

} // namespace waypoint

#endif
