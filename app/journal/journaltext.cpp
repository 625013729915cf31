#include "app/journal/journaltext.h"

#include <QCoreApplication>
#include <QLocale>

namespace patella::journaltext {
namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("JournalText", text);
}

} // namespace

QString situation(PainSituation situation)
{
    switch (situation) {
    case PainSituation::DuringRun:
        return t("During a run");
    case PainSituation::AfterRun:
        return t("After a run");
    case PainSituation::Stairs:
        return t("On stairs");
    case PainSituation::LongSitting:
        return t("After long sitting");
    case PainSituation::Squatting:
        return t("Squatting");
    case PainSituation::AtRest:
        return t("At rest");
    case PainSituation::AfterSession:
        return t("After a session");
    }
    return {};
}

QString side(Side side)
{
    switch (side) {
    case Side::Left:
        return t("Left");
    case Side::Right:
        return t("Right");
    case Side::Both:
        return t("Both");
    }
    return {};
}

QString flexTest(FlexTest test)
{
    switch (test) {
    case FlexTest::KneeToWall:
        return t("Knee-to-wall");
    case FlexTest::SitAndReach:
        return t("Sit-and-reach");
    case FlexTest::HeelToButtock:
        return t("Heel-to-buttock");
    case FlexTest::HalfKneelingHipFlexor:
        return t("Half-kneeling hip flexor");
    case FlexTest::StraightLegRaise:
        return t("Straight-leg raise");
    }
    return {};
}

QString flexUnit(FlexUnit unit)
{
    switch (unit) {
    case FlexUnit::Centimetres:
        return t("cm");
    case FlexUnit::Degrees:
        return t("degrees");
    case FlexUnit::Tightness:
        return t("tightness 0-10");
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
    return outcome == SessionOutcome::Completed ? t("Completed") : t("Stopped early");
}

QString yesNo(bool value)
{
    return value ? t("Yes") : t("No");
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
