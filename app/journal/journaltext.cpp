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

QString situation(PainSituation situation)
{
    switch (situation) {
    case PainSituation::DuringRun:
        return JournalText::tr("During a run");
    case PainSituation::AfterRun:
        return JournalText::tr("After a run");
    case PainSituation::Stairs:
        return JournalText::tr("On stairs");
    case PainSituation::LongSitting:
        return JournalText::tr("After long sitting");
    case PainSituation::Squatting:
        return JournalText::tr("Squatting");
    case PainSituation::AtRest:
        return JournalText::tr("At rest");
    case PainSituation::AfterSession:
        return JournalText::tr("After a session");
    }
    return {};
}

QString side(Side side)
{
    switch (side) {
    case Side::Left:
        return JournalText::tr("Left");
    case Side::Right:
        return JournalText::tr("Right");
    case Side::Both:
        return JournalText::tr("Both");
    }
    return {};
}

QString flexTest(FlexTest test)
{
    switch (test) {
    case FlexTest::KneeToWall:
        return JournalText::tr("Knee-to-wall");
    case FlexTest::SitAndReach:
        return JournalText::tr("Sit-and-reach");
    case FlexTest::HeelToButtock:
        return JournalText::tr("Heel-to-buttock");
    case FlexTest::HalfKneelingHipFlexor:
        return JournalText::tr("Half-kneeling hip flexor");
    case FlexTest::StraightLegRaise:
        return JournalText::tr("Straight-leg raise");
    }
    return {};
}

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
