#include "core/session/sessionplan.h"

#include <QCoreApplication>

namespace patella {
namespace {

Error itemError(qsizetype index, const char* field, const char* message)
{
    return Error {QStringLiteral("items[%1].").arg(index) + QLatin1String(field),
                  QCoreApplication::translate("SessionPlan", message)};
}

QList<StepSide> sidesOf(const PlannedItem& item)
{
    switch (item.sides.value_or(defaultSides(item.exercise))) {
    case ItemSides::LeftThenRight:
        return {StepSide::Left, StepSide::Right};
    case ItemSides::LeftOnly:
        return {StepSide::Left};
    case ItemSides::RightOnly:
        return {StepSide::Right};
    case ItemSides::Both:
        break;
    }
    return {StepSide::None};
}

} // namespace

Result<void> validatePlannedItems(const QList<PlannedItem>& items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlannedItem& item = items.at(i);
        if (item.exercise.id.isEmpty())
            return itemError(i, "exercise.id", QT_TRANSLATE_NOOP("SessionPlan", "The exercise has no id."));
        if (item.dose.sets < 1)
            return itemError(i, "dose.sets", QT_TRANSLATE_NOOP("SessionPlan", "At least one set is needed."));
        if (item.dose.restSeconds < 0)
            return itemError(i, "dose.restSeconds", QT_TRANSLATE_NOOP("SessionPlan", "Rest cannot be negative."));
        if (item.exercise.dose.type == DoseType::Hold && item.dose.holdSeconds < 1)
            return itemError(i, "dose.holdSeconds",
                             QT_TRANSLATE_NOOP("SessionPlan", "A hold needs at least one second."));
        if (item.exercise.dose.type == DoseType::Reps && item.dose.reps < 1)
            return itemError(i, "dose.reps", QT_TRANSLATE_NOOP("SessionPlan", "A set needs at least one rep."));
        if (item.restAfterSeconds < 0 || (item.getReadySeconds && *item.getReadySeconds < 0))
            return itemError(i, "restAfterSeconds", QT_TRANSLATE_NOOP("SessionPlan", "Pauses cannot be negative."));
    }
    return {};
}

QList<SessionStep> buildSessionSteps(const QList<PlannedItem>& items, const SessionTiming& timing)
{
    QList<SessionStep> steps;
    int workCount = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlannedItem& item = items.at(i);
        const QList<StepSide> sides = sidesOf(item);
        const qsizetype parts = item.useParts ? qMax<qsizetype>(1, item.exercise.dose.parts.size()) : 1;
        const bool reps = item.exercise.dose.type == DoseType::Reps;
        const int sets = qMax(1, item.dose.sets);

        SessionStep base;
        base.itemIndex = int(i);

        for (int set = 1; set <= sets; ++set) {
            for (qsizetype s = 0; s < sides.size(); ++s) {
                SessionStep lead = base;
                lead.side = sides.at(s);
                lead.set = set;
                if (set == 1 && s == 0) {
                    lead.kind = SessionPhase::GetReady;
                    lead.durationMs
                        = item.getReadySeconds ? qint64(*item.getReadySeconds) * 1000 : qint64(timing.getReady.count());
                    steps.append(lead);
                } else if (s > 0) {
                    lead.kind = SessionPhase::Switch;
                    lead.durationMs = timing.switchSides.count();
                    steps.append(lead);
                } else if (item.dose.restSeconds > 0) {
                    lead.kind = SessionPhase::Rest;
                    lead.durationMs = qint64(item.dose.restSeconds) * 1000;
                    steps.append(lead);
                } else if (sides.size() > 1) {
                    // No rest asked for, but the runner still has to change back to the first side.
                    lead.kind = SessionPhase::Switch;
                    lead.durationMs = timing.switchSides.count();
                    steps.append(lead);
                }

                for (qsizetype p = 0; p < parts; ++p) {
                    SessionStep work = lead;
                    work.part = int(p);
                    work.workIndex = workCount++;
                    if (reps) {
                        work.kind = SessionPhase::Reps;
                        work.reps = item.dose.reps;
                        work.tempoSeconds = item.exercise.dose.tempoSeconds;
                        const qint64 perRep = work.tempoSeconds > 0 ? qint64(work.tempoSeconds) * 1000
                                                                    : qint64(timing.repFallback.count());
                        work.durationMs = perRep * work.reps;
                    } else {
                        work.kind = SessionPhase::Hold;
                        work.durationMs = qint64(item.dose.holdSeconds) * 1000;
                    }
                    steps.append(work);
                }

                if (set == sets) {
                    SessionStep check = lead;
                    check.kind = SessionPhase::PainCheck;
                    check.durationMs = 0;
                    check.painWorkIndex = workCount - 1;
                    steps.append(check);
                }
            }
        }
        if (item.restAfterSeconds > 0 && i + 1 < items.size()) {
            SessionStep rest = base;
            rest.kind = SessionPhase::Rest;
            rest.side = sides.constLast();
            rest.set = sets;
            rest.durationMs = qint64(item.restAfterSeconds) * 1000;
            steps.append(rest);
        }
    }
    return steps;
}

qint64 plannedDurationMs(const QList<SessionStep>& steps)
{
    qint64 total = 0;
    for (const SessionStep& step : steps)
        total += step.durationMs;
    return total;
}

qint64 plannedDurationMs(const QList<PlannedItem>& items, const SessionTiming& timing)
{
    return plannedDurationMs(buildSessionSteps(items, timing));
}

} // namespace patella
