#include "app/library/detailpane.h"

#include "app/library/illustrationview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace patella {

DetailPane::DetailPane(const QString& prefix, Parts parts, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("Detail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(content);
    m_title->setObjectName(prefix + QStringLiteral("Title"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(prefix + QStringLiteral("Subtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    if (parts.testFlag(StartButton)) {
        m_start = new QPushButton(tr("Start"), content);
        m_start->setObjectName(prefix + QStringLiteral("StartButton"));
        m_start->setDefault(false);
        header->addWidget(m_start, 0, Qt::AlignTop);
        connect(m_start, &QPushButton::clicked, this, [this] {
            if (!m_id.isEmpty())
                emit startRequested(m_id);
        });
    }
    layout->addLayout(header);

    if (parts.testFlag(Illustration)) {
        m_illustration = new IllustrationView(content);
        m_illustration->setObjectName(prefix + QStringLiteral("Illustration"));
        m_illustration->setMinimumHeight(220);
        m_illustration->setMaximumHeight(340);
        layout->addWidget(m_illustration);
    }

    m_text = new QLabel(content);
    m_text->setObjectName(prefix + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_text);
    layout->addStretch(1);

    scroll->setWidget(content);
    outer->addWidget(scroll);
    setStartAvailable(false);
}

void DetailPane::showEntry(const QString& id, const QString& title, const QString& subtitle, const QString& html,
                           const QString& illustration)
{
    m_id = id;
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_text->setText(html);
    if (m_illustration) {
        m_illustration->setIllustration(illustration);
        m_illustration->setVisible(true);
    }
    setStartAvailable(m_startAvailable, m_whyNot);
}

void DetailPane::clear(const QString& emptyText)
{
    m_id.clear();
    m_title->setText(emptyText);
    m_subtitle->clear();
    m_subtitle->setVisible(false);
    m_text->clear();
    if (m_illustration)
        m_illustration->setVisible(false);
    setStartAvailable(m_startAvailable, m_whyNot);
}

void DetailPane::setStartAvailable(bool available, const QString& whyNot)
{
    m_startAvailable = available;
    m_whyNot = whyNot;
    if (!m_start)
        return;
    m_start->setVisible(true);
    m_start->setEnabled(available && !m_id.isEmpty());
    m_start->setToolTip(available ? tr("Start a guided session") : whyNot);
}

} // namespace patella
