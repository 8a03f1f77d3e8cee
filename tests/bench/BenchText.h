#pragma once

// Reproducible journal text like the seeds': mostly Chinese with English
// terms, lists, tasks, code, tables and math.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace waypoint::bench {

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed = 20171123)
        : m_random(seed)
    {
    }

    QString sentence()
    {
        static const QStringList words = {
            QStringLiteral("今天"),      QStringLiteral("学习了"), QStringLiteral("负载均衡"),
            QStringLiteral("服务发现"),  QStringLiteral("容器"),   QStringLiteral("集群"),
            QStringLiteral("调度器"),    QStringLiteral("数据库"), QStringLiteral("索引"),
            QStringLiteral("事务"),      QStringLiteral("缓存"),   QStringLiteral("一致性"),
            QStringLiteral("读完了"),    QStringLiteral("第三章"), QStringLiteral("复盘"),
            QStringLiteral("目标"),      QStringLiteral("k8s"),    QStringLiteral("Go"),
            QStringLiteral("goroutine"), QStringLiteral("etcd"),   QStringLiteral("Kubernetes"),
            QStringLiteral("Linux"),     QStringLiteral("内核"),   QStringLiteral("网络"),
            QStringLiteral("性能"),      QStringLiteral("监控"),   QStringLiteral("告警"),
            QStringLiteral("部署"),      QStringLiteral("的"),     QStringLiteral("和"),
            QStringLiteral("在"),        QStringLiteral("了"),
        };
        QString s;
        const int n = 8 + int(m_random.bounded(14));
        for (int i = 0; i < n; ++i) {
            const QString &w = words[int(m_random.bounded(int(words.size())))];
            if (!s.isEmpty() && (w[0].unicode() < 0x80 || s.back().unicode() < 0x80))
                s += QLatin1Char(' ');
            s += w;
        }
        return s + QStringLiteral("。");
    }

    // About `bytes` of UTF-8 Markdown.
    QString document(int bytes)
    {
        QString text;
        int section = 0, block = 0;
        while (text.toUtf8().size() < bytes) {
            if (block % 20 == 0)
                text += QStringLiteral("## 第 %1 节 %2\n\n").arg(++section).arg(sentence().left(6));
            switch (block % 7) {
            case 0:
            case 1:
            case 3:
                text += sentence() + sentence() + QLatin1Char('\n') + sentence()
                        + QStringLiteral("\n\n");
                break;
            case 2:
                text += QStringLiteral("- [x] %1\n- [ ] %2\n- %3 进度 %4/288\n\n")
                            .arg(sentence(), sentence(), sentence())
                            .arg(m_random.bounded(288));
                break;
            case 4:
                text += QStringLiteral(
                            "```go\nfunc handle%1(w http.ResponseWriter, r *http.Request) {\n"
                            "\tfmt.Fprintf(w, \"你好 %%s\", r.URL.Path)\n}\n```\n\n")
                            .arg(block);
                break;
            case 5:
                text += QStringLiteral("| 方向 | 评分 | 备注 |\n|---|---|---|\n| 开发 | %1 | %2 "
                                       "|\n| 运维 | %3 | %4 |\n\n")
                            .arg(m_random.bounded(100))
                            .arg(sentence().left(10))
                            .arg(m_random.bounded(100))
                            .arg(sentence().left(10));
                break;
            case 6:
                text += QStringLiteral("公式 $a_%1 * b_%1$ 与 $\\frac{dy}{dx}$，%2\n\n")
                            .arg(block)
                            .arg(sentence());
                break;
            }
            ++block;
        }
        return text;
    }

private:
    QRandomGenerator m_random;
};

} // namespace waypoint::bench
