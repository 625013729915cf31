#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace patella {

// Draws a Library list row: the thumbnail (if any), the name in bold and a muted subtitle beneath,
// both wrapped to the list's width.
class EntryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDelegate)

public:
    static constexpr int SubtitleRole = Qt::UserRole + 1;

    explicit EntryDelegate(QListView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect icon;
        QRect title;
        QRect subtitle;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;

    QListView* m_view = nullptr;
};

} // namespace patella
