#include "core/model/painband.h"

#include <QCoreApplication>

#include <algorithm>

namespace patella {
namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct PainBandText
{
    Q_DECLARE_TR_FUNCTIONS(PainBand)
};

} // namespace

QString toId(PainKind kind)
{
    return kind == PainKind::SharpStabbingOrCatching ? QStringLiteral("sharp") : QStringLiteral("ordinary");
}

std::optional<PainKind> painKindFromId(const QString& id)
{
    if (id == QLatin1String("sharp"))
        return PainKind::SharpStabbingOrCatching;
    if (id == QLatin1String("ordinary"))
        return PainKind::Ordinary;
    return std::nullopt;
}

bool stopsTheExercise(int score, PainKind kind)
{
    return kind == PainKind::SharpStabbingOrCatching || painBand(score) == PainBand::TooMuch;
}

PainBand painBand(int score)
{
    score = std::clamp(score, 0, kPainScaleMax);
    if (score <= kSafePainMax)
        return PainBand::Safe;
    if (score <= kAcceptablePainMax)
        return PainBand::Acceptable;
    return PainBand::TooMuch;
}

int lowestScore(PainBand band)
{
    switch (band) {
    case PainBand::Safe:
        return 0;
    case PainBand::Acceptable:
        return kSafePainMax + 1;
    case PainBand::TooMuch:
        return kAcceptablePainMax + 1;
    }
    return 0;
}

int highestScore(PainBand band)
{
    switch (band) {
    case PainBand::Safe:
        return kSafePainMax;
    case PainBand::Acceptable:
        return kAcceptablePainMax;
    case PainBand::TooMuch:
        return kPainScaleMax;
    }
    return kPainScaleMax;
}

QString bandName(PainBand band)
{
    switch (band) {
    case PainBand::Safe:
        return PainBandText::tr("safe");
    case PainBand::Acceptable:
        return PainBandText::tr("acceptable");
    case PainBand::TooMuch:
        return PainBandText::tr("too much");
    }
    return {};
}

QString bandRange(PainBand band)
{
    return QStringLiteral("%1-%2").arg(lowestScore(band)).arg(highestScore(band));
}

QString bandLabel(PainBand band)
{
    return PainBandText::tr("%1 %2").arg(bandRange(band), bandName(band));
}

QString bandConditions(PainBand band)
{
    if (band != PainBand::Acceptable)
        return {};
    return PainBandText::tr(
        "it settles to its usual level within about an hour and the knee is no worse the next morning");
}

QString bandAdvice(PainBand band)
{
    switch (band) {
    case PainBand::Safe:
        return PainBandText::tr("%1: safe. Carry on; sessions like this let the dose grow.").arg(bandRange(band));
    case PainBand::Acceptable:
        return PainBandText::tr("%1: acceptable if %2. Keep today's dose.").arg(bandRange(band), bandConditions(band));
    case PainBand::TooMuch:
        return PainBandText::tr("%1: too much. Stop this exercise for today; the dose steps back next time.")
            .arg(bandRange(band));
    }
    return {};
}

QString bandsSummary()
{
    return PainBandText::tr("%1 is safe; %2 is acceptable if %3; %4 is too much, so that exercise stops for the day.")
        .arg(bandRange(PainBand::Safe), bandRange(PainBand::Acceptable), bandConditions(PainBand::Acceptable),
             bandRange(PainBand::TooMuch));
}

} // namespace patella
