#pragma once

#include <QString>

#include <optional>

// The pain-monitoring model's bands on the 0-10 scale (Thomeé 1997; Silbernagel 2007; TREK, La Trobe
// University): 0-2 safe, 3-5 acceptable with its conditions, 6-10 too much. The one definition: every rule
// and every text that names a band comes from here.
namespace patella {

enum class PainBand
{
    Safe, // 0-2
    Acceptable, // 3-5, only if it settles within about an hour and the knee is no worse next morning
    TooMuch, // 6-10: stop that exercise today
};

constexpr int kSafePainMax = 2;
constexpr int kAcceptablePainMax = 5;
constexpr int kPainScaleMax = 10;

// The kind of pain, asked apart from its score: sharp, stabbing or catching pain stops the exercise at any score.
enum class PainKind
{
    Ordinary,
    SharpStabbingOrCatching,
};

QString toId(PainKind kind); // "ordinary", "sharp": stable, for the journal
std::optional<PainKind> painKindFromId(const QString& id);

// True when a report stops the exercise for today: a score in the too-much band, or the sharp kind at any score.
bool stopsTheExercise(int score, PainKind kind);

// Scores outside 0-10 are clamped into it.
PainBand painBand(int score);
int lowestScore(PainBand band); // 0, 3, 6
int highestScore(PainBand band); // 2, 5, 10

// "safe", "acceptable", "too much", translated.
QString bandName(PainBand band);
// "0-2", "3-5", "6-10".
QString bandRange(PainBand band);
// "0-2 safe".
QString bandLabel(PainBand band);
// The conditions the acceptable band holds under: "it settles to its usual level within about an hour and
// the knee is no worse the next morning". Empty for the other bands.
QString bandConditions(PainBand band);
// What the band means for the exercise being done, one sentence.
QString bandAdvice(PainBand band);
// All three in one sentence, for help texts and legends.
QString bandsSummary();

} // namespace patella
