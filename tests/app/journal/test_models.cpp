#include "app/journal/flexmodel.h"
#include "app/journal/journalcommands.h"
#include "app/journal/journalproxy.h"
#include "app/journal/journalroles.h"
#include "app/journal/painmodel.h"
#include "app/journal/runmodel.h"
#include "app/journal/sessionmodel.h"
#include "app/journal/shoemodel.h"
#include "app/journal/weeklytotalmodel.h"
#include "tests/app/journal/journaltesting.h"

#include <QLocale>
#include <QUndoStack>

#include <memory>

using namespace patella;
using test::JournalFixture;

namespace {

// For each record type: its model, a sample record, a change to it, and the cell that shows the change.
template <typename R> struct Kind;

template <> struct Kind<PainEntry>
{
    using Model = PainModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences&, const Catalog&)
    {
        return std::make_unique<Model>(store);
    }
    static PainEntry sample(const QDateTime& at)
    {
        PainEntry entry;
        entry.at = at;
        entry.localDate = at.toLocalTime().date();
        entry.score = 4;
        entry.situation = PainSituation::Stairs;
        return entry;
    }
    static void change(PainEntry& entry) { entry.score = 6; }
    static constexpr int column = PainModel::Score;
};

template <> struct Kind<patella::Run>
{
    using Model = RunModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences& prefs, const Catalog&)
    {
        return std::make_unique<Model>(store, prefs);
    }
    static patella::Run sample(const QDateTime& at)
    {
        patella::Run run;
        run.start = at;
        run.localDate = at.toLocalTime().date();
        run.distanceMetres = 5000.0;
        run.durationSeconds = 1800;
        return run;
    }
    static void change(patella::Run& run) { run.distanceMetres = 8000.0; }
    static constexpr int column = RunModel::Distance;
};

template <> struct Kind<WeeklyTotal>
{
    using Model = WeeklyTotalModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences& prefs, const Catalog&)
    {
        return std::make_unique<Model>(store, prefs);
    }
    static WeeklyTotal sample(const QDateTime& at)
    {
        WeeklyTotal total;
        total.weekStart = isoWeekStart(at.toLocalTime().date());
        total.distanceMetres = 21000.0;
        total.runs = 3;
        return total;
    }
    static void change(WeeklyTotal& total) { total.distanceMetres = 25000.0; }
    static constexpr int column = WeeklyTotalModel::Distance;
};

template <> struct Kind<FlexCheck>
{
    using Model = FlexModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences&, const Catalog&)
    {
        return std::make_unique<Model>(store);
    }
    static FlexCheck sample(const QDateTime& at)
    {
        FlexCheck check;
        check.at = at;
        check.localDate = at.toLocalTime().date();
        check.test = FlexTest::KneeToWall;
        check.side = Side::Left;
        check.value = 9.0;
        return check;
    }
    static void change(FlexCheck& check) { check.value = 11.5; }
    static constexpr int column = FlexModel::Value;
};

template <> struct Kind<SessionRecord>
{
    using Model = SessionModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences&, const Catalog& catalog)
    {
        return std::make_unique<Model>(store, catalog);
    }
    static SessionRecord sample(const QDateTime& at)
    {
        SessionRecord session;
        session.routineId = QStringLiteral("daily-knee-mobility");
        session.start = at;
        session.end = at.addSecs(600);
        session.localDate = at.toLocalTime().date();
        return session;
    }
    static void change(SessionRecord& session) { session.end = session.start.addSecs(900); }
    static constexpr int column = SessionModel::Duration;
};

template <> struct Kind<Shoe>
{
    using Model = ShoeModel;
    static std::unique_ptr<Model> make(JournalFixture&, JournalStore& store, Preferences& prefs, const Catalog&)
    {
        return std::make_unique<Model>(store, prefs);
    }
    static Shoe sample(const QDateTime& at)
    {
        Shoe shoe;
        shoe.name = QStringLiteral("Road pair");
        shoe.firstUse = at.toLocalTime().date().addDays(-30);
        return shoe;
    }
    static void change(Shoe& shoe) { shoe.name = QStringLiteral("Road pair (old)"); }
    static constexpr int column = ShoeModel::Name;
};

template <typename R> class JournalModels : public JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ids = std::make_shared<RecordIds>();
        model = Kind<R>::make(*this, store, preferences, catalog);
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    CommandContext commands()
    {
        return CommandContext {store, ids, [this](const Error& error) { errors.append(error.text()); }};
    }

    QString cell(RecordId id) const
    {
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->index(row, Kind<R>::column).data().toString();
    }

    // The id the model shows for the one record it holds.
    RecordId onlyId() const
    {
        return model->rowCount() == 1 ? model->index(0, 0).data(journalrole::Id).toLongLong() : NoId;
    }

    std::shared_ptr<RecordIds> ids;
    std::unique_ptr<typename Kind<R>::Model> model;
    QUndoStack undo;
    QStringList errors;
};

using RecordTypes = ::testing::Types<PainEntry, patella::Run, WeeklyTotal, FlexCheck, SessionRecord, Shoe>;
TYPED_TEST_SUITE(JournalModels, RecordTypes);

} // namespace

TYPED_TEST(JournalModels, AddShowsTheRowAndUndoRemovesIt)
{
    using R = TypeParam;
    EXPECT_EQ(this->model->rowCount(), 0);
    R record = Kind<R>::sample(this->at(2));
    const auto added = this->store.add(record);
    ASSERT_TRUE(added.ok()) << added.error().text().toStdString();
    record.id = *added;
    EXPECT_EQ(this->model->rowCount(), 1) << "the model reloads on the store's changed()";
    this->undo.push(new AddRecordCommand<R>(this->commands(), record, *added, QStringLiteral("add")));

    this->undo.undo();
    EXPECT_EQ(this->model->rowCount(), 0);
    EXPECT_FALSE(this->store.template get<R>(*added).ok());
    this->undo.redo();
    ASSERT_EQ(this->model->rowCount(), 1);
    EXPECT_EQ(this->ids->current(detail::kindOf<R>(), *added), this->onlyId());
    EXPECT_TRUE(this->errors.isEmpty()) << this->errors.join(QLatin1Char('\n')).toStdString();
}

TYPED_TEST(JournalModels, EditShowsTheChangeAndUndoRestoresIt)
{
    using R = TypeParam;
    R before = Kind<R>::sample(this->at(3));
    const auto added = this->store.add(before);
    ASSERT_TRUE(added.ok());
    before.id = *added;
    const QString original = this->cell(*added);
    ASSERT_FALSE(original.isEmpty());

    R after = before;
    Kind<R>::change(after);
    ASSERT_TRUE(this->store.update(after).ok());
    this->undo.push(new EditRecordCommand<R>(this->commands(), before, after, QStringLiteral("edit")));
    const QString edited = this->cell(*added);
    EXPECT_NE(edited, original);

    this->undo.undo();
    EXPECT_EQ(this->cell(*added), original);
    this->undo.redo();
    EXPECT_EQ(this->cell(*added), edited);
    EXPECT_TRUE(this->errors.isEmpty()) << this->errors.join(QLatin1Char('\n')).toStdString();
}

TYPED_TEST(JournalModels, DeleteAndUndoBringsTheRecordBack)
{
    using R = TypeParam;
    R record = Kind<R>::sample(this->at(4));
    const auto added = this->store.add(record);
    ASSERT_TRUE(added.ok());
    record.id = *added;
    const QString shown = this->cell(*added);

    const auto linked = DeleteRecordCommand<R>::linkedRecords(this->store, record);
    ASSERT_TRUE(this->store.template remove<R>(*added).ok());
    this->undo.push(new DeleteRecordCommand<R>(this->commands(), record, linked, QStringLiteral("delete")));
    EXPECT_EQ(this->model->rowCount(), 0);

    this->undo.undo();
    ASSERT_EQ(this->model->rowCount(), 1);
    const RecordId restored = this->onlyId();
    EXPECT_EQ(this->cell(restored), shown);
    EXPECT_EQ(this->ids->current(detail::kindOf<R>(), *added), restored);

    this->undo.redo();
    EXPECT_EQ(this->model->rowCount(), 0);
    EXPECT_TRUE(this->errors.isEmpty()) << this->errors.join(QLatin1Char('\n')).toStdString();
}

TYPED_TEST(JournalModels, EditThenDeleteUndoneInOrderFollowsTheNewId)
{
    using R = TypeParam;
    R before = Kind<R>::sample(this->at(5));
    const auto added = this->store.add(before);
    ASSERT_TRUE(added.ok());
    before.id = *added;
    const QString original = this->cell(*added);
    R after = before;
    Kind<R>::change(after);
    ASSERT_TRUE(this->store.update(after).ok());
    this->undo.push(new EditRecordCommand<R>(this->commands(), before, after, QStringLiteral("edit")));
    ASSERT_TRUE(this->store.template remove<R>(*added).ok());
    this->undo.push(new DeleteRecordCommand<R>(this->commands(), after, {}, QStringLiteral("delete")));

    this->undo.undo(); // the delete: back with a new id
    this->undo.undo(); // the edit: applied to the record under its new id
    ASSERT_EQ(this->model->rowCount(), 1);
    EXPECT_EQ(this->cell(this->onlyId()), original);
    EXPECT_TRUE(this->errors.isEmpty()) << this->errors.join(QLatin1Char('\n')).toStdString();
}

using JournalLinks = JournalFixture;

TEST_F(JournalLinks, UndoingAShoeDeleteLinksItsRunsAgain)
{
    const RecordId shoe = addShoe(QStringLiteral("Trail"));
    const RecordId first = addRun(3, 6000.0, shoe);
    const RecordId second = addRun(1, 8000.0, shoe);
    auto ids = std::make_shared<RecordIds>();
    QUndoStack undo;
    const auto record = store.get<Shoe>(shoe);
    ASSERT_TRUE(record.ok());
    const auto linked = DeleteRecordCommand<Shoe>::linkedRecords(store, record.value());
    EXPECT_EQ(linked.size(), 2);
    ASSERT_TRUE(store.remove<Shoe>(shoe).ok());
    undo.push(new DeleteRecordCommand<Shoe>(CommandContext {store, ids, {}}, record.value(), linked,
                                            QStringLiteral("delete")));
    EXPECT_FALSE(store.get<patella::Run>(first).value().shoeId.has_value());

    undo.undo();
    const RecordId restored = ids->current(RecordKind::Shoes, shoe);
    EXPECT_EQ(store.get<patella::Run>(first).value().shoeId, restored);
    EXPECT_EQ(store.get<patella::Run>(second).value().shoeId, restored);
    const auto distances = store.shoeDistances();
    ASSERT_TRUE(distances.ok());
    ASSERT_EQ(distances.value().size(), 1);
    EXPECT_DOUBLE_EQ(distances.value().constFirst().distanceMetres, 14000.0);
}

TEST_F(JournalLinks, UndoingASessionDeleteLinksItsPainEntriesAgain)
{
    SessionRecord session = Kind<SessionRecord>::sample(at(1));
    const auto added = store.add(session);
    ASSERT_TRUE(added.ok());
    session.id = *added;
    PainEntry entry = Kind<PainEntry>::sample(at(1, 8));
    entry.sessionId = *added;
    const auto entryId = store.add(entry);
    ASSERT_TRUE(entryId.ok());
    auto ids = std::make_shared<RecordIds>();
    QUndoStack undo;
    const auto linked = DeleteRecordCommand<SessionRecord>::linkedRecords(store, session);
    ASSERT_TRUE(store.remove<SessionRecord>(*added).ok());
    undo.push(new DeleteRecordCommand<SessionRecord>(CommandContext {store, ids, {}}, session, linked,
                                                     QStringLiteral("delete")));
    EXPECT_FALSE(store.get<PainEntry>(*entryId).value().sessionId.has_value());
    undo.undo();
    EXPECT_EQ(store.get<PainEntry>(*entryId).value().sessionId, ids->current(RecordKind::Sessions, *added));
}

class JournalDisplay : public JournalFixture
{
protected:
    void SetUp() override
    {
        JournalFixture::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

TEST_F(JournalDisplay, RunsShowTheRunnersUnitAndFollowItsChanges)
{
    addRun(1, 16093.44);
    RunModel model(store, preferences);
    preferences.setDistanceUnit(DistanceUnit::Miles);
    EXPECT_EQ(model.index(0, RunModel::Distance).data().toString(), QStringLiteral("10.00 mi"));
    EXPECT_DOUBLE_EQ(model.record(0).distanceMetres, 16093.44);
    preferences.setDistanceUnit(DistanceUnit::Kilometres);
    EXPECT_EQ(model.index(0, RunModel::Distance).data().toString(), QStringLiteral("16.09 km"));
    EXPECT_EQ(model.index(0, RunModel::Date).data().toString(),
              QLocale().toString(model.record(0).localDate, QLocale::ShortFormat));
}

TEST_F(JournalDisplay, ImportedRunsShowMovingTimeCadenceAndTheirSource)
{
    addRun(2, 8000.0); // typed by hand
    patella::Run imported;
    imported.start = at(1);
    imported.localDate = imported.start.toLocalTime().date();
    imported.distanceMetres = 10000.0;
    imported.durationSeconds = 3000;
    imported.movingSeconds = 3000;
    imported.elapsedSeconds = 3240;
    imported.cadenceSpm = 171.6;
    imported.source = RunSource::Import;
    imported.externalId = QStringLiteral("fit:1");
    imported.device = QStringLiteral("Forerunner 255");
    imported.distanceSource = QStringLiteral("device");
    ASSERT_TRUE(store.add(imported).ok());
    RunModel model(store, preferences);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, RunModel::Source).data().toString(), QStringLiteral("By hand"));
    EXPECT_TRUE(model.index(0, RunModel::Moving).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, RunModel::Cadence).data().toString().isEmpty());
    EXPECT_EQ(model.index(1, RunModel::Source).data().toString(), QStringLiteral("Imported from Forerunner 255"));
    EXPECT_EQ(model.index(1, RunModel::Moving).data().toString(), QStringLiteral("50:00"));
    EXPECT_EQ(model.index(1, RunModel::Cadence).data().toString(), QStringLiteral("172 spm"));
    EXPECT_EQ(model.headerData(RunModel::Cadence, Qt::Horizontal).toString(), QStringLiteral("Cadence"));
}

TEST_F(JournalDisplay, ShoesNearTheirLimitAskForALookAtTheMidsole)
{
    const RecordId worn = addShoe(QStringLiteral("Old road"), 500000.0);
    const RecordId fresh = addShoe(QStringLiteral("New road"), 700000.0, 20);
    for (int day = 1; day <= 9; ++day)
        addRun(day * 3, 50000.0, worn); // 450 km of 500
    addRun(2, 10000.0, fresh);
    ShoeModel model(store, preferences);
    ASSERT_EQ(model.rowCount(), 2);
    const int row = model.rowOf(worn);
    EXPECT_EQ(model.index(row, ShoeModel::Distance).data().toString(), QStringLiteral("450 km of 500 km"));
    EXPECT_EQ(model.index(row, ShoeModel::Status).data().toString(), QStringLiteral("Check the midsole"));
    const QString tip = model.index(row, ShoeModel::Status).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("midsole"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("worn out"))) << "no verdicts";
    EXPECT_EQ(model.index(model.rowOf(fresh), ShoeModel::Status).data().toString(), QStringLiteral("In use"));
}

TEST_F(JournalDisplay, ProxyFiltersByPresetAndSortsByValue)
{
    addRun(2, 5000.0);
    addRun(20, 12000.0);
    addRun(60, 8000.0);
    addRun(200, 3000.0);
    RunModel model(store, preferences);
    JournalProxy proxy;
    proxy.setSourceModel(&model);
    const QDate today = test::referenceDate();
    proxy.setRange(JournalProxy::presetRange(JournalProxy::Preset::FourWeeks, today));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setRange(JournalProxy::presetRange(JournalProxy::Preset::TwelveWeeks, today));
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setRange(JournalProxy::presetRange(JournalProxy::Preset::ThisYear, today));
    EXPECT_EQ(proxy.rowCount(), 3) << "the 200-days-ago run lies in last year";
    proxy.setRange(JournalProxy::presetRange(JournalProxy::Preset::All, today));
    EXPECT_EQ(proxy.rowCount(), 4);
    proxy.sort(RunModel::Distance, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, RunModel::Distance).data().toString(), QStringLiteral("12.00 km"));
    EXPECT_EQ(proxy.index(3, RunModel::Distance).data().toString(), QStringLiteral("3.00 km"));
    addRun(1, 20000.0);
    EXPECT_EQ(proxy.rowCount(), 5);
    EXPECT_EQ(proxy.index(0, RunModel::Distance).data().toString(), QStringLiteral("20.00 km"));
}
