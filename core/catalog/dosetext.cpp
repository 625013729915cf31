#include "core/catalog/dosetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace patella {

namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct DoseWords
{
    Q_DECLARE_TR_FUNCTIONS(catalog)
};

QString setCount(int sets)
{
    return DoseWords::tr("%n set(s)", nullptr, sets);
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
        return DoseWords::tr("%1 min").arg(range(IntRange {r.low / 60, r.high / 60}));
    return DoseWords::tr("%1 s").arg(range(r));
}

QString setsText(const IntRange& sets)
{
    if (sets.low == sets.high)
        return setCount(sets.low);
    return DoseWords::tr("%1 sets").arg(range(sets));
}

// "Straight knee" inside a dose reads "20 s straight knee"; only the first letter drops, so German keeps its
// capital nouns ("20 s gestrecktes Knie").
QString lowerFirst(const QString& name)
{
    return name.isEmpty() ? name : name.left(1).toLower() + name.mid(1);
}

QString work(const Exercise& exercise, const QString& amount)
{
    const Dose& dose = exercise.dose;
    if (dose.parts.isEmpty())
        return amount;
    QStringList parts;
    for (const DosePart& part : dose.parts)
        parts.append(DoseWords::tr("%1 %2").arg(amount, lowerFirst(part.name)));
    return parts.join(QStringLiteral(" + "));
}

QString assemble(const Exercise& exercise, const QString& amount, const QString& sets)
{
    QStringList pieces {work(exercise, amount)};
    if (!sets.isEmpty())
        pieces.append(sets);
    if (exercise.perSide)
        pieces.append(DoseWords::tr("each side"));
    return pieces.join(QStringLiteral(", "));
}

} // namespace

QString describeSeconds(int seconds)
{
    if (seconds < 60)
        return DoseWords::tr("%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return DoseWords::tr("%1 min").arg(seconds / 60);
    return DoseWords::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString describeEstimate(int seconds)
{
    const int minutes = std::max(1, (seconds + 30) / 60);
    return DoseWords::tr("About %1 min").arg(minutes);
}

QString describeDose(const Exercise& exercise)
{
    const Dose& dose = exercise.dose;
    const QString amount
        = dose.type == DoseType::Hold ? secondsRange(dose.holdSeconds) : DoseWords::tr("%1 reps").arg(range(dose.reps));
    // A single set of a single timed block reads better without "1 set".
    const bool oneBlock = dose.sets.low == 1 && dose.sets.high == 1;
    return assemble(exercise, amount, oneBlock ? QString() : setsText(dose.sets));
}

QString describePlannedDose(const Exercise& exercise, const PlannedDose& planned)
{
    const QString amount = exercise.dose.type == DoseType::Hold ? describeSeconds(planned.holdSeconds)
                                                                : DoseWords::tr("%n rep(s)", nullptr, planned.reps);
    return assemble(exercise, amount, setCount(planned.sets));
}

QString describeRest(const Exercise& exercise)
{
    if (exercise.dose.restSeconds <= 0 || exercise.dose.sets.high <= 1)
        return {};
    return DoseWords::tr("%1 rest between sets").arg(describeSeconds(exercise.dose.restSeconds));
}

} // namespace patella
