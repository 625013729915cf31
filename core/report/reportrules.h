#pragma once

#include "core/catalog/programme.h"
#include "core/model/records.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The rules the report asks for, each taken from its home in core (programme, pain bands, runs), gathered
// here so the report's builder reads as its contents; plus the one rule that had no home in core yet: which
// way a flexibility test improves.
namespace patella {

class JournalStore;

struct ReportProgramme
{
    int week = 1;
    Phase phase = Phase::Gentle;
};
ReportProgramme reportProgramme(JournalStore& store, QDate today, QDate start);

enum class ReportBand
{
    Safe,
    Acceptable,
    TooMuch,
};
ReportBand bandOf(int score);
QString safeBandText(); // "0-2"
QString bandsText(); // "0-2 safe, 3-5 acceptable, 6-10 too much"
QStringList bandLabels(); // "0-2 safe", "3-5 acceptable", "6-10 too much"

// Steps per minute of a run, when its file gave one.
std::optional<double> runCadence(const Run& run);

// A tightness score and the heel-to-buttock gap shrink as the muscle loosens; the other tests grow.
bool flexLowerIsBetter(FlexTest test, FlexUnit unit);
QString flexBetterDirection(FlexTest test, FlexUnit unit); // "higher = more flexible"

} // namespace patella
