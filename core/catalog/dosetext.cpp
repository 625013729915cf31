#include "core/catalog/dosetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace patella {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("catalog", text);
}

QString setCount(int sets)
{
    return sets == 1 ? tr("1 set") : tr("%1 sets").arg(sets);
}

QString range(const IntRange& r)
{
    return r.low == r.high ? QString::number(r.low) : QString::number(r.low) + QChar(0x2013) + QString::number(r.high);
}

QString secondsRange(const IntRange& r)
{
    if (r.low == r.high)
        return describeSeconds(r.low);
    if (r.low % 60 == 0 && r.high % 60 == 0)
        return tr("%1 min").arg(range(IntRange {r.low / 60, r.high / 60}));
    return tr("%1 s").arg(range(r));
}

QString setsText(const IntRange& sets)
{
    if (sets.low == sets.high)
        return setCount(sets.low);
    return tr("%1 sets").arg(range(sets));
}

QString work(const Exercise& exercise, const QString& amount)
{
    const Dose& dose = exercise.dose;
    if (dose.parts.isEmpty())
        return amount;
    QStringList parts;
    for (const DosePart& part : dose.parts)
        parts.append(tr("%1 %2").arg(amount, part.name.toLower()));
    return parts.join(QStringLiteral(" + "));
}

QString assemble(const Exercise& exercise, const QString& amount, const QString& sets)
{
    QStringList pieces {work(exercise, amount)};
    if (!sets.isEmpty())
        pieces.append(sets);
    if (exercise.perSide)
        pieces.append(tr("each side"));
    return pieces.join(QStringLiteral(", "));
}

} // namespace

QString describeSeconds(int seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString describeEstimate(int seconds)
{
    const int minutes = std::max(1, (seconds + 30) / 60);
    return tr("About %1 min").arg(minutes);
}

QString describeDose(const Exercise& exercise)
{
    const Dose& dose = exercise.dose;
    const QString amount
        = dose.type == DoseType::Hold ? secondsRange(dose.holdSeconds) : tr("%1 reps").arg(range(dose.reps));
    // A single set of a single timed block reads better without "1 set".
    const bool oneBlock = dose.sets.low == 1 && dose.sets.high == 1;
    return assemble(exercise, amount, oneBlock ? QString() : setsText(dose.sets));
}

QString describePlannedDose(const Exercise& exercise, const PlannedDose& planned)
{
    const QString amount = exercise.dose.type == DoseType::Hold ? describeSeconds(planned.holdSeconds)
        : planned.reps == 1                                     ? tr("1 rep")
                                                                : tr("%1 reps").arg(planned.reps);
    return assemble(exercise, amount, setCount(planned.sets));
}

QString describeRest(const Exercise& exercise)
{
    if (exercise.dose.restSeconds <= 0 || exercise.dose.sets.high <= 1)
        return {};
    return tr("%1 rest between sets").arg(describeSeconds(exercise.dose.restSeconds));
}

} // namespace patella
