#include "core/report/reportrules.h"

#include "core/catalog/journalprogramme.h"
#include "core/model/painband.h"

#include <QCoreApplication>

namespace patella {

ReportProgramme reportProgramme(JournalStore& store, QDate today, QDate start)
{
    // The same phase as Today and Progress: the core's rule over the journal's last two weeks.
    const auto status = readProgrammeStatus(store, today, start);
    const ProgrammeStatus known = status ? status.value() : programmeStatus(today, start, {});
    return ReportProgramme {known.week, known.phase};
}

ReportBand bandOf(int score)
{
    switch (painBand(score)) {
    case PainBand::Safe:
        return ReportBand::Safe;
    case PainBand::Acceptable:
        return ReportBand::Acceptable;
    case PainBand::TooMuch:
        break;
    }
    return ReportBand::TooMuch;
}

QString safeBandText()
{
    return bandRange(PainBand::Safe);
}

QString bandsText()
{
    return QStringLiteral("%1, %2, %3")
        .arg(bandLabel(PainBand::Safe), bandLabel(PainBand::Acceptable), bandLabel(PainBand::TooMuch));
}

QStringList bandLabels()
{
    return {bandLabel(PainBand::Safe), bandLabel(PainBand::Acceptable), bandLabel(PainBand::TooMuch)};
}

std::optional<double> runCadence(const Run& run)
{
    return run.cadenceSpm; // from the imported file (steps per minute); runs typed by hand have none
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
