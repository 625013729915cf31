#include "core/import/fitdecoder.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

// Real FIT files from watches and apps, read from the shared corpus when it is there (a user's clone has
// none: the test skips). They are never copied into the project. The expected figures were checked by hand
// against Garmin's own FIT SDK decoder and gpsbabel.
using namespace patella;

namespace {

QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("PATELLA_CORPUS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    for (const QString& candidate :
         {QStringLiteral(PATELLA_DEFAULT_CORPUS), QStringLiteral("/work/shared/corpus/activities")}) {
        if (QDir(candidate).exists())
            return candidate;
    }
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

QDateTime fitDate(qint64 fitSeconds)
{
    return QDateTime::fromSecsSinceEpoch(631065600 + fitSeconds, QTimeZone::utc());
}

struct Expected
{
    ActivitySport sport;
    qint64 start; // FIT seconds
    int elapsed;
    int moving;
    double distance;
    std::optional<double> cadence;
};

void expectActivity(const Activity& activity, const Expected& expected, const std::string& where)
{
    EXPECT_EQ(activity.sport, expected.sport) << where;
    EXPECT_EQ(activity.start, fitDate(expected.start)) << where;
    EXPECT_NEAR(activity.elapsedSeconds, expected.elapsed, 1) << where;
    EXPECT_NEAR(activity.movingSeconds, expected.moving, 1) << where;
    EXPECT_NEAR(activity.distanceMetres, expected.distance, expected.distance * 0.01) << where;
    EXPECT_EQ(activity.distanceSource, DistanceSource::DeviceTotal) << where;
    EXPECT_EQ(activity.cadenceSpm.has_value(), expected.cadence.has_value()) << where;
    if (activity.cadenceSpm && expected.cadence) {
        EXPECT_NEAR(*activity.cadenceSpm, *expected.cadence, 1.0) << where;
    }
    EXPECT_LE(activity.movingSeconds, activity.elapsedSeconds) << where;
}

} // namespace

TEST(FitCorpus, EveryRealFileDecodesAsARunnerExpects)
{
    const QString dir = corpusDir();
    if (dir.isEmpty())
        GTEST_SKIP() << "no corpus of real activity files here (set PATELLA_CORPUS_DIR)";

    const QString small = QStringLiteral("fp__activity-small-fenix2-run.fit");
    const QString pauses = QStringLiteral("ra__Fenix-2-pauses.fit");
    const QString multisport = QStringLiteral("fp__activity-large-fenxi2-multisport.fit");
    const QString strava = QStringLiteral("fp__strava-android-app-201.10-b1218918.fit");
    const QString eof = QStringLiteral("fp__activity-unexpected-eof.fit");
    const QString corrupt = QStringLiteral("fp__activity-settings-corruptheader.fit");

    // Problems a runner should read, for the files that are damaged: one phrase each.
    const std::map<QString, QString> rejected = {
        {strava, QStringLiteral("damaged")},
        {eof, QStringLiteral("the file ends in the middle: it may not have finished copying")},
        {corrupt, QStringLiteral("at byte 771: the header of the FIT file chained here is damaged")},
    };
    const std::map<QString, std::vector<Expected>> good = {
        {small, {{ActivitySport::Running, 808584308, 2832, 2832, 9008.22, 162.0}}},
        {pauses, {{ActivitySport::Running, 781195608, 3046, 2810, 10546.9, 186.0}}},
        {multisport,
         {{ActivitySport::Other, 809769601, 11738, 11738, 25072.07, std::nullopt},
          {ActivitySport::Other, 809778624, 335, 335, 224.24, std::nullopt},
          {ActivitySport::Running, 809778960, 2295, 2295, 2245.23, 114.80},
          {ActivitySport::Other, 809781256, 4, 4, 3.63, std::nullopt},
          {ActivitySport::Running, 809781261, 6764, 6764, 12740.37, 151.99},
          {ActivitySport::Other, 809788027, 270, 270, 617.55, std::nullopt},
          {ActivitySport::Cycling, 809788297, 3211, 3211, 28928.27, std::nullopt}}},
    };

    int seen = 0;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.fit"), QStringLiteral("*.FIT")}, QDir::Files);
    for (const QString& name : files) {
        const std::string where = name.toStdString();
        const QString path = QDir(dir).filePath(name);
        const Result<ParsedFile> result = decodeFit(readAll(path), path);
        if (const auto it = rejected.find(name); it != rejected.end()) {
            ++seen;
            ASSERT_FALSE(result) << where << " was accepted";
            EXPECT_EQ(result.error().field, path);
            EXPECT_TRUE(result.error().message.contains(it->second)) << result.error().text().toStdString();
            EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("at byte "))) << where;
            continue;
        }
        ASSERT_TRUE(result) << result.error().text().toStdString();
        const auto it = good.find(name);
        if (it == good.end()) {
            // A file added to the corpus later: it must at least give plausible activities.
            for (const Activity& activity : result->activities) {
                EXPECT_GE(activity.elapsedSeconds, activity.movingSeconds) << where;
                EXPECT_GE(activity.distanceMetres, 0.0) << where;
            }
            continue;
        }
        ++seen;
        ASSERT_EQ(result->activities.size(), it->second.size()) << where;
        for (std::size_t i = 0; i < it->second.size(); ++i) {
            const Activity& activity = result->activities[static_cast<qsizetype>(i)];
            expectActivity(activity, it->second[i], where + " #" + std::to_string(i));
            EXPECT_EQ(activity.device, QStringLiteral("Garmin fenix 2")) << where;
            EXPECT_TRUE(activity.externalId.startsWith(QStringLiteral("fit:38"))) << activity.externalId.toStdString();
            EXPECT_EQ(activity.utcOffsetSeconds, 7200) << where; // the runs were in central Europe, in summer
            EXPECT_GT(activity.points, 0) << where;
        }
    }
    EXPECT_EQ(seen, 6) << "the corpus README lists six FIT files";
}
