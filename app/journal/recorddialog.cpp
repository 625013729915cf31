#include "app/journal/recorddialog.h"

#include "app/journal/journaltext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace patella {
namespace {

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

} // namespace

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_general = messageLabel(this);
    m_general->setObjectName(QStringLiteral("storeError"));
    layout->addWidget(m_general);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

RecordDialog::~RecordDialog() = default;

QPushButton* RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RecordDialog::fieldMessage(const QString& key) const
{
    if (QLabel* label = m_messages.value(key); label && label->isVisibleTo(this))
        return label->text();
    if (key.isEmpty() && m_general->isVisibleTo(this))
        return m_general->text();
    return {};
}

void RecordDialog::addField(const char* key, const QString& label, QWidget* field)
{
    const QString name = QString::fromLatin1(key);
    field->setObjectName(name);
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel* message = messageLabel(box);
    message->setObjectName(name + QStringLiteral("Error"));
    column->addWidget(message);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_form->addRow(caption, box);
    m_messages.insert(name, message);
    m_labels.insert(name, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    watch(field);
}

void RecordDialog::addAlias(const char* storeField, const char* key)
{
    m_aliases.insert(QString::fromLatin1(storeField), QString::fromLatin1(key));
}

QLineEdit* RecordDialog::lineEdit(const char* key, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(key));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QDateEdit* RecordDialog::dateEdit(const char* key)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(QString::fromLatin1(key));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QTimeEdit* RecordDialog::timeEdit(QTime time)
{
    auto* edit = new QTimeEdit(QTime(time.hour(), time.minute()), this);
    edit->setDisplayFormat(journaltext::timeFormat());
    return edit;
}

void RecordDialog::fieldEdited(const QString& key)
{
    m_touched.insert(key);
    revalidate();
}

void RecordDialog::watch(QWidget* field)
{
    const QString key = field->objectName();
    auto edited = [this, key] { fieldEdited(key); };
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::textChanged, this, edited);
    else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(field))
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, edited);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    else if (auto* check = qobject_cast<QCheckBox*>(field))
        connect(check, &QCheckBox::toggled, this, edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, edited);
}

bool RecordDialog::shows(const QString& key) const
{
    return m_attempted || m_touched.contains(key);
}

void RecordDialog::revalidate()
{
    for (QLabel* message : std::as_const(m_messages)) {
        message->clear();
        message->setVisible(false);
    }
    m_general->setVisible(false);
    const QList<Error> errors = check();
    for (const Error& error : errors) {
        const QString key = m_aliases.value(error.field, error.field);
        QLabel* message = m_messages.value(key);
        if (!message)
            message = m_general;
        else if (!shows(key))
            continue; // OK stays disabled; the message waits until the field was changed
        if (message->isVisibleTo(this))
            continue; // one message per field: the first says what to fix first
        message->setText(error.message);
        message->setVisible(true);
    }
    okButton()->setEnabled(errors.isEmpty());
}

void RecordDialog::showStoreError(const Error& error)
{
    const QString key = m_aliases.value(error.field, error.field);
    QLabel* message = m_messages.value(key);
    const QString label = m_labels.value(key, error.field);
    const QString text = tr("The journal did not accept this: %1 %2")
                             .arg(label.isEmpty() ? QString() : label + QStringLiteral(":"), error.message);
    QLabel* target = message ? message : m_general;
    target->setText(text.simplified());
    target->setVisible(true);
}

void RecordDialog::submit()
{
    m_attempted = true;
    revalidate();
    if (!okButton()->isEnabled())
        return;
    if (m_submit) {
        if (const auto error = m_submit()) {
            showStoreError(*error);
            return;
        }
    }
    accept();
}

} // namespace patella
