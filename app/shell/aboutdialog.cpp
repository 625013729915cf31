#include "app/shell/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace patella {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Patella"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/patella.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("<h2>Patella %1</h2>").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    auto* summary = new QLabel(tr("A recovery companion for runners with runner's knee (patellofemoral pain): "
                                  "guided stretching and strength sessions, a pain and running journal, and "
                                  "charts that show whether the knee is getting better."),
                               this);
    summary->setWordWrap(true);
    auto* medical = new QLabel(tr("<b>Medical note.</b> Patella informs and reminds; it does not diagnose or "
                                  "treat, and it does not replace a physiotherapist or a doctor. Mild tension "
                                  "during a stretch is fine; sharp pain means stop. If pain spikes, lingers, "
                                  "or the knee swells, gives way or locks, see a physiotherapist."),
                               this);
    medical->setObjectName(QStringLiteral("aboutMedicalNote"));
    medical->setWordWrap(true);
    auto* privacy = new QLabel(tr("Your journal stays on this computer: Patella makes no network connections "
                                  "and collects no usage data."),
                               this);
    privacy->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(6);
    text->addWidget(medical);
    text->addSpacing(6);
    text->addWidget(privacy);
    text->addStretch();

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace patella
