#include "SearchPanel.h"

#include "models/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace waypoint {

namespace {

constexpr int pauseMs = 120; // search after this much quiet in the field
constexpr int refreshDelayMs = 500; // autosaves come about once a second
constexpr int snippetWidthEm = 24;

void layOutSnippet(QTextDocument &document, const QModelIndex &index, const QFont &font, int width,
                   const QColor &text)
{
    QString html = index.data(SearchResultModel::SnippetRole).toString();
    html.replace(QStringLiteral("<mark>"),
                 QStringLiteral("<span style=\"background-color:#ffe58f;color:#000\">"));
    html.replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    document.setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
    document.setTextWidth(width);
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search entries (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * snippetWidthEm);

    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(&m_pause, &QTimer::timeout, this, &SearchPanel::searchNow);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &SearchPanel::refresh);
    connect(m_results, &QListView::activated, this, &SearchPanel::choose);
    connect(m_results, &QListView::clicked, this, &SearchPanel::choose);
    showStatus();
}

void SearchPanel::setModel(SearchResultModel *model)
{
    m_model = model;
    m_results->setModel(model);
    if (model) {
        connect(model, &SearchResultModel::searched, this, [this] {
            if (m_model->rowCount() > 0)
                m_results->setCurrentIndex(m_model->index(0, 0));
            showStatus();
        });
        if (!m_field->text().trimmed().isEmpty())
            searchNow();
    }
    showStatus();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::searchNow()
{
    m_pause.stop();
    if (m_model && m_model->queryText() != m_field->text())
        m_model->setQueryText(m_field->text());
    showStatus();
}

void SearchPanel::refreshSoon()
{
    if (m_model && !m_model->queryText().trimmed().isEmpty())
        m_refresh.start();
}

void SearchPanel::refresh()
{
    if (!m_model || m_model->queryText().trimmed().isEmpty())
        return;
    const QModelIndex current = m_results->currentIndex();
    const QVariant id = current.isValid() ? current.data(SearchResultModel::IdRole) : QVariant();
    m_model->setQueryText(m_model->queryText());
    for (int row = 0; id.isValid() && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SearchResultModel::IdRole) == id) {
            m_results->setCurrentIndex(index);
            break;
        }
    }
}

void SearchPanel::showStatus()
{
    QString text;
    if (!m_model) {
        text = tr("No journal is open.");
    } else if (!m_model->error().isEmpty()) {
        text = m_model->error();
    } else if (!m_field->text().trimmed().isEmpty() && m_model->queryText() == m_field->text()) {
        const int count = m_model->rowCount();
        text = count == 0                               ? tr("No entries found.")
               : count >= SearchResultModel::maxResults ? tr("The best %n entries:", nullptr, count)
                                                        : tr("%n entries found:", nullptr, count);
    } else {
        text = tr("Words, \"a phrase\", OR, -word, tag:name, from:2021-01-01, to:2021-12-31, "
                  "title:word");
    }
    m_status->setText(text);
}

void SearchPanel::choose(const QModelIndex &index)
{
    if (index.isValid())
        emit entryChosen(index.data(SearchResultModel::IdRole).toLongLong());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        emit left();
        return true;
    }
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    switch (key->key()) {
    case Qt::Key_Down:
        if (rows > 0)
            m_results->setCurrentIndex(m_model->index(qMin(row + 1, rows - 1), 0));
        return true;
    case Qt::Key_Up:
        if (rows > 0)
            m_results->setCurrentIndex(m_model->index(qMax(row - 1, 0), 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        searchNow();
        if (m_model && m_model->rowCount() > 0) {
            const QModelIndex current = m_results->currentIndex();
            choose(current.isValid() ? current : m_model->index(0, 0));
        }
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(6, 4, -6, -4);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QString date = index.data(SearchResultModel::DateRole).toDate().toString(Qt::ISODate);
    painter->save();
    painter->setPen(text);
    painter->setFont(option.font);
    painter->drawText(area.topLeft() + QPoint(0, metrics.ascent()), date);
    const int dateWidth = QFontMetrics(option.font).horizontalAdvance(date + QStringLiteral("  "));
    painter->setFont(bold);
    painter->drawText(area.topLeft() + QPoint(dateWidth, metrics.ascent()),
                      metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                         area.width() - dateWidth));
    QTextDocument snippet;
    layOutSnippet(snippet, index, option.font, area.width(), text);
    painter->translate(area.left(), area.top() + metrics.height() + 2);
    snippet.drawContents(painter);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() - 12 : 300;
    QTextDocument snippet;
    layOutSnippet(snippet, index, option.font, width, Qt::black);
    return QSize(width + 12,
                 QFontMetrics(option.font).height() + 2 + int(snippet.size().height()) + 10);
}

} // namespace waypoint
