#include "core/report/reportrules.h"

#include <QCoreApplication>

namespace patella {

ReportProgramme reportProgramme(JournalStore&, QDate today, QDate start)
{
    return ReportProgramme {programmeWeek(today, start), programmePhase(today, start, false)};
}

ReportBand bandOf(int score)
{
    if (score <= kSafePainMax)
        return ReportBand::Safe;
    if (score <= kAcceptablePainMax)
        return ReportBand::Acceptable;
    return ReportBand::TooMuch;
}

QString safeBandText()
{
    return QStringLiteral("0-%1").arg(kSafePainMax);
}

QString bandsText()
{
    return QCoreApplication::translate("PhysioReport", "0-%1 safe, %2-%3 acceptable, %4-10 too much")
        .arg(kSafePainMax)
        .arg(kSafePainMax + 1)
        .arg(kAcceptablePainMax)
        .arg(kAcceptablePainMax + 1);
}

QStringList bandLabels()
{
    return {
        QCoreApplication::translate("PhysioReport", "0-%1 safe").arg(kSafePainMax),
        QCoreApplication::translate("PhysioReport", "%1-%2 acceptable").arg(kSafePainMax + 1).arg(kAcceptablePainMax),
        QCoreApplication::translate("PhysioReport", "%1-10 too much").arg(kAcceptablePainMax + 1)};
}

std::optional<double> runCadence(const Run&)
{
    return std::nullopt; // runs carry no cadence yet
}

bool flexLowerIsBetter(FlexTest test, FlexUnit unit)
{
    return unit == FlexUnit::Tightness || test == FlexTest::HeelToButtock;
}

QString flexBetterDirection(FlexTest test, FlexUnit unit)
{
    return flexLowerIsBetter(test, unit) ? QCoreApplication::translate("PhysioReport", "lower = more flexible")
                                         : QCoreApplication::translate("PhysioReport", "higher = more flexible");
}

} // namespace patella
