#pragma once

// What the blog tests (tst_blogimport, tst_blogreimport, tst_blogparts,
// tst_blogexport) share: copies of the fixture sites under
// tests/fixtures/blog (see EXPECTED.md there), a fresh journal for every
// test, and importing a folder into it as the command line does.

#include "TestSupport.h"

#include "blog/Importer.h"
#include "core/Journal.h"
#include "sql/Sql.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

namespace waypoint::test {

inline void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            QFile::copy(path, target);
    }
}

inline void setFileDate(const QString &path, QDate date)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(date, QTime(12, 0)), QFileDevice::FileModificationTime));
}

inline int countRows(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

inline const blog::ImportRow *rowFor(const blog::ImportReport &report, const QString &path)
{
    for (const blog::ImportRow &row : report.rows)
        if (row.path == path)
            return &row;
    return nullptr;
}

inline QString sha256Of(const QString &path)
{
    return QString::fromLatin1(test::fileHash(path).toHex());
}

// The fixture of every blog test: the sites copied once, a new journal each test.
class BlogTestCase : public QObject
{
    Q_OBJECT

    static inline const QString fixtures =
        QStringLiteral(WAYPOINT_SOURCE_DIR "/tests/fixtures/blog");

protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    int m_journals = 0;

    QString sitePath(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("sites/") + name);
    }

    std::unique_ptr<Journal> newJournal()
    {
        QString error;
        auto journal = Journal::open(
            m_dir.filePath(QStringLiteral("j%1.waypoint").arg(++m_journals)), {}, &error);
        if (!journal)
            qFatal("%s", qPrintable(error));
        return journal;
    }

    blog::ImportReport import(const QString &path, bool dryRun = false, Journal *journal = nullptr)
    {
        QString error;
        const blog::Site site = blog::Site::detect(path, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        blog::Importer::Options options;
        options.dryRun = dryRun;
        return blog::Importer(journal ? *journal : *m_journal).run(site, options);
    }

    Entry entryFor(const blog::ImportReport &report, const QString &path,
                   Journal *journal = nullptr)
    {
        const blog::ImportRow *row = rowFor(report, path);
        if (!row || row->entryId == 0)
            return {};
        return EntryStore(journal ? *journal : *m_journal).find(row->entryId).value_or(Entry{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        copyTree(fixtures, m_dir.filePath(QStringLiteral("sites")));
        // Git keeps no file times: give the undated posts known ones.
        setFileDate(sitePath(QStringLiteral("hugo/content/posts/no-front-matter.md")),
                    QDate(2015, 5, 5));
        setFileDate(sitePath(QStringLiteral("jekyll/_drafts/a-draft.md")), QDate(2014, 6, 7));
        setFileDate(sitePath(QStringLiteral("hexo/source/_drafts/hexo-draft.md")),
                    QDate(2013, 8, 9));
    }

    void init() { m_journal = newJournal(); }
    void cleanup() { m_journal.reset(); }
};

} // namespace waypoint::test
