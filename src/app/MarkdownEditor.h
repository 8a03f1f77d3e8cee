#pragma once

#include <QPlainTextEdit>
#include <functional>

namespace waypoint {

// The text editor with the writing aids Markdown writers expect: lists and
// quotes continue on Enter, Tab/Shift+Tab nest list items, a task box
// toggles with a key, zoom, and a pasted or dropped image becomes an
// attachment linked where it was put.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Stores an image and returns its Markdown target (attachment:<sha256>),
    // or an empty string with *error set.
    using ImageStore = std::function<QString(const QByteArray &data, const QString &mime,
                                             const QString &name, QString *error)>;

    explicit MarkdownEditor(QWidget *parent = nullptr);

    void setImageStore(ImageStore store) { m_storeImage = std::move(store); }
    // Tells whether a 0-based line is inside fenced or indented code, where
    // Enter does not continue lists.
    void setCodeLineTest(std::function<bool(int line)> test) { m_isCodeLine = std::move(test); }
    // Inserts a Markdown image for each image file; false if none was stored.
    bool insertImageFiles(const QStringList &paths);

    // 1-based source line at the top of the view, with the fraction scrolled past.
    double topLine() const;
    // Scrolls so that this 1-based (fractional) line is at the top.
    void scrollToLine(double line);

    // Images (pasted pictures or image files) are taken as well as text.
    bool canInsertFromMimeData(const QMimeData *source) const override;

public slots:
    void toggleTask();
    void zoomInText();
    void zoomOutText();
    void resetZoom();

signals:
    void imageFailed(const QString &message);
    void zoomChanged(int steps);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool continueList();
    bool indentLines(bool outdent);
    bool insertImage(const QByteArray &data, const QString &mime, const QString &name);
    void applyZoom(int steps);

    ImageStore m_storeImage;
    std::function<bool(int)> m_isCodeLine;
    int m_zoom = 0;
    int m_wheelSteps = 0; // eighths of a degree, for touchpads that scroll finely
    qreal m_basePointSize = 0;
};

} // namespace waypoint
