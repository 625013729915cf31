#include "tests/core/store/storetesting.h"

#include <QSignalSpy>

#include <functional>

using namespace patella;
using namespace patella::test;

namespace {

using RecordsTest = StoreTest;

TEST_F(RecordsTest, PainEntryRoundTripsAndUpdatesAndDeletes)
{
    PainEntry entry = samplePain();
    auto id = store.add(entry);
    ASSERT_TRUE(id.ok()) << why(id);
    auto read = store.get<PainEntry>(id.value());
    ASSERT_TRUE(read.ok()) << why(read);
    EXPECT_EQ(read->id, id.value());
    EXPECT_EQ(read->at, entry.at);
    EXPECT_EQ(read->at.timeSpec(), Qt::UTC);
    EXPECT_EQ(read->localDate, entry.localDate);
    EXPECT_EQ(read->score, 4);
    EXPECT_EQ(read->situation, PainSituation::Stairs);
    EXPECT_EQ(read->side, Side::Right);
    EXPECT_EQ(read->note, entry.note);
    EXPECT_FALSE(read->sessionId.has_value());

    PainEntry changed = read.value();
    changed.score = 7;
    changed.situation = PainSituation::LongSitting;
    changed.note = QStringLiteral("cinema");
    ASSERT_TRUE(store.update(changed).ok());
    EXPECT_EQ(store.get<PainEntry>(changed.id)->score, 7);
    EXPECT_EQ(store.get<PainEntry>(changed.id)->situation, PainSituation::LongSitting);

    ASSERT_TRUE(store.remove<PainEntry>(changed.id).ok());
    auto gone = store.get<PainEntry>(changed.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().field, QStringLiteral("id"));
    EXPECT_FALSE(store.remove<PainEntry>(changed.id).ok());
}

TEST_F(RecordsTest, PainEntryLinkedToSessionLosesLinkWhenSessionGoes)
{
    auto session = store.add(sampleSession());
    ASSERT_TRUE(session.ok()) << why(session);
    PainEntry entry = samplePain();
    entry.situation = PainSituation::AfterSession;
    entry.sessionId = session.value();
    auto id = store.add(entry);
    ASSERT_TRUE(id.ok()) << why(id);
    EXPECT_EQ(store.get<PainEntry>(id.value())->sessionId, session.value());
    ASSERT_TRUE(store.remove<SessionRecord>(session.value()).ok());
    EXPECT_FALSE(store.get<PainEntry>(id.value())->sessionId.has_value());

    entry.sessionId = 4242; // no such session: the foreign key refuses it
    auto refused = store.add(entry);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("sessionId"));
}

TEST_F(RecordsTest, FlexCheckRoundTrips)
{
    FlexCheck check = sampleFlex();
    auto id = store.add(check);
    ASSERT_TRUE(id.ok()) << why(id);
    auto read = store.get<FlexCheck>(id.value());
    ASSERT_TRUE(read.ok()) << why(read);
    EXPECT_EQ(read->at, check.at);
    EXPECT_EQ(read->localDate, check.localDate);
    EXPECT_EQ(read->test, FlexTest::KneeToWall);
    EXPECT_EQ(read->side, Side::Left);
    EXPECT_DOUBLE_EQ(read->value, 9.5);
    EXPECT_EQ(read->unit, FlexUnit::Centimetres);

    FlexCheck changed = read.value();
    changed.test = FlexTest::HalfKneelingHipFlexor;
    changed.unit = FlexUnit::Tightness;
    changed.value = 6;
    ASSERT_TRUE(store.update(changed).ok());
    EXPECT_EQ(store.get<FlexCheck>(id.value())->unit, FlexUnit::Tightness);
    EXPECT_EQ(store.get<FlexCheck>(id.value())->test, FlexTest::HalfKneelingHipFlexor);
}

TEST_F(RecordsTest, RunRoundTripsWithShoeAndShoeRemovalKeepsTheRun)
{
    auto shoe = store.add(sampleShoe());
    ASSERT_TRUE(shoe.ok()) << why(shoe);
    patella::Run run = sampleRun();
    run.shoeId = shoe.value();
    auto id = store.add(run);
    ASSERT_TRUE(id.ok()) << why(id);
    auto read = store.get<patella::Run>(id.value());
    ASSERT_TRUE(read.ok()) << why(read);
    EXPECT_EQ(read->start, run.start);
    EXPECT_EQ(read->localDate, run.localDate);
    EXPECT_DOUBLE_EQ(read->distanceMetres, 8240.0);
    EXPECT_EQ(read->durationSeconds, 2950);
    EXPECT_EQ(read->effort, 5);
    EXPECT_EQ(read->shoeId, shoe.value());
    EXPECT_EQ(read->painDuring, 2);
    EXPECT_EQ(read->painAfter, 3);
    EXPECT_EQ(read->source, RunSource::Manual);
    EXPECT_TRUE(read->externalId.isEmpty());
    EXPECT_EQ(read->note, run.note);

    ASSERT_TRUE(store.remove<Shoe>(shoe.value()).ok());
    auto kept = store.get<patella::Run>(id.value());
    ASSERT_TRUE(kept.ok());
    EXPECT_FALSE(kept->shoeId.has_value());
    EXPECT_FALSE(kept->painDuring.has_value() && *kept->painDuring != 2);
}

TEST_F(RecordsTest, ShoeRoundTripsWithRetirement)
{
    Shoe shoe = sampleShoe();
    shoe.retired = QDate(2026, 3, 1);
    auto id = store.add(shoe);
    ASSERT_TRUE(id.ok()) << why(id);
    auto read = store.get<Shoe>(id.value());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->name, shoe.name);
    EXPECT_EQ(read->firstUse, shoe.firstUse);
    EXPECT_EQ(read->retired, QDate(2026, 3, 1));
    EXPECT_DOUBLE_EQ(read->limitMetres, 650000.0);
    Shoe back = read.value();
    back.retired.reset();
    ASSERT_TRUE(store.update(back).ok());
    EXPECT_FALSE(store.get<Shoe>(id.value())->retired.has_value());
}

TEST_F(RecordsTest, SessionRoundTripsWithItemsInOrder)
{
    SessionRecord session = sampleSession();
    session.outcome = SessionOutcome::Interrupted;
    auto id = store.add(session);
    ASSERT_TRUE(id.ok()) << why(id);
    auto read = store.get<SessionRecord>(id.value());
    ASSERT_TRUE(read.ok()) << why(read);
    EXPECT_EQ(read->routineId, QStringLiteral("daily-mobility"));
    EXPECT_EQ(read->start, session.start);
    EXPECT_EQ(read->end, session.end);
    EXPECT_EQ(read->localDate, session.localDate);
    EXPECT_EQ(read->outcome, SessionOutcome::Interrupted);
    ASSERT_EQ(read->items.size(), 3);
    const SessionItem& quad = read->items.at(0);
    EXPECT_GT(quad.id, 0);
    EXPECT_EQ(quad.exerciseId, QStringLiteral("standing-quad-stretch"));
    EXPECT_EQ(quad.side, Side::Left);
    EXPECT_EQ(quad.set, 2);
    EXPECT_EQ(quad.plannedSeconds, 30);
    EXPECT_EQ(quad.actualSeconds, 27);
    EXPECT_EQ(quad.pain, 1);
    EXPECT_FALSE(quad.skipped);
    EXPECT_EQ(read->items.at(1).exerciseId, QStringLiteral("calf-wall-stretch"));
    EXPECT_EQ(read->items.at(1).part, 1);
    EXPECT_TRUE(read->items.at(1).skipped);
    EXPECT_FALSE(read->items.at(1).pain.has_value());
    EXPECT_EQ(read->items.at(2).plannedReps, 12);
    EXPECT_EQ(read->items.at(2).actualReps, 10);
    EXPECT_EQ(read->items.at(2).side, Side::Both);

    SessionRecord changed = read.value();
    changed.items.removeAt(1);
    changed.outcome = SessionOutcome::Completed;
    ASSERT_TRUE(store.update(changed).ok());
    auto after = store.get<SessionRecord>(id.value());
    ASSERT_EQ(after->items.size(), 2);
    EXPECT_EQ(after->items.at(1).exerciseId, QStringLiteral("glute-bridge"));
    EXPECT_EQ(after->outcome, SessionOutcome::Completed);

    // Items go with their session.
    ASSERT_TRUE(store.remove<SessionRecord>(id.value()).ok());
    auto all = store.list<SessionRecord>();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(RecordsTest, CheckInWeeklyTotalAndMorningCheckRoundTrip)
{
    auto checkIn = store.add(sampleCheckIn());
    ASSERT_TRUE(checkIn.ok()) << why(checkIn);
    auto readCheckIn = store.get<CheckIn>(checkIn.value());
    ASSERT_TRUE(readCheckIn.ok());
    EXPECT_EQ(readCheckIn->weekStart, QDate(2026, 3, 9));
    EXPECT_EQ(readCheckIn->worstPain, 5);
    EXPECT_EQ(readCheckIn->usualPain, 2);
    EXPECT_EQ(readCheckIn->kneeWorseMorning, false);
    EXPECT_EQ(readCheckIn->notes, QStringLiteral("stairs were easier"));
    CheckIn unanswered = sampleCheckIn();
    unanswered.weekStart = QDate(2026, 3, 2);
    unanswered.worstPain.reset();
    unanswered.usualPain.reset();
    unanswered.kneeWorseMorning.reset();
    auto second = store.add(unanswered);
    ASSERT_TRUE(second.ok()) << why(second);
    EXPECT_FALSE(store.get<CheckIn>(second.value())->kneeWorseMorning.has_value());
    EXPECT_FALSE(store.get<CheckIn>(second.value())->worstPain.has_value());

    auto total = store.add(sampleWeeklyTotal());
    ASSERT_TRUE(total.ok()) << why(total);
    auto readTotal = store.get<WeeklyTotal>(total.value());
    EXPECT_EQ(readTotal->weekStart, QDate(2026, 2, 23));
    EXPECT_DOUBLE_EQ(readTotal->distanceMetres, 24000.0);
    EXPECT_EQ(readTotal->runs, 3);
    EXPECT_EQ(readTotal->note, QStringLiteral("logged from memory"));

    auto morning = store.add(MorningCheck {NoId, referenceDate(), true});
    ASSERT_TRUE(morning.ok()) << why(morning);
    EXPECT_TRUE(store.get<MorningCheck>(morning.value())->worse);
    EXPECT_EQ(store.get<MorningCheck>(morning.value())->date, referenceDate());
    auto again = store.add(MorningCheck {NoId, referenceDate(), false});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, QStringLiteral("date"));
    EXPECT_EQ(again.error().message, QStringLiteral("is already in the journal"));
}

TEST_F(RecordsTest, ListsFilterByLocalDateAndOrderByTime)
{
    for (int day : {5, 1, 3}) {
        PainEntry e = samplePain();
        e.localDate = referenceDate().addDays(-day);
        e.at = QDateTime(e.localDate, QTime(12, 0), QTimeZone::utc());
        e.score = day;
        ASSERT_TRUE(store.add(e).ok());
    }
    auto some = store.list<PainEntry>({referenceDate().addDays(-4), referenceDate()});
    ASSERT_TRUE(some.ok());
    ASSERT_EQ(some->size(), 2);
    EXPECT_EQ(some->at(0).score, 3);
    EXPECT_EQ(some->at(1).score, 1);
    EXPECT_EQ(store.list<PainEntry>()->size(), 3);
    EXPECT_EQ(store.list<PainEntry>({referenceDate().addDays(-5), QDate()})->size(), 3);
}

TEST_F(RecordsTest, ImportNeverDoubleCountsARun)
{
    patella::Run a = sampleRun();
    a.source = RunSource::Import;
    a.externalId = QStringLiteral("watch-1001");
    patella::Run b = a;
    b.externalId = QStringLiteral("watch-1002");
    b.start = b.start.addDays(-2);
    b.localDate = b.localDate.addDays(-2);
    auto first = store.importRuns({a, b});
    ASSERT_TRUE(first.ok()) << why(first);
    EXPECT_EQ(first.value(), 2);
    auto again = store.importRuns({b, a, a});
    ASSERT_TRUE(again.ok()) << why(again);
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(store.list<patella::Run>()->size(), 2);
    EXPECT_EQ(store.list<patella::Run>()->at(1).externalId, QStringLiteral("watch-1001"));

    auto twice = store.add(a);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, QStringLiteral("externalId"));
}

TEST_F(RecordsTest, BatchWithOneBadRecordLeavesNothingBehind)
{
    QList<PainEntry> entries;
    for (int i = 0; i < 5; ++i) {
        PainEntry e = samplePain();
        e.score = i;
        entries.append(e);
    }
    entries[3].score = 11;
    auto refused = store.addAll(entries);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("pain_entries[3].score"));
    EXPECT_TRUE(store.list<PainEntry>()->isEmpty());

    // A failure only SQLite sees (the same external id twice) rolls back the rows already inserted.
    patella::Run a = sampleRun();
    a.externalId = QStringLiteral("same");
    QList<patella::Run> runs {sampleRun(), a, sampleRun(), a};
    auto clash = store.addAll(runs);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().field, QStringLiteral("runs[3].externalId"));
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());

    // And a mixed batch: a bad check-in at the end takes the pain entries and runs with it.
    JournalBatch batch;
    batch.painEntries = {samplePain(), samplePain()};
    batch.runs = {sampleRun()};
    CheckIn bad = sampleCheckIn();
    bad.weekStart = QDate(2026, 3, 10); // a Tuesday
    batch.checkIns = {bad};
    auto mixed = store.addBatch(batch);
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.error().field, QStringLiteral("weekStart"));
    EXPECT_TRUE(store.list<PainEntry>()->isEmpty());
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());

    entries[3].score = 10;
    auto ids = store.addAll(entries);
    ASSERT_TRUE(ids.ok()) << why(ids);
    EXPECT_EQ(ids->size(), 5);
    EXPECT_EQ(store.list<PainEntry>()->size(), 5);
}

TEST_F(RecordsTest, EmitsChangedForTheKindWritten)
{
    QSignalSpy spy(&store, &JournalStore::changed);
    ASSERT_TRUE(store.add(samplePain()).ok());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<RecordKind>(), RecordKind::PainEntries);
    auto run = store.add(sampleRun());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<RecordKind>(), RecordKind::Runs);
    PainEntry bad = samplePain();
    bad.score = -1;
    EXPECT_FALSE(store.add(bad).ok());
    EXPECT_EQ(spy.count(), 2); // nothing written, nothing said
    ASSERT_TRUE(store.remove<patella::Run>(run.value()).ok());
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(0).value<RecordKind>(), RecordKind::Runs);
}

TEST_F(RecordsTest, SaysWhichRecordsWereAddedBeforeSayingTheKindChanged)
{
    QList<QString> order;
    QObject::connect(&store, &JournalStore::added, &store, [&](RecordKind kind, const QList<RecordId>& ids) {
        order.append(QStringLiteral("added %1 x%2").arg(int(kind)).arg(ids.size()));
    });
    QObject::connect(&store, &JournalStore::changed, &store,
                     [&](RecordKind kind) { order.append(QStringLiteral("changed %1").arg(int(kind))); });
    QSignalSpy added(&store, &JournalStore::added);

    auto one = store.add(samplePain());
    ASSERT_TRUE(one.ok()) << why(one);
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.at(0).at(1).value<QList<RecordId>>(), QList<RecordId> {one.value()});
    auto many = store.addAll(QList<PainEntry> {samplePain(), samplePain()});
    ASSERT_TRUE(many.ok()) << why(many);
    ASSERT_EQ(added.count(), 2);
    EXPECT_EQ(added.at(1).at(1).value<QList<RecordId>>(), many.value());
    const int pain = int(RecordKind::PainEntries);
    EXPECT_EQ(order,
              (QList<QString> {QStringLiteral("added %1 x1").arg(pain), QStringLiteral("changed %1").arg(pain),
                               QStringLiteral("added %1 x2").arg(pain), QStringLiteral("changed %1").arg(pain)}));

    // An update or a removal is not an addition: only changed() is said.
    PainEntry entry = store.get<PainEntry>(one.value()).value();
    entry.score = 2;
    ASSERT_TRUE(store.update(entry).ok());
    ASSERT_TRUE(store.remove<PainEntry>(one.value()).ok());
    EXPECT_EQ(added.count(), 2);

    // Inside one transaction: the additions are said together after the commit, unless the kind was also
    // changed otherwise there.
    auto together = store.writeTogether([&]() -> Result<void> {
        if (auto a = store.add(samplePain()); !a)
            return a.error();
        if (auto b = store.add(samplePain()); !b)
            return b.error();
        if (auto run = store.add(sampleRun()); !run)
            return run.error();
        return store.remove<patella::Run>(store.list<patella::Run>().value().constFirst().id);
    });
    ASSERT_TRUE(together.ok()) << why(together);
    ASSERT_EQ(added.count(), 3) << "the pain entries, not the run that was added and removed";
    EXPECT_EQ(added.at(2).at(0).value<RecordKind>(), RecordKind::PainEntries);
    EXPECT_EQ(added.at(2).at(1).value<QList<RecordId>>().size(), 2);
}

// Each validation rule: the record, the field it names and the sentence it says.
struct Invalid
{
    const char* name;
    std::function<Result<RecordId>(JournalStore&)> write;
    const char* field;
    const char* message;
};

class ValidationTest : public StoreTest, public ::testing::WithParamInterface<Invalid>
{
};

TEST_P(ValidationTest, RejectsWithFieldAndMessage)
{
    const Invalid& c = GetParam();
    auto result = c.write(store);
    ASSERT_FALSE(result.ok()) << c.name;
    EXPECT_EQ(result.error().field.toStdString(), c.field);
    EXPECT_EQ(result.error().message.toStdString(), c.message);
    EXPECT_TRUE(store.list<PainEntry>()->isEmpty());
    EXPECT_TRUE(store.list<patella::Run>()->isEmpty());
}

template <typename R> std::function<Result<RecordId>(JournalStore&)> writing(R record)
{
    return [record](JournalStore& s) { return s.add(record); };
}

PainEntry pain(std::function<void(PainEntry&)> change)
{
    PainEntry e = samplePain();
    change(e);
    return e;
}
patella::Run run(std::function<void(patella::Run&)> change)
{
    patella::Run r = sampleRun();
    change(r);
    return r;
}
FlexCheck flex(std::function<void(FlexCheck&)> change)
{
    FlexCheck c = sampleFlex();
    change(c);
    return c;
}
SessionRecord session(std::function<void(SessionRecord&)> change)
{
    SessionRecord s = sampleSession();
    change(s);
    return s;
}

const QDate kFarFuture = referenceDate().addDays(2);

INSTANTIATE_TEST_SUITE_P(
    Store, ValidationTest,
    ::testing::Values(
        Invalid {"score high", writing(pain([](auto& e) { e.score = 11; })), "score", "must be between 0 and 10"},
        Invalid {"score low", writing(pain([](auto& e) { e.score = -1; })), "score", "must be between 0 and 10"},
        Invalid {"situation", writing(pain([](auto& e) { e.situation = PainSituation(99); })), "situation",
                 "is not a known situation"},
        Invalid {"side", writing(pain([](auto& e) { e.side = Side(7); })), "side", "is not a known side"},
        Invalid {"pain missing time", writing(pain([](auto& e) { e.at = {}; })), "at", "is missing"},
        Invalid {"pain future", writing(pain([](auto& e) {
                     e.at = QDateTime(kFarFuture, QTime(8, 0), QTimeZone::utc());
                     e.localDate = kFarFuture;
                 })),
                 "at", "lies beyond tomorrow"},
        Invalid {"local date far", writing(pain([](auto& e) { e.localDate = e.localDate.addDays(-3); })), "localDate",
                 "is more than a day away from the time"},
        Invalid {"distance negative", writing(run([](auto& r) { r.distanceMetres = -1; })), "distance",
                 "must not be negative"},
        Invalid {"distance huge", writing(run([](auto& r) { r.distanceMetres = 300001; })), "distance",
                 "is more than 300 km, too long for one run"},
        Invalid {"duration zero", writing(run([](auto& r) { r.durationSeconds = 0; })), "duration",
                 "must be longer than zero"},
        Invalid {"run future", writing(run([](auto& r) {
                     r.start = QDateTime(kFarFuture, QTime(6, 0), QTimeZone::utc());
                     r.localDate = kFarFuture;
                 })),
                 "start", "lies beyond tomorrow"},
        Invalid {"effort", writing(run([](auto& r) { r.effort = 12; })), "effort", "must be between 0 and 10"},
        Invalid {"pain during", writing(run([](auto& r) { r.painDuring = 15; })), "painDuring",
                 "must be between 0 and 10"},
        Invalid {"import id", writing(run([](auto& r) { r.source = RunSource::Import; })), "externalId",
                 "is needed for an imported run"},
        Invalid {"unknown shoe", writing(run([](auto& r) { r.shoeId = 77; })), "shoeId",
                 "refers to a record that is not in the journal"},
        Invalid {"flex test", writing(flex([](auto& c) { c.test = FlexTest(40); })), "test",
                 "is not a known flexibility test"},
        Invalid {"flex tightness", writing(flex([](auto& c) {
                     c.unit = FlexUnit::Tightness;
                     c.value = 12;
                 })),
                 "value", "must be between 0 and 10"},
        Invalid {"flex degrees", writing(flex([](auto& c) {
                     c.unit = FlexUnit::Degrees;
                     c.value = 200;
                 })),
                 "value", "must be between 0 and 180 degrees"},
        Invalid {"routine", writing(session([](auto& s) { s.routineId.clear(); })), "routineId", "is not a routine id"},
        Invalid {"session end", writing(session([](auto& s) { s.end = s.start.addSecs(-1); })), "end",
                 "is before the start"},
        Invalid {"item pain", writing(session([](auto& s) { s.items[0].pain = 11; })), "pain",
                 "must be between 0 and 10"},
        Invalid {"item set", writing(session([](auto& s) { s.items[1].set = 0; })), "set", "must be between 1 and 20"},
        Invalid {"exercise id",
                 writing(session([](auto& s) { s.items[2].exerciseId = QStringLiteral("Glute Bridge"); })),
                 "exerciseId", "is not an exercise id"},
        Invalid {"shoe name", writing([] {
                     Shoe s = sampleShoe();
                     s.name = QStringLiteral("  ");
                     return s;
                 }()),
                 "name", "is missing"},
        Invalid {"shoe retired", writing([] {
                     Shoe s = sampleShoe();
                     s.retired = s.firstUse.addDays(-1);
                     return s;
                 }()),
                 "retired", "is before the first use"},
        Invalid {"week not monday", writing([] {
                     WeeklyTotal total = sampleWeeklyTotal();
                     total.weekStart = total.weekStart.addDays(2);
                     return total;
                 }()),
                 "weekStart", "must be a Monday"},
        Invalid {"week distance", writing([] {
                     WeeklyTotal total = sampleWeeklyTotal();
                     total.distanceMetres = -5;
                     return total;
                 }()),
                 "distance", "must not be negative"},
        Invalid {"checkin pain", writing([] {
                     CheckIn c = sampleCheckIn();
                     c.worstPain = 12;
                     return c;
                 }()),
                 "worstPain", "must be between 0 and 10"},
        Invalid {"checkin future", writing([] {
                     CheckIn c = sampleCheckIn();
                     c.weekStart = QDate(2026, 3, 23);
                     return c;
                 }()),
                 "weekStart", "lies beyond tomorrow"},
        Invalid {"morning future", writing(MorningCheck {NoId, kFarFuture, true}), "date", "lies beyond tomorrow"}),
    [](const ::testing::TestParamInfo<Invalid>& param) {
        std::string name = param.param.name;
        for (char& ch : name) {
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        }
        return name;
    });

TEST_F(RecordsTest, TomorrowIsStillAllowed)
{
    PainEntry e = samplePain();
    e.localDate = referenceDate().addDays(1);
    e.at = QDateTime(e.localDate, QTime(6, 0), QTimeZone::utc());
    EXPECT_TRUE(store.add(e).ok());
}

TEST_F(RecordsTest, MissingLocalDateIsTakenFromTheInstant)
{
    PainEntry e = samplePain();
    e.localDate = {};
    auto id = store.add(e);
    ASSERT_TRUE(id.ok()) << why(id);
    EXPECT_EQ(store.get<PainEntry>(id.value())->localDate, e.at.toLocalTime().date());
}

TEST(StoreClosed, RefusesWritesWhenNothingIsOpen)
{
    FixedClock clock(referenceNow());
    JournalStore store(clock);
    auto result = store.add(samplePain());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, QStringLiteral("journal"));
    EXPECT_FALSE(store.painSummaryPerDay({}).ok());
}

} // namespace
