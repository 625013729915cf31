#pragma once

#include "core/catalog/customroutines.h"
#include "core/catalog/programmefile.h"
#include "core/store/customcatalog.h"
#include "tests/support/testjournal.h"

#include <QByteArray>
#include <QFile>

#include <gtest/gtest.h>

// Shared by the custom-content tests: a journal with its CustomCatalog, and small valid entries.
namespace patella::test {

// A 1x1 PNG, as a real file would start and end (signature, IHDR, IDAT, IEND).
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

inline QByteArray tinySvg()
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"><rect width=\"4\" "
                             "height=\"3\" fill=\"#2b6f66\"/></svg>\n");
}

inline Exercise wallSlide()
{
    Exercise e;
    e.name = QStringLiteral("Wall slide");
    e.summary = QStringLiteral("Slide down a wall to a shallow squat.");
    e.kind = ExerciseKind::Strength;
    e.perSide = false;
    e.dose.type = DoseType::Reps;
    e.dose.reps = {10, 10};
    e.dose.tempoSeconds = 3;
    e.dose.sets = {2, 2};
    e.dose.restSeconds = 30;
    e.steps = {QStringLiteral("Back against the wall, feet a step forward."), QStringLiteral("Slide down, then up.")};
    e.cues = {QStringLiteral("Knees over the toes.")};
    e.cautions = {QStringLiteral("Stop above 5/10.")};
    e.targets = {QStringLiteral("quadriceps"), QStringLiteral("glutes")};
    return e;
}

inline Routine eveningRoutine(const QString& exerciseId)
{
    Routine r;
    r.name = QStringLiteral("My evening");
    r.description = QStringLiteral("Quads, then my wall slides.");
    RoutineItem quad;
    quad.exerciseId = QStringLiteral("standing-quad-stretch");
    quad.dose = PlannedDose {30, 0, 2, 10};
    quad.restAfterSeconds = 20;
    RoutineItem slide;
    slide.exerciseId = exerciseId;
    slide.dose = PlannedDose {0, 12, 3, 30};
    slide.getReadySeconds = 10;
    r.items = {quad, slide};
    r.standsFor = QStringLiteral("daily-knee-mobility");
    r.planUse = PlanUse::InPlace;
    return r;
}

template <typename T> std::string why(const Result<T>& result)
{
    return result.ok() ? std::string() : result.error().text().toStdString();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CustomJournal : public TestJournal
{
public:
    CustomJournal()
    {
        const Result<void> loaded = custom.reload();
        EXPECT_TRUE(loaded.ok()) << why(loaded);
    }
    CustomCatalog custom {catalog, store};
};

} // namespace patella::test
