#pragma once

// A reproducible journal for the search benchmark: entries of about 1.5 KB
// of Chinese with English terms, like the seeds. Characters follow a Zipf
// law over 1,500 common Chinese characters (in frequency order), words of
// one to four characters follow another, and English words are mixed in,
// with and without a space before the Chinese that follows them.

#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace waypoint::bench {

class SearchCorpus
{
public:
    explicit SearchCorpus(quint32 seed = 20220314)
        : m_random(seed)
    {
        static const char16_t characters[] =
            u"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于"
            u"着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还"
            u"进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情"
            u"明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或"
            u"新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
            u"解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
            u"量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基"
            u"眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交"
            u"规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济"
            u"车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
            u"深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
            u"器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历"
            u"首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维"
            u"革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧"
            u"黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
            u"仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印"
            u"晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财"
            u"环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担"
            u"州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养"
            u"伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
            u"户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮"
            u"露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移"
            u"娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶"
            u"春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣"
            u"择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
            u"玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌"
            u"店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞"
            u"努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱"
            u"埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁"
            u"伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽"
            u"烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻"
            u"刊丈爆乌役描洗玛患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹"
            u"狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启"
            u"尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁"
            u"偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆"
            u"诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪"
            u"矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑"
            u"券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊粉泥氏";
        std::vector<double> charWeights;
        for (int i = 0; characters[i]; ++i) {
            m_characters.append(QChar(characters[i]));
            charWeights.push_back(1.0 / std::pow(i + 3, 0.9));
        }
        const std::vector<double> charCumulative = cumulative(charWeights);
        // Words made of frequent characters are the frequent words, as in
        // real writing (where characters are frequent because their words are).
        std::vector<std::pair<double, QString>> made;
        QSet<QString> seen;
        while (made.size() < 20000) {
            const double r = m_random.generateDouble();
            const int length = r < 0.25 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
            QString word;
            double weight = 1;
            for (int k = 0; k < length; ++k) {
                const int c = pick(charCumulative);
                if (word.contains(m_characters[c]))
                    continue; // no 的的
                word += m_characters[c];
                weight *= charWeights[size_t(c)] / charWeights[0];
            }
            if (!seen.contains(word)) {
                seen.insert(word);
                made.push_back({weight, word});
            }
        }
        std::stable_sort(made.begin(), made.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        std::vector<double> wordWeights;
        for (size_t i = 0; i < made.size(); ++i) {
            m_words.append(made[i].second);
            wordWeights.push_back(1.0 / std::pow(double(i + 1), 0.8));
        }
        m_wordCumulative = cumulative(wordWeights);
    }

    static const QStringList &latinWords()
    {
        static const char *const latin[] = {
            "k8s",           "docker",    "kubernetes",  "golang",
            "goroutine",     "etcd",      "linux",       "mysql",
            "postgresql",    "redis",     "nginx",       "python",
            "java",          "jdk",       "jvm",         "rust",
            "api",           "http",      "tcp",         "grpc",
            "json",          "yaml",      "git",         "github",
            "vim",           "emacs",     "cmake",       "qt",
            "sqlite",        "index",     "cache",       "cluster",
            "leetcode",      "algorithm", "mongodb",     "django",
            "flask",         "react",     "webpack",     "typescript",
            "javascript",    "node",      "npm",         "ubuntu",
            "debian",        "bash",      "shell",       "prometheus",
            "grafana",       "kafka",     "spark",       "hadoop",
            "elasticsearch", "lucene",    "raft",        "paxos",
            "consensus",     "latency",   "throughput",  "benchmark",
            "profile",       "perf",      "ebpf",        "kernel",
            "syscall",       "mutex",     "lock",        "thread",
            "coroutine",     "async",     "await",       "future",
            "promise",       "closure",   "lambda",      "template",
            "generic",       "trait",     "interface",   "struct",
            "class",         "object",    "method",      "function",
            "variable",      "pointer",   "reference",   "memory",
            "heap",          "stack",     "queue",       "tree",
            "graph",         "hash",      "map",         "vector",
            "array",         "list",      "string",      "byte",
            "buffer",        "stream",    "socket",      "server",
            "client",        "request",   "response",    "header",
            "cookie",        "session",   "token",       "oauth",
            "jwt",           "tls",       "ssl",         "dns",
            "cdn",           "vpn",       "proxy",       "gateway",
            "loadbalancer",  "ingress",   "service",     "pod",
            "deployment",    "namespace", "helm",        "terraform",
            "ansible",       "jenkins",   "ci",          "cd",
            "devops",        "sre",       "oncall",      "postmortem",
            "okr",           "kpi",       "review",      "refactor",
            "test",          "unit",      "integration", "coverage",
            "mock",          "stub",      "debug",       "gdb",
            "lldb",          "valgrind",  "asan",        "tsan",
            "clang",         "gcc",       "llvm",        "wasm",
            "gpu",           "cuda",      "tensor",      "pytorch",
            "model",         "train",     "inference",   "embedding",
            "vector",        "llm",       "gpt",         "bert",
            "transformer",   "attention", "paper",       "arxiv",
        };
        static const QStringList words = [] {
            QStringList list;
            for (const char *word : latin)
                list.append(QLatin1String(word));
            return list;
        }();
        return words;
    }

    QString sentence()
    {
        QString s;
        const int n = 6 + int(m_random.bounded(15));
        for (int i = 0; i < n; ++i) {
            s += m_words[pick(m_wordCumulative)];
            if (m_random.bounded(100) < 8) {
                const QString &latin =
                    latinWords()[int(m_random.bounded(int(latinWords().size())))];
                s += m_random.bounded(2) ? QStringLiteral(" %1 ").arg(latin) : latin;
            }
        }
        if (s.size() > 2 && m_random.bounded(10) == 0) // a line break inside a sentence
            s.insert(1 + int(m_random.bounded(int(s.size()) - 1)), QLatin1Char('\n'));
        static const QString ends = QStringLiteral("。，；！？");
        return s + ends[int(m_random.bounded(int(ends.size())))];
    }

    QString title() { return sentence().left(12).trimmed(); }

    QString body()
    {
        QString text;
        const int target = 900 + int(m_random.bounded(1200));
        int bytes = 0;
        while (bytes < target) {
            const QString s = sentence();
            text += s;
            bytes += int(s.toUtf8().size());
            if (m_random.bounded(100) < 15)
                text += QStringLiteral("\n\n");
        }
        return text;
    }

    QRandomGenerator &random() { return m_random; }

private:
    static std::vector<double> cumulative(const std::vector<double> &weights)
    {
        std::vector<double> sums(weights.size());
        double total = 0;
        for (size_t i = 0; i < weights.size(); ++i)
            sums[i] = total += weights[i];
        return sums;
    }

    int pick(const std::vector<double> &sums)
    {
        const double r = m_random.generateDouble() * sums.back();
        return int(std::lower_bound(sums.begin(), sums.end(), r) - sums.begin());
    }

    QRandomGenerator m_random;
    QString m_characters;
    QStringList m_words;
    std::vector<double> m_wordCumulative;
};

} // namespace waypoint::bench
