#include "app/ui/lazypage.h"

#include <QVBoxLayout>

namespace patella {

LazyPage::LazyPage(const QString& objectName, Builder build, QWidget* parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::page()
{
    if (!m_page) {
        m_page = m_build(this);
        layout()->addWidget(m_page);
        // Built while this slot is being shown, the page missed the show that went to the children: show it
        // now, or it would stay hidden until the layout's queued show (a hidden parent keeps it hidden).
        m_page->show();
        setFocusProxy(m_page);
        const auto pending = std::exchange(m_pending, {});
        for (const auto& then : pending)
            then(m_page);
        emit built(m_page);
    }
    return m_page;
}

void LazyPage::whenBuilt(std::function<void(QWidget* page)> then)
{
    if (m_page)
        then(m_page);
    else
        m_pending.append(std::move(then));
}

void LazyPage::showEvent(QShowEvent* event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace patella
