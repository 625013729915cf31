#include "app/today/journalerrorbanner.h"

#include "core/store/journalstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace patella {

JournalErrorBanner::JournalErrorBanner(JournalStore& store, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("journalError"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("journalErrorText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("journalRetry"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    setAccessibleName(tr("Journal error"));

    connect(m_retry, &QPushButton::clicked, this, [this] {
        (void)m_store.recheck(); // success re-reads every view; failure keeps the fault, shown again below
        showFault();
    });
    connect(&m_store, &JournalStore::readFailed, this, &JournalErrorBanner::showFault);
    connect(&m_store, &JournalStore::changed, this, &JournalErrorBanner::showFault);
    showFault();
}

void JournalErrorBanner::showFault()
{
    const auto fault = m_store.readFault();
    setVisible(fault.has_value());
    if (fault)
        m_text->setText(fault->message);
}

} // namespace patella
