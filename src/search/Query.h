#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace waypoint::search {

// One thing to find, as typed: a word, a run of characters or a phrase.
struct QueryTerm
{
    QString text;
    bool quoted = false;    // "exact phrase": no prefix, no word inside a longer one
    bool titleOnly = false; // title:…

    bool operator==(const QueryTerm &) const = default;
};

// A search as the user typed it. Words are ANDed; OR joins the terms on
// either side; -term excludes; "…" is a phrase; tag:, from:, to: and
// title: filter. A run of Chinese (or Latin and Chinese without a space,
// k8s集群) is one phrase.
struct Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    QList<QList<QueryTerm>> all; // every group must match; a group is alternatives (OR)
    QList<QueryTerm> none;       // no entry with any of these
    QStringList tags;            // entries with every one of these tags
    QStringList excludedTags;
    QDate from, to;
    QString error; // why the query cannot run (a bad date), for the user

    // True when there is nothing to look for and nothing to filter by.
    bool isEmpty() const
    {
        return all.isEmpty() && none.isEmpty() && tags.isEmpty() && excludedTags.isEmpty()
               && !from.isValid() && !to.isValid();
    }

    static Query parse(const QString &text);
};

} // namespace waypoint::search
