#include "app/library/entrydelegate.h"

#include <QApplication>
#include <QListView>
#include <QPainter>

namespace patella {

namespace {

constexpr int kPadding = 8;
constexpr int kGap = 10;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont subtitleFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

} // namespace

EntryDelegate::EntryDelegate(QListView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

EntryDelegate::Layout EntryDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index,
                                               int width) const
{
    Layout layout;
    const QSize iconSize = index.data(Qt::DecorationRole).isNull() ? QSize() : m_view->iconSize();
    int left = kPadding;
    if (iconSize.isValid()) {
        layout.icon = QRect(QPoint(left, kPadding), iconSize);
        left += iconSize.width() + kGap;
    }
    const int textWidth = std::max(40, width - left - kPadding);
    const int flags = Qt::TextWordWrap;
    const QRect title = QFontMetrics(titleFont(option.font))
                            .boundingRect(QRect(0, 0, textWidth, 10000), flags, index.data(Qt::DisplayRole).toString());
    layout.title = QRect(left, kPadding, textWidth, title.height());
    const QString subtitle = index.data(SubtitleRole).toString();
    int bottom = layout.title.bottom() + 1;
    if (!subtitle.isEmpty()) {
        const QRect sub
            = QFontMetrics(subtitleFont(option.font)).boundingRect(QRect(0, 0, textWidth, 10000), flags, subtitle);
        layout.subtitle = QRect(left, bottom + 2, textWidth, sub.height());
        bottom = layout.subtitle.bottom() + 1;
    }
    layout.height = std::max(bottom, layout.icon.isValid() ? layout.icon.bottom() + 1 : 0) + kPadding;
    return layout;
}

QSize EntryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view->viewport()->width();
    return {width, layoutFor(option, index, width).height};
}

void EntryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(option, index, option.rect.width());
    const QPoint origin = option.rect.topLeft();
    painter->save();
    if (layout.icon.isValid()) {
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, layout.icon.translated(origin));
    }
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    painter->setFont(titleFont(option.font));
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(layout.title.translated(origin), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    if (layout.subtitle.isValid()) {
        QColor muted = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        muted.setAlphaF(selected ? 0.85f : 0.62f);
        painter->setFont(subtitleFont(option.font));
        painter->setPen(muted);
        painter->drawText(layout.subtitle.translated(origin), Qt::TextWordWrap, index.data(SubtitleRole).toString());
    }
    painter->restore();
}

} // namespace patella
