#include "core/catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using namespace patella;

namespace {

// A small, valid catalog; each test breaks one thing in it.
QJsonObject validDocument()
{
    const QByteArray json = R"({
  "version": 1,
  "muscleGroups": [ {"id": "calves", "name": "Calves"}, {"id": "glutes", "name": "Glutes"} ],
  "exercises": [
    { "id": "calf-wall-stretch", "name": "Calf wall stretch", "summary": "Both calf muscles.",
      "kind": "stretch", "targets": ["calves"], "perSide": true,
      "dose": { "type": "hold", "holdSeconds": {"low": 20, "high": 20}, "sets": {"low": 1, "high": 2},
                "restSeconds": 10,
                "parts": [ {"id": "straight-knee", "name": "Straight knee"}, {"id": "bent-knee", "name": "Bent knee"} ] },
      "bestTimes": ["post-run"], "steps": ["Face a wall."], "cues": ["Heel down."], "cautions": ["Stop on sharp pain."],
      "illustration": "calf-wall-stretch" },
    { "id": "glute-bridge", "name": "Glute bridge", "summary": "Hips up.",
      "kind": "strength", "targets": ["glutes"], "perSide": false,
      "dose": { "type": "reps", "reps": {"low": 10, "high": 15}, "tempoSeconds": 3, "sets": {"low": 2, "high": 3},
                "restSeconds": 45 },
      "bestTimes": ["rest-day"], "steps": ["Lie down.", "Lift."], "cues": ["Heels."], "cautions": ["Easy."],
      "illustration": "glute-bridge" }
  ],
  "routines": [
    { "id": "tiny", "name": "Tiny", "description": "Two things.",
      "items": [ {"exercise": "calf-wall-stretch"}, {"exercise": "glute-bridge", "dose": {"reps": 10, "sets": 1}} ] }
  ],
  "habits": [ {"id": "warm-up", "title": "Warm up", "why": "Warm muscles.", "howPatellaHelps": "A routine."} ]
})";
    return QJsonDocument::fromJson(json).object();
}

const QStringList& drawnIllustrations()
{
    static const QStringList names {QStringLiteral("calf-wall-stretch"), QStringLiteral("glute-bridge")};
    return names;
}

Result<Catalog> load(const QJsonObject& document)
{
    return Catalog::fromJson(QJsonDocument(document).toJson(),
                             [](const QString& name) { return drawnIllustrations().contains(name); });
}

// Applies change to element index of the array root[list].
QJsonObject editEntry(QJsonObject document, const QString& list, int index,
                      const std::function<void(QJsonObject&)>& change)
{
    QJsonArray array = document.value(list).toArray();
    QJsonObject entry = array.at(index).toObject();
    change(entry);
    array.replace(index, entry);
    document.insert(list, array);
    return document;
}

QJsonObject editDose(int exercise, const std::function<void(QJsonObject&)>& change)
{
    return editEntry(validDocument(), QStringLiteral("exercises"), exercise, [&](QJsonObject& entry) {
        QJsonObject dose = entry.value(QStringLiteral("dose")).toObject();
        change(dose);
        entry.insert(QStringLiteral("dose"), dose);
    });
}

std::string failureOf(const QJsonObject& document)
{
    const Result<Catalog> result = load(document);
    if (result)
        return "(loaded)";
    return result.error().text().toStdString();
}

} // namespace

TEST(CatalogErrors, TheValidDocumentLoads)
{
    const Result<Catalog> result = load(validDocument());
    ASSERT_TRUE(result) << result.error().text().toStdString();
    EXPECT_EQ(result->exercises().size(), 2);
    EXPECT_EQ(result->routine(QStringLiteral("tiny"))->items.at(1).dose->reps, 10);
    EXPECT_EQ(result->routine(QStringLiteral("tiny"))->items.at(1).dose->restSeconds, 45);
}

TEST(CatalogErrors, LowAboveHighNamesTheEntryAndField)
{
    const QJsonObject document = editDose(0, [](QJsonObject& dose) {
        dose.insert(QStringLiteral("holdSeconds"),
                    QJsonObject {{QStringLiteral("low"), 30}, {QStringLiteral("high"), 20}});
    });
    EXPECT_EQ(failureOf(document), "calf-wall-stretch.dose.holdSeconds: low (30) is above high (20)");
}

TEST(CatalogErrors, MissingFieldIsNamed)
{
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("exercises"), 1,
                                  [](QJsonObject& e) { e.remove(QStringLiteral("cues")); })),
              "glute-bridge.cues: is missing");
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("exercises"), 0,
                                  [](QJsonObject& e) { e.remove(QStringLiteral("perSide")); })),
              "calf-wall-stretch.perSide: is missing");
    EXPECT_EQ(failureOf(editDose(1, [](QJsonObject& d) { d.remove(QStringLiteral("tempoSeconds")); })),
              "glute-bridge.dose.tempoSeconds: is missing");
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("habits"), 0,
                                  [](QJsonObject& h) { h.remove(QStringLiteral("why")); })),
              "warm-up.why: is missing");
}

TEST(CatalogErrors, MissingIdIsNamedByPosition)
{
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("exercises"), 1,
                                  [](QJsonObject& e) { e.remove(QStringLiteral("id")); })),
              "exercises[1].id: is missing");
}

TEST(CatalogErrors, UnknownKind)
{
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("exercises"), 0,
                                  [](QJsonObject& e) { e.insert(QStringLiteral("kind"), QStringLiteral("yoga")); })),
              "calf-wall-stretch.kind: unknown kind \"yoga\"");
}

TEST(CatalogErrors, DuplicateIdAmongExercisesAndRoutines)
{
    EXPECT_EQ(failureOf(editEntry(
                  validDocument(), QStringLiteral("exercises"), 1,
                  [](QJsonObject& e) { e.insert(QStringLiteral("id"), QStringLiteral("calf-wall-stretch")); })),
              "calf-wall-stretch.id: duplicate id \"calf-wall-stretch\"");
    // "start this id" must never be ambiguous, so a routine cannot reuse an exercise's id.
    EXPECT_EQ(
        failureOf(editEntry(validDocument(), QStringLiteral("routines"), 0,
                            [](QJsonObject& r) { r.insert(QStringLiteral("id"), QStringLiteral("glute-bridge")); })),
        "glute-bridge.id: duplicate id \"glute-bridge\"");
}

TEST(CatalogErrors, UnknownIllustration)
{
    EXPECT_EQ(failureOf(editEntry(
                  validDocument(), QStringLiteral("exercises"), 1,
                  [](QJsonObject& e) { e.insert(QStringLiteral("illustration"), QStringLiteral("bridge")); })),
              "glute-bridge.illustration: unknown illustration \"bridge\"");
}

TEST(CatalogErrors, UnknownPartIllustration)
{
    const QJsonObject document = editDose(0, [](QJsonObject& dose) {
        QJsonArray parts = dose.value(QStringLiteral("parts")).toArray();
        QJsonObject bent = parts.at(1).toObject();
        bent.insert(QStringLiteral("illustration"), QStringLiteral("calf-bent"));
        parts.replace(1, bent);
        dose.insert(QStringLiteral("parts"), parts);
    });
    EXPECT_EQ(failureOf(document), "calf-wall-stretch.dose.parts[1].illustration: unknown illustration \"calf-bent\"");
}

TEST(CatalogErrors, UnknownTargetAndBestTime)
{
    EXPECT_EQ(
        failureOf(editEntry(
            validDocument(), QStringLiteral("exercises"), 0,
            [](QJsonObject& e) {
                e.insert(QStringLiteral("targets"), QJsonArray {QStringLiteral("calves"), QStringLiteral("shins")});
            })),
        "calf-wall-stretch.targets[1]: unknown muscle group \"shins\"");
    EXPECT_EQ(failureOf(editEntry(validDocument(), QStringLiteral("exercises"), 0,
                                  [](QJsonObject& e) {
                                      e.insert(QStringLiteral("bestTimes"), QJsonArray {QStringLiteral("morning")});
                                  })),
              "calf-wall-stretch.bestTimes[0]: unknown best time \"morning\"");
}

TEST(CatalogErrors, BadDoseValues)
{
    EXPECT_EQ(failureOf(editDose(1, [](QJsonObject& d) { d.insert(QStringLiteral("type"), QStringLiteral("laps")); })),
              "glute-bridge.dose.type: unknown dose type \"laps\": use \"hold\" or \"reps\"");
    EXPECT_EQ(
        failureOf(editDose(
            1,
            [](QJsonObject& d) {
                d.insert(QStringLiteral("sets"), QJsonObject {{QStringLiteral("low"), 0}, {QStringLiteral("high"), 2}});
            })),
        "glute-bridge.dose.sets.low: 0 is below the minimum of 1");
    EXPECT_EQ(failureOf(editDose(1, [](QJsonObject& d) { d.insert(QStringLiteral("restSeconds"), 2.5); })),
              "glute-bridge.dose.restSeconds: must be a whole number");
    EXPECT_EQ(failureOf(editDose(0,
                                 [](QJsonObject& d) {
                                     d.insert(
                                         QStringLiteral("parts"),
                                         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("only")},
                                                                  {QStringLiteral("name"), QStringLiteral("Only")}}});
                                 })),
              "calf-wall-stretch.dose.parts: must list two or more parts, or be left out");
}

TEST(CatalogErrors, RoutineProblems)
{
    const auto editItem = [](int index, const QJsonObject& item) {
        return editEntry(validDocument(), QStringLiteral("routines"), 0, [&](QJsonObject& r) {
            QJsonArray items = r.value(QStringLiteral("items")).toArray();
            items.replace(index, item);
            r.insert(QStringLiteral("items"), items);
        });
    };
    EXPECT_EQ(failureOf(editItem(0, QJsonObject {{QStringLiteral("exercise"), QStringLiteral("plank")}})),
              "tiny.items[0].exercise: unknown exercise \"plank\"");
    EXPECT_EQ(failureOf(editItem(1,
                                 QJsonObject {{QStringLiteral("exercise"), QStringLiteral("glute-bridge")},
                                              {QStringLiteral("dose"), QJsonObject {{QStringLiteral("reps"), 20}}}})),
              "tiny.items[1].dose.reps: 20 is above the exercise's high of 15");
    EXPECT_EQ(failureOf(editItem(0,
                                 QJsonObject {{QStringLiteral("exercise"), QStringLiteral("calf-wall-stretch")},
                                              {QStringLiteral("dose"), QJsonObject {{QStringLiteral("reps"), 5}}}})),
              "tiny.items[0].dose.reps: does not apply to \"calf-wall-stretch\"");
}

TEST(CatalogErrors, UnknownVariant)
{
    EXPECT_EQ(failureOf(editEntry(
                  validDocument(), QStringLiteral("exercises"), 1,
                  [](QJsonObject& e) { e.insert(QStringLiteral("easierVariantOf"), QStringLiteral("pistol-squat")); })),
              "glute-bridge.easierVariantOf: unknown exercise \"pistol-squat\"");
}

TEST(CatalogErrors, NotJsonOrWrongVersion)
{
    const Result<Catalog> broken = Catalog::fromJson("{ \"version\": 1, ", [](const QString&) { return true; });
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().field, QStringLiteral("catalog"));
    EXPECT_TRUE(broken.error().message.startsWith(QStringLiteral("not valid JSON")));

    QJsonObject future = validDocument();
    future.insert(QStringLiteral("version"), 2);
    EXPECT_EQ(failureOf(future), "catalog.version: version 2 is not supported");

    QJsonObject empty = validDocument();
    empty.insert(QStringLiteral("exercises"), QJsonArray {});
    EXPECT_EQ(failureOf(empty), "catalog.exercises: must be a non-empty list");
}

TEST(CatalogErrors, MissingFileIsReported)
{
    const Result<Catalog> result
        = Catalog::fromFile(QStringLiteral(":/data/no-such-catalog.json"), [](const QString&) { return true; });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, QStringLiteral(":/data/no-such-catalog.json"));
}
