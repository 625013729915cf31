#include "tests/support/testjournal.h"

#include <gtest/gtest.h>

namespace patella::test {

Catalog loadCatalog(bool checkIllustrations)
{
    bool (*exists)(const QString&)
        = checkIllustrations ? &Catalog::illustrationResourceExists : +[](const QString&) { return true; };
    Result<Catalog> loaded = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), exists);
    if (!loaded) {
        ADD_FAILURE() << loaded.error().text().toStdString();
        return {};
    }
    return std::move(loaded).value();
}

TestJournal::TestJournal()
    : TestJournal(Options {})
{
}

TestJournal::TestJournal(const Options& options)
    : catalog(loadCatalog(options.checkIllustrations))
    , preferences(dir.filePath(QStringLiteral("settings.ini")), options.programmeStart)
    , m_journalPath(options.journalPath.isEmpty() ? dir.filePath(QStringLiteral("journal.sqlite"))
                                                  : options.journalPath)
{
    const Result<void> opened = store.open(m_journalPath);
    EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().text().toStdString());
    preferences.setDistanceUnit(DistanceUnit::Kilometres);
}

TestJournal::~TestJournal() = default;

QDateTime TestJournal::at(int daysAgo, int hour) const
{
    return QDateTime(referenceDate().addDays(-daysAgo), QTime(hour, 0)).toUTC();
}

RecordId TestJournal::addShoe(const QString& name, double limitMetres, int firstUseDaysAgo)
{
    Shoe shoe;
    shoe.name = name;
    shoe.firstUse = referenceDate().addDays(-firstUseDaysAgo);
    shoe.limitMetres = limitMetres;
    const auto id = store.add(shoe);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().text().toStdString());
    return id.ok() ? *id : NoId;
}

RecordId TestJournal::addRun(int daysAgo, double metres, std::optional<RecordId> shoe)
{
    Run run;
    run.start = at(daysAgo);
    run.localDate = run.start.toLocalTime().date();
    run.distanceMetres = metres;
    run.durationSeconds = int(metres * 0.33);
    run.shoeId = shoe;
    const auto id = store.add(run);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().text().toStdString());
    return id.ok() ? *id : NoId;
}

} // namespace patella::test
