#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <optional>

namespace waypoint::test {

// A QAbstractItemModelTester for the whole life of a model that loads rows
// lazily (canFetchMore/fetchMore) and is also reset. Qt 6.4's tester runs its
// checks, fetchMore included, from its own modelReset handler before it
// counts the reset as over, and so takes the rows that fetch inserts for a
// second change in flight. Here the tester is put down when a reset begins,
// and a fresh one, which checks the whole model at once, is attached when it
// ends; between resets every insert, removal, move and change is checked.
class LazyModelTester
{
public:
    explicit LazyModelTester(QAbstractItemModel *model)
        : m_model(model)
    {
        // Connected before the tester is, so these run before its own handlers.
        m_aboutToReset = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset,
                                          [this] { m_tester.reset(); });
        m_reset = QObject::connect(model, &QAbstractItemModel::modelReset, [this] { attach(); });
        attach();
    }
    ~LazyModelTester()
    {
        QObject::disconnect(m_aboutToReset);
        QObject::disconnect(m_reset);
    }
    LazyModelTester(const LazyModelTester &) = delete;
    LazyModelTester &operator=(const LazyModelTester &) = delete;

private:
    void attach()
    {
        m_tester.emplace(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    QAbstractItemModel *m_model;
    std::optional<QAbstractItemModelTester> m_tester;
    QMetaObject::Connection m_aboutToReset;
    QMetaObject::Connection m_reset;
};

} // namespace waypoint::test
