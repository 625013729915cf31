#include "app/progress/chartcard.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace patella {

ChartCard::ChartCard(const QString& title, QWidget* content, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_content(content)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_reasonsArea(new QScrollArea(this))
    , m_helpButton(new QToolButton(this))
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("chartTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);

    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setText(tr("?"));
    m_helpButton->setToolTip(tr("What this chart's rule means, and its sources"));
    m_helpButton->setAccessibleName(tr("Help on %1").arg(title));
    m_helpButton->hide();
    connect(m_helpButton, &QToolButton::clicked, this, &ChartCard::showHelp);

    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Save as PNG…"));
    exportButton->setToolTip(tr("Save this chart as a picture, for instance to show your physiotherapist"));
    exportButton->setAccessibleName(tr("Save %1 as PNG").arg(title));
    connect(exportButton, &QToolButton::clicked, this, &ChartCard::chooseExportFile);

    auto* header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch(1);
    header->addWidget(m_helpButton);
    header->addWidget(exportButton);

    // A chart is a picture to a screen reader: it reads the chart's name and, as its description, the same
    // summary in words that sits beside it.
    m_content->setAccessibleName(tr("Chart: %1").arg(title));

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);

    m_reasons->setObjectName(QStringLiteral("insightText"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonsArea->setObjectName(QStringLiteral("insightScroll"));
    m_reasonsArea->setWidget(m_reasons);
    m_reasonsArea->setWidgetResizable(true);
    m_reasonsArea->setFrameShape(QFrame::NoFrame);
    m_reasonsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reasonsArea->setMinimumWidth(200); // the text column gives way before the charts do
    m_reasonsArea->setMaximumWidth(300);

    auto* body = new QHBoxLayout;
    body->addWidget(m_stack, 1);
    body->addWidget(m_reasonsArea);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(header);
    column->addLayout(body, 1);
}

void ChartCard::setReasons(const QStringList& reasons)
{
    m_reasonList = reasons;
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("What it shows").toHtmlEscaped());
    for (const QString& reason : reasons)
        html += QStringLiteral("<p>%1</p>").arg(reason.toHtmlEscaped());
    m_reasons->setText(html);
    m_reasonsArea->setVisible(!reasons.isEmpty());
    m_content->setAccessibleDescription(reasons.join(QLatin1Char(' ')));
}

void ChartCard::setHelp(const QString& text)
{
    m_help = text;
    m_helpButton->setVisible(!text.isEmpty());
}

void ChartCard::setEmptyText(const QString& emptyText)
{
    m_empty->setText(emptyText);
    m_stack->setCurrentWidget(emptyText.isEmpty() ? m_content : static_cast<QWidget*>(m_empty));
}

bool ChartCard::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool ChartCard::exportPng(const QString& path) const
{
    return m_content->grab().save(path, "PNG");
}

void ChartCard::showHelp()
{
    auto* box = new QMessageBox(QMessageBox::Information, m_title, m_help, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void ChartCard::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested
        = QDir(folder).filePath(m_title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".png"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Save chart as PNG"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace patella
