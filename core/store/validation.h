#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/storetypes.h"

#include <QDate>
#include <QDateTime>

#include <optional>

// Checks a record before the store writes it. Each check names the field and says what is wrong, in
// a translated sentence (context "JournalStore"). `today` is the Clock's local date: nothing may be
// dated beyond tomorrow.
namespace patella::validation {

constexpr int kMaxPain = 10;
constexpr double kMaxRunMetres = 300000.0; // 300 km: longer than any ultra a runner logs as one run
constexpr double kMaxWeekMetres = 1500000.0; // 1,500 km in a week
constexpr int kMaxRunSeconds = 72 * 3600;
constexpr int kMaxSessionSeconds = 12 * 3600;
constexpr int kMaxPsfsNameLength = 80;

std::optional<Error> validate(const PainEntry& entry, QDate today);
std::optional<Error> validate(const FlexCheck& check, QDate today);
std::optional<Error> validate(const Run& run, QDate today);
std::optional<Error> validate(const WeeklyTotal& total, QDate today);
std::optional<Error> validate(const Shoe& shoe, QDate today);
std::optional<Error> validate(const SessionRecord& session, QDate today);
std::optional<Error> validate(const CheckIn& checkIn, QDate today);
std::optional<Error> validate(const MorningCheck& check, QDate today);
std::optional<Error> validate(const PsfsActivity& activity, QDate today);
std::optional<Error> validate(const PsfsScore& score, QDate today);
// A PSFS round against the activities asked now (not retired): every score 0-10, every asked activity that is
// not retired scored once, new names not empty and not asked already, and kPsfsMinActivities to
// kPsfsMaxActivities asked after it. Fields name the rating: "ratings[2].score", "retire[0]", "ratings".
std::optional<Error> validate(const PsfsRound& round, const QList<PsfsActivity>& asked, QDate today);

// Runs are logged when done: a start later than now is refused. Other kinds may be planned a day ahead.
std::optional<Error> validateAgainstNow(const Run& run, const QDateTime& now);
template <typename R> std::optional<Error> validateAgainstNow(const R&, const QDateTime&)
{
    return std::nullopt;
}

// Fills a missing local date from the instant, in the system's time zone.
void fillLocalDate(PainEntry& entry);
void fillLocalDate(FlexCheck& check);
void fillLocalDate(Run& run);
void fillLocalDate(SessionRecord& session);
template <typename R> void fillLocalDate(R&) { }

} // namespace patella::validation
