#include "app/journal/journaltext.h"

#include <QCoreApplication>
#include <QLocale>

namespace patella::journaltext {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(JournalText)
};

} // namespace

QString flexUnit(FlexUnit unit)
{
    switch (unit) {
    case FlexUnit::Centimetres:
        return JournalText::tr("cm");
    case FlexUnit::Degrees:
        return JournalText::tr("degrees");
    case FlexUnit::Tightness:
        return JournalText::tr("tightness 0-10");
    }
    return {};
}

QString flexValue(double value, FlexUnit unit)
{
    const QString number = QLocale().toString(value, 'g', 4);
    switch (unit) {
    case FlexUnit::Centimetres:
        return QCoreApplication::translate("JournalText", "%1 cm").arg(number);
    case FlexUnit::Degrees:
        return QCoreApplication::translate("JournalText", "%1°").arg(number);
    case FlexUnit::Tightness:
        return QCoreApplication::translate("JournalText", "%1/10").arg(number);
    }
    return number;
}

QString outcome(SessionOutcome outcome)
{
    return outcome == SessionOutcome::Completed ? JournalText::tr("Completed") : JournalText::tr("Stopped early");
}

QString yesNo(bool value)
{
    return value ? JournalText::tr("Yes") : JournalText::tr("No");
}

QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return format;
}

QString time(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().time(), timeFormat());
}

} // namespace patella::journaltext
