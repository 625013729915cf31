#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): the average of a
// round's scores and each activity's own line, with the change usually taken as meaningful: about 2 points
// in the average, 3 for one activity (clinical notes). Higher is better (10 = as well as before).
namespace patella {

constexpr double kPsfsMeaningfulAverageChange = 2.0;
constexpr double kPsfsMeaningfulActivityChange = 3.0;

// True when a change reaches the meaningful size (exactly 2.0 counts, as "about 2 points" is the bar).
bool isMeaningfulPsfsAverageChange(double change);
bool isMeaningfulPsfsActivityChange(double change);

struct PsfsPoint
{
    QDate date;
    double value = 0.0;
};

struct PsfsRoundAverage
{
    QDate date;
    double average = 0.0; // mean of the scores given that day
    int activities = 0; // how many were scored
};

struct PsfsActivityTrend
{
    PsfsActivity activity;
    QList<PsfsPoint> scores; // oldest first, within the range
    std::optional<double> first;
    std::optional<double> last;
    std::optional<double> change; // last - first; positive is better
    bool meaningful = false; // |change| >= 3
};

struct PsfsSummary
{
    QList<PsfsRoundAverage> rounds; // oldest first, within the range
    QList<PsfsActivityTrend> activities; // every activity scored in the range, in the order they were added
    std::optional<double> firstAverage;
    std::optional<double> lastAverage;
    std::optional<double> change; // lastAverage - firstAverage; positive is better
    bool meaningful = false; // |change| >= 2
    bool isEmpty() const { return rounds.isEmpty(); }
};

// The rounds and activity lines between range.from and range.to (inclusive; an invalid bound is open).
PsfsSummary summarizePsfs(const QList<PsfsActivity>& activities, const QList<PsfsScore>& scores, QDate from = {},
                          QDate to = {});

// Whether the check-in of the week holding today asks the scale: always when there is no round yet or every
// week is chosen; with every two weeks, when the last round lies two ISO weeks back or more.
bool psfsDue(std::optional<QDate> lastRound, QDate today, int everyWeeks);

// What Today's week card says when the scale moved: the latest round, within the last 14 days of today, set
// against the round before it and against the first. Nullopt when there are fewer than two rounds, the
// latest is older, or the average did not change.
struct PsfsMove
{
    QDate date;
    double average = 0.0;
    double sincePrevious = 0.0;
    QDate previousDate;
    double sinceFirst = 0.0;
    QDate firstDate;
    bool meaningfulSinceFirst = false;
};
std::optional<PsfsMove> psfsMove(const PsfsSummary& summary, QDate today);

// The summary in words, most important first: the average's first and last round and its change (meaningful
// or not), then each activity that changed by 3 points or more. Empty for an empty summary.
QStringList describePsfs(const PsfsSummary& summary);

// What the scale is and how its change is judged, with the source.
QString psfsHelpText();

// "Function score (PSFS) 6.3, up 0.7 since 12 Nov; up 2.3 since the first round, a meaningful change."
QString describePsfsMove(const PsfsMove& move);

} // namespace patella
