#include "core/import/importer.h"

#include "core/import/duplicates.h"
#include "core/import/sport.h"
#include "core/model/units.h"
#include "core/store/journalstore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace patella {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 kSameOutingMs = 60 * 1000;
constexpr double kMaxImportMetres = 300000.0; // the journal's own limits (store/validation)
constexpr int kMaxImportSeconds = 72 * 3600;
constexpr double kMaxPlausibleMetresPerSecond = 30.0; // 108 km/h: faster is a GPS jump, not an outing

int durationOf(const Activity& a)
{
    return a.movingSeconds > 0 ? a.movingSeconds : a.elapsedSeconds;
}

constexpr double kSameOutingDistanceShare = 0.10;
constexpr double kShortestRunMetres = 200.0; // shorter, or briefer, is a watch started by mistake
constexpr int kShortestRunSeconds = 60;

// The same outing read from another format (a GPX and a FIT of one run): started within a minute, the
// distances within 10% of each other (a 4-second transition just before a run is not that run).
bool sameOuting(const QDateTime& aStart, double aMetres, const QDateTime& bStart, double bMetres)
{
    const double larger = std::max(aMetres, bMetres);
    return std::abs(aStart.toMSecsSinceEpoch() - bStart.toMSecsSinceEpoch()) <= kSameOutingMs
        && std::abs(aMetres - bMetres) <= kSameOutingDistanceShare * larger;
}

QString distanceSourceId(DistanceSource source)
{
    switch (source) {
    case DistanceSource::DeviceTotal:
        return u"device"_s;
    case DistanceSource::PointSum:
        return u"points"_s;
    case DistanceSource::None:
        break;
    }
    return {};
}

} // namespace

QString statusId(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New:
        return u"new"_s;
    case ImportStatus::AlreadyInJournal:
        return u"in_journal"_s;
    case ImportStatus::LikelyDuplicate:
        return u"likely_duplicate"_s;
    case ImportStatus::Skipped:
        return u"skipped"_s;
    case ImportStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

Importer::Importer(JournalStore& store, QTimeZone zone)
    : m_store(store)
    , m_zone(std::move(zone))
{
}

std::optional<RecordId> Importer::defaultShoe(const QList<Shoe>& shoes, std::optional<RecordId> preferred, QDate day)
{
    const auto inUse = [day](const Shoe& shoe) {
        return (!shoe.firstUse.isValid() || shoe.firstUse <= day) && (!shoe.retired || *shoe.retired >= day);
    };
    std::optional<RecordId> only;
    int count = 0;
    for (const Shoe& shoe : shoes) {
        if (!inUse(shoe))
            continue;
        if (preferred && shoe.id == *preferred)
            return shoe.id;
        only = shoe.id;
        ++count;
    }
    return count == 1 ? only : std::nullopt;
}

QString Importer::skipReason(const Activity& a) const
{
    const QString sport = a.sportName.isEmpty() ? sportId(a.sport) : a.sportName;
    if (a.sportFromPace) {
        if (a.sport == ActivitySport::Other)
            return tr("The file does not say which sport this was, and it has no distance to judge by.");
        const double kmh = a.movingSeconds > 0 ? a.distanceMetres / a.movingSeconds * 3.6 : 0.0;
        //: %1 speed in km/h, %2 the sport it suggests ("cycling", "walking")
        return tr("The file does not say which sport this was; at %1 km/h it looks like %2, not a run.")
            .arg(kmh, 0, 'f', 1)
            .arg(sportId(a.sport));
    }
    //: %1 the file's own name for the sport ("Biking", "swimming")
    return tr("%1 is not running: Patella counts running load only. Tick it if it was a run.").arg(sport);
}

Result<QList<ImportCandidate>> Importer::classify(const QList<Result<ParsedFile>>& files,
                                                  std::optional<RecordId> preferredShoe)
{
    auto runs = m_store.list<Run>();
    if (!runs)
        return runs.error();
    auto shoes = m_store.list<Shoe>();
    if (!shoes)
        return shoes.error();
    const DuplicateFinder journal(runs.value());
    QList<ImportCandidate> all;
    for (const Result<ParsedFile>& file : files)
        all.append(classifyFile(file, runs.value(), journal, shoes.value(), preferredShoe, all));
    return all;
}

QList<ImportCandidate> Importer::classifyFile(const Result<ParsedFile>& file, const QList<Run>& runs,
                                              const DuplicateFinder& journal, const QList<Shoe>& shoes,
                                              std::optional<RecordId> preferredShoe,
                                              QList<ImportCandidate>& earlier) const
{
    QList<ImportCandidate> out;
    if (!file.ok()) {
        ImportCandidate rejected;
        rejected.file = file.error().field;
        rejected.status = ImportStatus::Rejected;
        rejected.reason = file.error().message;
        rejected.tickable = false;
        out.append(rejected);
        return out;
    }
    if (file->activities.isEmpty()) {
        ImportCandidate nothing;
        nothing.file = file->path;
        nothing.status = ImportStatus::Skipped;
        nothing.reason = file->notes.isEmpty() ? tr("The file holds no recorded activity.")
                                               : tr("No recorded activity: %1").arg(file->notes.join(u' '));
        nothing.tickable = false;
        out.append(nothing);
        return out;
    }
    for (const Activity& a : file->activities) {
        ImportCandidate c;
        c.file = file->path;
        c.activity = a;
        // The file's own offset where it has one (the watch knew where the runner was), else the zone.
        c.localDate = a.utcOffsetSeconds ? a.start.toUTC().addSecs(*a.utcOffsetSeconds).date()
                                         : a.start.toTimeZone(m_zone).date();
        c.shoeId = defaultShoe(shoes, preferredShoe, c.localDate);

        // The journal's duplicate rules (core/import/duplicates.h), shared with the running-history CSV.
        Run probe;
        probe.externalId = a.externalId;
        probe.localDate = c.localDate;
        probe.distanceMetres = a.distanceMetres;
        probe.source = RunSource::Import;
        const DuplicateFinder::Finding found = journal.find(probe);
        std::optional<RecordId> known;
        if (found.kind == DuplicateFinder::Kind::AlreadyImported)
            known = found.existing.id;
        for (auto run = runs.cbegin(); !known && run != runs.cend(); ++run) {
            if (run->source == RunSource::Import
                && sameOuting(run->start, run->distanceMetres, a.start, a.distanceMetres))
                known = run->id; // the same outing read from another format
        }
        // An activity met earlier in the batch (the sessions of one file are distinct activities).
        const ImportCandidate* twin = nullptr;
        for (const ImportCandidate& e : earlier)
            if (e.activity
                && (e.activity->externalId == a.externalId
                    || (e.file != c.file
                        && sameOuting(e.activity->start, e.activity->distanceMetres, a.start, a.distanceMetres))))
                twin = &e;
        for (const ImportCandidate& e : out)
            if (e.activity && e.activity->externalId == a.externalId)
                twin = &e;

        if (known) {
            c.status = ImportStatus::AlreadyInJournal;
            c.duplicateOf = *known;
            c.tickable = false;
            c.reason = tr("Already in the journal.");
        } else if (twin) {
            c.status = ImportStatus::AlreadyInJournal;
            c.tickable = false;
            c.reason = tr("The same activity as in %1.").arg(twin->file);
        } else if (durationOf(a) <= 0) {
            c.status = ImportStatus::Skipped;
            c.tickable = false;
            c.reason = tr("The file records no time for this activity.");
        } else if (a.distanceMetres > kMaxImportMetres || durationOf(a) > kMaxImportSeconds
                   || a.distanceMetres / durationOf(a) > kMaxPlausibleMetresPerSecond) {
            c.status = ImportStatus::Skipped;
            c.tickable = false;
            //: %1 distance in km, %2 duration in minutes
            c.reason = tr("%1 km in %2 min is more than one outing can be: the file's figures look wrong.")
                           .arg(a.distanceMetres / 1000.0, 0, 'f', 1)
                           .arg(durationOf(a) / 60.0, 0, 'f', 1);
        } else if (!isRun(a.sport)) {
            c.status = ImportStatus::Skipped;
            c.reason = skipReason(a);
        } else if (a.distanceMetres < kShortestRunMetres || durationOf(a) < kShortestRunSeconds) {
            c.status = ImportStatus::Skipped;
            //: %1 distance in metres, %2 duration in seconds
            c.reason = tr("%1 m in %2 s is too short for a run: likely the watch was started by mistake. Tick it if "
                          "it was a run.")
                           .arg(std::lround(a.distanceMetres))
                           .arg(durationOf(a));
        } else {
            c.status = ImportStatus::New;
            c.ticked = true;
            // A run typed by hand that day, within 10% of its distance: the runner decides.
            if (found.kind == DuplicateFinder::Kind::LikelyManual) {
                c.status = ImportStatus::LikelyDuplicate;
                c.duplicateOf = found.existing.id;
                c.ticked = false;
                c.reason = tr("Likely the run you logged by hand that day (%1 km).")
                               .arg(found.existing.distanceMetres / 1000.0, 0, 'f', 2);
            }
        }
        out.append(c);
    }
    return out;
}

Run Importer::runFor(const ImportCandidate& candidate, const std::optional<Run>& manual) const
{
    Run run = manual.value_or(Run {});
    const Activity& a = *candidate.activity;
    run.start = a.start;
    run.localDate = candidate.localDate;
    run.distanceMetres = a.distanceMetres;
    run.durationSeconds = durationOf(a);
    run.source = RunSource::Import;
    run.externalId = a.externalId;
    run.movingSeconds = a.movingSeconds > 0 ? std::optional<int>(a.movingSeconds) : std::nullopt;
    run.elapsedSeconds = a.elapsedSeconds > 0 ? std::optional<int>(a.elapsedSeconds) : std::nullopt;
    run.cadenceSpm = a.cadenceSpm;
    run.heartRateBpm = a.heartRateBpm;
    run.sport = sportId(a.sport);
    run.device = a.device;
    run.distanceSource = distanceSourceId(a.distanceSource);
    if (!manual || !manual->shoeId)
        run.shoeId = candidate.shoeId;
    return run;
}

Result<ImportReceipt> Importer::commit(const QList<ImportCandidate>& candidates)
{
    QList<Run> inserts;
    QList<Run> updates;
    ImportReceipt receipt;
    for (const ImportCandidate& c : candidates) {
        if (!c.ticked || !c.tickable || !c.activity)
            continue;
        if (c.status == ImportStatus::LikelyDuplicate && c.choice == DuplicateChoice::Merge && c.duplicateOf) {
            auto manual = m_store.get<Run>(*c.duplicateOf);
            if (!manual)
                return manual.error();
            receipt.replaced.append(manual.value());
            updates.append(runFor(c, manual.value()));
        } else {
            inserts.append(runFor(c));
        }
        receipt.metres += c.activity->distanceMetres;
    }
    if (inserts.isEmpty() && updates.isEmpty())
        return receipt;
    auto written = m_store.writeTogether([&]() -> Result<void> {
        for (const Run& run : updates)
            if (auto done = m_store.update(run); !done)
                return done;
        auto ids = m_store.addAll(inserts);
        if (!ids)
            return ids.error();
        receipt.added = ids.value();
        return {};
    });
    if (!written)
        return written.error();
    return receipt;
}

Result<void> Importer::undo(const ImportReceipt& receipt)
{
    return m_store.writeTogether([&]() -> Result<void> {
        for (RecordId id : receipt.added)
            if (auto done = m_store.remove<Run>(id); !done)
                return done;
        for (const Run& run : receipt.replaced)
            if (auto done = m_store.update(run); !done)
                return done;
        return {};
    });
}

} // namespace patella
