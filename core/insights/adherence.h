#pragma once

#include "core/insights/insight.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>

// Sessions per ISO week against the programme's weekly target, the current streak, and the guide's
// note that stride comfort usually picks up within 2-3 weeks of consistent stretching.
// Only completed sessions count.
namespace patella {

struct WeekAdherence
{
    QDate weekStart; // Monday of the ISO week
    int completed = 0;
    int target = 0;
    bool onTarget = false; // completed >= target (a target of 0 or less is always met)
};

// The last `weeks` ISO weeks up to and including the one holding reference, oldest first.
QList<WeekAdherence> weeklyAdherence(const QList<SessionRecord>& sessions, QDate reference, int target, int weeks = 8);

// Days in a row, ending today, with at least one completed session. Today counts once it is done; a today
// not yet done does not break the streak (it then ends yesterday).
int currentStreak(const QList<SessionRecord>& sessions, QDate reference);

// Consecutive ISO weeks on target, counted back from last week; the current week adds one once it is on
// target already (it cannot break the run while it is still going).
int consistentWeeks(const QList<SessionRecord>& sessions, QDate reference, int target);

struct Adherence
{
    QList<WeekAdherence> weeks;
    int target = 0;
    int streakDays = 0;
    int consistentWeeks = 0;
};

Adherence adherence(const QList<SessionRecord>& sessions, QDate reference, int target, int weeks = 8);

// "2 of 3 sessions this week.", "A 5-day streak.", and the 2-3 week expectation.
QString describeWeek(const WeekAdherence& week);
QString describeStreak(int days);
QString describeExpectation(int consistentWeeks);

// Info, always: this week, the streak and the expectation.
Insight adherenceInsight(const Adherence& adherence, QDate reference);

} // namespace patella
