#pragma once

#include "app/shell/appcontext.h"
#include "core/catalog/catalog.h"
#include "core/model/clock.h"
#include "core/model/preferences.h"
#include "core/store/journalstore.h"
#include "tests/support/testsupport.h"

#include <gtest/gtest.h>

namespace patella::test {

// A real journal file in a temp folder, a fixed clock on the reference date, the real catalog and preferences:
// everything a journal page is built from.
class JournalFixture : public ::testing::Test
{
protected:
    JournalFixture()
        : clock(referenceNow())
        , store(clock)
        , preferences(dir.filePath(QStringLiteral("settings.ini")), referenceDate())
        , catalog(loadCatalog())
        , context {clock, catalog, store, preferences, dir.path()}
    {
    }

    void SetUp() override
    {
        const auto opened = store.open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().text().toStdString();
        preferences.setDistanceUnit(DistanceUnit::Kilometres);
    }

    static Catalog loadCatalog()
    {
        auto loaded
            = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), [](const QString&) { return true; });
        if (!loaded) {
            ADD_FAILURE() << loaded.error().text().toStdString();
            return {};
        }
        return loaded.value();
    }

    QDateTime at(int daysAgo, int hour = 7) const
    {
        return QDateTime(referenceDate().addDays(-daysAgo), QTime(hour, 0)).toUTC();
    }

    RecordId addShoe(const QString& name, double limitMetres = 700000.0, int firstUseDaysAgo = 200)
    {
        Shoe shoe;
        shoe.name = name;
        shoe.firstUse = referenceDate().addDays(-firstUseDaysAgo);
        shoe.limitMetres = limitMetres;
        auto id = store.add(shoe);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : NoId;
    }

    RecordId addRun(int daysAgo, double metres, std::optional<RecordId> shoe = std::nullopt)
    {
        patella::Run run;
        run.start = at(daysAgo);
        run.localDate = run.start.toLocalTime().date();
        run.distanceMetres = metres;
        run.durationSeconds = int(metres * 0.33);
        run.shoeId = shoe;
        auto id = store.add(run);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().text().toStdString());
        return id.ok() ? *id : NoId;
    }

    TempDir dir;
    FixedClock clock;
    JournalStore store;
    Preferences preferences;
    Catalog catalog;
    AppContext context;
};

} // namespace patella::test
