#include "tests/core/store/customtesting.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace patella::test {
namespace {

QString examplePath()
{
    return fixturePath(QStringLiteral("../../docs/programme-example.json"));
}

QJsonObject example()
{
    return QJsonDocument::fromJson(fileBytes(examplePath())).object();
}

// Sets root[path...] = value, where path alternates keys and array indexes ("routines", 1, "items", 0, "hold_s").
QJsonValue changed(const QJsonValue& node, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[head.toInt()] = changed(array.at(head.toInt()), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head.toString());
    else
        object[head.toString()] = changed(object.value(head.toString()), path, value);
    return object;
}

Result<ProgrammeFile> read(const QJsonObject& root, const Catalog& catalog)
{
    return readProgramme(QJsonDocument(root).toJson(), catalog, QFileInfo(examplePath()).absolutePath(),
                         sniffOnlyImageCheck);
}

TEST(ProgrammeFile, TheDocumentedExampleReads)
{
    const Catalog catalog = loadCatalog();
    const Result<ProgrammeFile> file = readProgrammeFile(examplePath(), catalog, sniffOnlyImageCheck);
    ASSERT_TRUE(file.ok()) << why(file);
    EXPECT_EQ(file->author, QStringLiteral("Alex Moreau, physiotherapist"));
    EXPECT_EQ(file->reviewDate, QDate(2027, 1, 15));
    ASSERT_EQ(file->exercises.size(), 3);
    EXPECT_EQ(file->exercises.at(0).origin, Origin::Programme);
    EXPECT_EQ(file->exercises.at(0).dose.type, DoseType::Reps);
    EXPECT_EQ(file->exercises.at(2).dose.parts.size(), 2);
    ASSERT_TRUE(file->images.contains(QStringLiteral("pt-terminal-knee-extension")));
    EXPECT_EQ(file->images.value(QStringLiteral("pt-terminal-knee-extension")).format, QStringLiteral("svg"));
    ASSERT_EQ(file->routines.size(), 2);
    const Routine& evening = file->routines.at(0);
    EXPECT_EQ(evening.planUse, PlanUse::InPlace);
    EXPECT_EQ(evening.items.at(0).dose, (PlannedDose {30, 0, 2, 10}));
    EXPECT_EQ(evening.items.at(0).restAfterSeconds, 15);
    EXPECT_EQ(evening.items.at(0).getReadySeconds, 5);
    EXPECT_EQ(evening.items.at(2).sides, ItemSides::RightOnly);
    EXPECT_FALSE(file->routines.at(1).items.at(2).useParts);
}

TEST(ProgrammeFile, AnInvalidFileIsRefusedWholeWithTheFieldPathAndTheProblem)
{
    const Catalog catalog = loadCatalog();
    struct Case
    {
        QList<QVariant> path;
        QJsonValue value;
        const char* expected;
    };
    const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
    const QList<Case> cases {
        {{QStringLiteral("routines"), 1, QStringLiteral("items"), 0, QStringLiteral("reps")},
         60,
         "routines[1].items[0].reps: 60 is above 50"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("hold_s")},
         400,
         "routines[0].items[0].hold_s: 400 is above 180"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("sets")},
         7,
         "routines[0].items[0].sets: 7 is above 6"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 1, QStringLiteral("rest_s")},
         301,
         "routines[0].items[1].rest_s: 301 is above 300"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("hold_s")},
         12.5,
         "routines[0].items[0].hold_s: must be a whole number"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("hold_s")},
         1e300,
         "routines[0].items[0].hold_s: must be a whole number"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("reps")},
         10,
         "routines[0].items[0].reps: does not apply to \"Standing quad stretch\", which is a hold"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items")},
         QJsonArray(),
         "routines[0].items: needs at least one exercise"},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("exercise")},
         QStringLiteral("moonwalk"),
         "routines[0].items[0].exercise: unknown exercise \"moonwalk\""},
        {{QStringLiteral("routines"), 0, QStringLiteral("items"), 0, QStringLiteral("hold_sec")},
         20,
         "routines[0].items[0].hold_sec: is not a field here (allowed: exercise, sides, hold_s, reps, sets, "
         "rest_s, rest_after_s, get_ready_s, two_part)"},
        {{QStringLiteral("routines"), 0, QStringLiteral("name")}, missing, "routines[0].name: is missing"},
        {{QStringLiteral("routines"), 0, QStringLiteral("id")},
         QStringLiteral("strength"),
         "routines[0].id: \"strength\" is one of Patella's own exercises or routines: choose another id"},
        {{QStringLiteral("routines"), 1, QStringLiteral("id")},
         QStringLiteral("pt-evening"),
         "routines[1].id: duplicate id \"pt-evening\""},
        {{QStringLiteral("routines"), 0, QStringLiteral("use_in_plan")},
         QStringLiteral("always"),
         "routines[0].use_in_plan: unknown value \"always\": use \"no\", \"beside\" or \"instead\""},
        {{QStringLiteral("routines"), 0, QStringLiteral("stands_for")},
         QStringLiteral("yoga"),
         "routines[0].stands_for: \"yoga\" is not one of Patella's routines"},
        {{QStringLiteral("version")}, 2, "version: version 2 is not supported (this Patella reads version 1)"},
        {{QStringLiteral("version")}, missing, "version: is missing"},
        {{QStringLiteral("format")},
         QStringLiteral("workrave"),
         "format: \"workrave\" is not a Patella programme (expected \"patella-programme\")"},
        {{QStringLiteral("review_date")},
         QStringLiteral("15/01/2027"),
         "review_date: \"15/01/2027\" is not a date like 2027-01-31"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("dose"), QStringLiteral("reps")},
         0,
         "exercises[0].dose.reps: 0 is below 1"},
        {{QStringLiteral("exercises"), 2, QStringLiteral("dose"), QStringLiteral("hold_s")},
         181,
         "exercises[2].dose.hold_s: 181 is above 180"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("kind")},
         QStringLiteral("yoga"),
         "exercises[0].kind: unknown kind \"yoga\""},
        {{QStringLiteral("exercises"), 0, QStringLiteral("targets"), 0},
         QStringLiteral("elbows"),
         "exercises[0].targets[0]: unknown muscle group \"elbows\""},
        {{QStringLiteral("exercises"), 0, QStringLiteral("id")},
         QStringLiteral("Wall Slide"),
         "exercises[0].id: \"Wall Slide\" is not an id: use lower-case letters, digits and dashes"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("image"), QStringLiteral("data")},
         QStringLiteral("bm90IGFuIGltYWdl"),
         "exercises[0].image: is not a PNG, JPEG or SVG image"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("image"), QStringLiteral("data")},
         QStringLiteral("@@@"),
         "exercises[0].image.data: is not valid base64"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("image")},
         QJsonObject {{QStringLiteral("file"), QStringLiteral("../secret.png")}},
         "exercises[0].image.file: \"../secret.png\" must be a file name in the programme's folder"},
        {{QStringLiteral("exercises"), 0, QStringLiteral("image")},
         QJsonObject {{QStringLiteral("file"), QStringLiteral("absent.png")}},
         "exercises[0].image.file: \"absent.png\" cannot be read: No such file or directory"},
        {{QStringLiteral("exercises"), 2, QStringLiteral("parts")},
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("one")},
                                  {QStringLiteral("name"), QStringLiteral("One")}}},
         "exercises[2].parts: must list two or more parts, or be left out"},
    };
    for (const Case& c : cases) {
        const QJsonObject root = changed(example(), c.path, c.value).toObject();
        const Result<ProgrammeFile> file = read(root, catalog);
        ASSERT_FALSE(file.ok()) << c.expected;
        EXPECT_EQ(file.error().text().toStdString(), c.expected);
    }
    EXPECT_EQ(readProgramme("{", catalog, {}, {}).error().text().toStdString().substr(0, 32),
              "programme: not valid JSON at cha");
    EXPECT_EQ(readProgramme("[]", catalog, {}, {}).error().text(), QStringLiteral("programme: must be a JSON object"));
}

TEST(ProgrammeFile, AnImageThatDoesNotDecodeRefusesTheFile)
{
    const Catalog catalog = loadCatalog();
    const ImageCheck refuseAll = [](const QByteArray&, const QString&) -> std::optional<QString> {
        return QStringLiteral("bad Huffman table");
    };
    const Result<ProgrammeFile> file = readProgramme(QJsonDocument(example()).toJson(), catalog, {}, refuseAll);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().text(), QStringLiteral("exercises[0].image: the image does not decode: bad Huffman table"));
}

TEST(ProgrammeFile, ImagesBesideTheFileAreRead)
{
    const Catalog catalog = loadCatalog();
    TempDir dir;
    QFile png(dir.filePath(QStringLiteral("slide.png")));
    ASSERT_TRUE(png.open(QIODevice::WriteOnly));
    png.write(tinyPng());
    png.close();
    const QJsonObject root = changed(example(), {QStringLiteral("exercises"), 1, QStringLiteral("image")},
                                     QJsonObject {{QStringLiteral("file"), QStringLiteral("slide.png")}})
                                 .toObject();
    const Result<ProgrammeFile> file = readProgramme(QJsonDocument(root).toJson(), catalog, dir.path(), {});
    ASSERT_TRUE(file.ok()) << why(file);
    EXPECT_EQ(file->images.value(QStringLiteral("pt-step-down")).bytes, tinyPng());
    EXPECT_EQ(file->images.value(QStringLiteral("pt-step-down")).format, QStringLiteral("png"));
}

TEST(ProgrammeFile, ExportThenImportGivesTheSameRoutinesAndExercisesWithByteIdenticalImages)
{
    CustomJournal physio;
    Exercise slide = wallSlide();
    slide.dose.parts = {DosePart {QStringLiteral("down"), QStringLiteral("Down"), {}},
                        DosePart {QStringLiteral("up"), QStringLiteral("Up"), {}}};
    slide.perSide = true;
    const QString slideId
        = physio.custom.saveExercise(slide, ProgrammeImage {tinyPng(), QStringLiteral("png")}).value();
    Exercise drawn = wallSlide();
    drawn.name = QStringLiteral("Drawn squat");
    const QString drawnId
        = physio.custom.saveExercise(drawn, ProgrammeImage {tinySvg(), QStringLiteral("svg")}).value();
    Routine routine = eveningRoutine(slideId);
    routine.items[1].sides = ItemSides::LeftOnly;
    routine.items[1].useParts = false;
    RoutineItem third;
    third.exerciseId = drawnId;
    routine.items.append(third); // the programme decides its dose
    const QString routineId = physio.custom.saveRoutine(routine).value();

    const Result<ProgrammeFile> exported = physio.custom.exportRoutines({routineId});
    ASSERT_TRUE(exported.ok()) << why(exported);
    ProgrammeFile file = exported.value();
    file.author = QStringLiteral("Alex Moreau");
    file.note = QStringLiteral("Every evening.");
    file.reviewDate = QDate(2027, 2, 1);
    const QByteArray json = writeProgramme(file);

    CustomJournal runner;
    const Result<ProgrammeFile> read = readProgramme(json, runner.catalog, {}, sniffOnlyImageCheck);
    ASSERT_TRUE(read.ok()) << why(read);
    const CustomCatalog::ImportPreview preview = runner.custom.preview(read.value());
    EXPECT_EQ(preview.addedRoutines, QStringList {QStringLiteral("My evening")});
    EXPECT_EQ(preview.addedExercises.size(), 2);
    EXPECT_TRUE(preview.replacedRoutines.isEmpty());
    const Result<qint64> imported = runner.custom.importProgramme(read.value(), QStringLiteral("evening.json"));
    ASSERT_TRUE(imported.ok()) << why(imported);

    const Catalog& a = physio.custom.catalog();
    const Catalog& b = runner.custom.catalog();
    const Routine* original = a.routine(routineId);
    const Routine* copy = b.routine(routineId);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->name, original->name);
    EXPECT_EQ(copy->description, original->description);
    EXPECT_EQ(copy->standsFor, original->standsFor);
    EXPECT_EQ(copy->planUse, original->planUse);
    EXPECT_EQ(copy->items, original->items);
    EXPECT_EQ(copy->origin, Origin::Programme);
    for (const QString& id : {slideId, drawnId}) {
        const Exercise* mine = a.exercise(id);
        const Exercise* theirs = b.exercise(id);
        ASSERT_NE(theirs, nullptr) << id.toStdString();
        EXPECT_EQ(theirs->name, mine->name);
        EXPECT_EQ(theirs->summary, mine->summary);
        EXPECT_EQ(theirs->kind, mine->kind);
        EXPECT_EQ(theirs->perSide, mine->perSide);
        EXPECT_EQ(theirs->mirrored, mine->mirrored);
        EXPECT_EQ(theirs->dose.type, mine->dose.type);
        EXPECT_EQ(theirs->dose.reps, mine->dose.reps);
        EXPECT_EQ(theirs->dose.sets, mine->dose.sets);
        EXPECT_EQ(theirs->dose.restSeconds, mine->dose.restSeconds);
        EXPECT_EQ(theirs->dose.tempoSeconds, mine->dose.tempoSeconds);
        EXPECT_EQ(theirs->dose.parts.size(), mine->dose.parts.size());
        EXPECT_EQ(theirs->steps, mine->steps);
        EXPECT_EQ(theirs->cues, mine->cues);
        EXPECT_EQ(theirs->cautions, mine->cautions);
        EXPECT_EQ(theirs->targets, mine->targets);
        EXPECT_EQ(fileBytes(theirs->imagePath), fileBytes(mine->imagePath)) << id.toStdString();
        EXPECT_FALSE(fileBytes(theirs->imagePath).isEmpty());
    }
    ASSERT_EQ(runner.custom.programmes().size(), 1);
    EXPECT_EQ(runner.custom.programmes().at(0).author, QStringLiteral("Alex Moreau"));
    EXPECT_EQ(runner.custom.programmes().at(0).fileName, QStringLiteral("evening.json"));

    // Importing the same file again replaces, and says so first.
    const CustomCatalog::ImportPreview again = runner.custom.preview(read.value());
    EXPECT_TRUE(again.addedRoutines.isEmpty());
    EXPECT_EQ(again.replacedRoutines, QStringList {QStringLiteral("My evening (replaces My evening)")});
    ASSERT_TRUE(runner.custom.importProgramme(read.value(), QStringLiteral("evening.json")).ok());
    EXPECT_EQ(runner.store.customContent()->routines.size(), 1);
    // The writer's output is stable: export the import and get the same document.
    const Result<ProgrammeFile> reexported = runner.custom.exportRoutines({routineId});
    ASSERT_TRUE(reexported.ok());
    EXPECT_EQ(writeProgramme(reexported.value()), json);
}

} // namespace
} // namespace patella::test
