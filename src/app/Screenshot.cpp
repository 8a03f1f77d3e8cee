#include "Screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

namespace waypoint {

namespace {

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString saveScreenshot(QWidget *window, const QString &file)
{
    PaintWatcher watcher;
    window->installEventFilter(&watcher);
    const QDeadlineTimer deadline(30000);
    while (!(window->windowHandle() && window->windowHandle()->isExposed() && watcher.painted)
           && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    window->removeEventFilter(&watcher);
    if (!watcher.painted)
        return QCoreApplication::translate("Screenshot", "The window was never painted.");
    // Let queued work (models filling in, layouts settling) finish first.
    QCoreApplication::processEvents();
    const QPixmap picture = window->grab();
    if (picture.isNull() || !picture.save(file, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write %1.")
            .arg(QDir::toNativeSeparators(file));
    return {};
}

} // namespace waypoint
