#include "Screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEvent>
#include <QImage>
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

QString saveScreenshot(QWidget *window, const QString &file, const std::function<bool()> &ready)
{
    PaintWatcher watcher;
    window->installEventFilter(&watcher);
    const QDeadlineTimer deadline(30000);
    while (!(window->windowHandle() && window->windowHandle()->isExposed() && watcher.painted &&
             (!ready || ready())) &&
           !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    window->removeEventFilter(&watcher);
    if (!watcher.painted)
        return QCoreApplication::translate("Screenshot", "The window was never painted.");
    if (ready && !ready())
        return QCoreApplication::translate("Screenshot", "The preview did not finish rendering.");
    // The web view draws its frames a little after the page reports that it
    // has rendered: take the picture once two grabs in a row agree.
    QImage picture = window->grab().toImage();
    const QDeadlineTimer settle(5000);
    while (!settle.hasExpired()) {
        const QDeadlineTimer pause(150);
        while (!pause.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QImage again = window->grab().toImage();
        const bool stable = again == picture;
        picture = again;
        if (stable)
            break;
    }
    if (picture.isNull() || !picture.save(file, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write %1.")
            .arg(QDir::toNativeSeparators(file));
    return {};
}

} // namespace waypoint
