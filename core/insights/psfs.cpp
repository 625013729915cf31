#include "core/insights/psfs.h"

#include "core/insights/format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace patella {

namespace {

constexpr double kEpsilon = 1e-9;
constexpr int kMoveRecentDays = 14;

bool within(QDate date, QDate from, QDate to)
{
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

QString signedScore(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return rounded > 0.0 ? QStringLiteral("+") + insightformat::score(rounded) : insightformat::score(rounded);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

bool isMeaningfulPsfsAverageChange(double change)
{
    return std::abs(change) + kEpsilon >= kPsfsMeaningfulAverageChange;
}

bool isMeaningfulPsfsActivityChange(double change)
{
    return std::abs(change) + kEpsilon >= kPsfsMeaningfulActivityChange;
}

PsfsSummary summarizePsfs(const QList<PsfsActivity>& activities, const QList<PsfsScore>& scores, QDate from, QDate to)
{
    PsfsSummary summary;
    QMap<QDate, QPair<double, int>> byDate;
    QHash<RecordId, QMap<QDate, int>> byActivity;
    for (const PsfsScore& score : scores) {
        if (!score.date.isValid() || !within(score.date, from, to))
            continue;
        auto& day = byDate[score.date];
        day.first += score.score;
        day.second += 1;
        byActivity[score.activityId].insert(score.date, score.score);
    }
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it)
        summary.rounds.append(PsfsRoundAverage {it.key(), it.value().first / it.value().second, it.value().second});
    if (!summary.rounds.isEmpty()) {
        summary.firstAverage = summary.rounds.constFirst().average;
        summary.lastAverage = summary.rounds.constLast().average;
        if (summary.rounds.size() > 1) {
            summary.change = *summary.lastAverage - *summary.firstAverage;
            summary.meaningful = isMeaningfulPsfsAverageChange(*summary.change);
        }
    }
    for (const PsfsActivity& activity : activities) {
        const auto found = byActivity.constFind(activity.id);
        if (found == byActivity.cend())
            continue;
        PsfsActivityTrend trend;
        trend.activity = activity;
        for (auto it = found->cbegin(); it != found->cend(); ++it)
            trend.scores.append(PsfsPoint {it.key(), double(it.value())});
        trend.first = trend.scores.constFirst().value;
        trend.last = trend.scores.constLast().value;
        if (trend.scores.size() > 1) {
            trend.change = *trend.last - *trend.first;
            trend.meaningful = isMeaningfulPsfsActivityChange(*trend.change);
        }
        summary.activities.append(trend);
    }
    return summary;
}

bool psfsDue(std::optional<QDate> lastRound, QDate today, int everyWeeks)
{
    if (!lastRound || !lastRound->isValid() || everyWeeks <= 1)
        return true;
    const qint64 weeks = isoWeekStart(*lastRound).daysTo(isoWeekStart(today)) / 7;
    return weeks >= everyWeeks;
}

std::optional<PsfsMove> psfsMove(const PsfsSummary& summary, QDate today)
{
    if (summary.rounds.size() < 2)
        return std::nullopt;
    const PsfsRoundAverage& latest = summary.rounds.constLast();
    const PsfsRoundAverage& previous = summary.rounds.at(summary.rounds.size() - 2);
    const PsfsRoundAverage& first = summary.rounds.constFirst();
    if (latest.date > today || latest.date.daysTo(today) > kMoveRecentDays)
        return std::nullopt;
    const double sincePrevious = latest.average - previous.average;
    if (std::abs(sincePrevious) < 0.05)
        return std::nullopt;
    PsfsMove move;
    move.date = latest.date;
    move.average = latest.average;
    move.sincePrevious = sincePrevious;
    move.previousDate = previous.date;
    move.sinceFirst = latest.average - first.average;
    move.firstDate = first.date;
    move.meaningfulSinceFirst = isMeaningfulPsfsAverageChange(move.sinceFirst);
    return move;
}

QStringList describePsfs(const PsfsSummary& summary)
{
    QStringList lines;
    if (summary.isEmpty())
        return lines;
    const PsfsRoundAverage& first = summary.rounds.constFirst();
    const PsfsRoundAverage& last = summary.rounds.constLast();
    if (!summary.change) {
        lines.append(QCoreApplication::translate("Insights", "One round so far (%1): average %2 of 10.")
                         .arg(shortDate(first.date), insightformat::score(first.average)));
        return lines;
    }
    QString average = QCoreApplication::translate("Insights", "Average %1 on %2, %3 on %4: %5.")
                          .arg(insightformat::score(first.average), shortDate(first.date),
                               insightformat::score(last.average), shortDate(last.date), signedScore(*summary.change));
    average += QLatin1Char(' ');
    average += summary.meaningful
        ? QCoreApplication::translate("Insights", "That reaches the 2 points usually taken as a meaningful change.")
        : QCoreApplication::translate("Insights", "Less than the 2 points usually taken as a meaningful change.");
    lines.append(average);
    for (const PsfsActivityTrend& trend : summary.activities) {
        if (!trend.meaningful)
            continue;
        lines.append(QCoreApplication::translate("Insights",
                                                 "\"%1\": %2 to %3 (%4), a meaningful change for one "
                                                 "activity (3 points or more).")
                         .arg(trend.activity.name, insightformat::score(*trend.first),
                              insightformat::score(*trend.last), signedScore(*trend.change)));
    }
    return lines;
}

QString psfsHelpText()
{
    return QCoreApplication::translate(
        "Insights",
        "The Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): you name 3 to 5 "
        "activities that the knee makes hard and rate each from 0 (cannot do it) to 10 (as well as before the "
        "problem), every week or two. The average of a round is the mean of its scores. A change of about 2 points "
        "in the average, or 3 points for one activity, is usually taken as meaningful. Higher is better. The "
        "activities are your own, so the score compares you with yourself, not with other runners.");
}

QString describePsfsMove(const PsfsMove& move)
{
    QString text
        = QCoreApplication::translate("Insights", "Function score (PSFS) %1, %2 since %3.")
              .arg(insightformat::score(move.average), signedScore(move.sincePrevious), shortDate(move.previousDate));
    if (move.firstDate != move.previousDate) {
        text += QLatin1Char(' ');
        text += QCoreApplication::translate("Insights", "%1 since the first round (%2).")
                    .arg(signedScore(move.sinceFirst), shortDate(move.firstDate));
    }
    if (move.meaningfulSinceFirst) {
        text += QLatin1Char(' ');
        text += move.sinceFirst > 0
            ? QCoreApplication::translate("Insights", "A change of 2 points or more is usually taken as meaningful.")
            : QCoreApplication::translate("Insights",
                                          "A drop of 2 points or more is usually taken as meaningful: worth telling "
                                          "your physiotherapist.");
    }
    return text;
}

} // namespace patella
