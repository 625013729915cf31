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
    // The runner reads the sport in their language, never the file's own word or a FIT enum name or number.
    if (a.sportFromPace) {
        const double kmh = a.movingSeconds > 0 ? a.distanceMetres / a.movingSeconds * 3.6 : 0.0;
        switch (a.sport) {
        case ActivitySport::Walking:
            //: %1 speed in km/h
            return tr("The file does not say which sport this was; at %1 km/h it looks like a walk, not a run.")
                .arg(kmh, 0, 'f', 1);
        case ActivitySport::Cycling:
            //: %1 speed in km/h
            return tr("The file does not say which sport this was; at %1 km/h it looks like a ride, not a run.")
                .arg(kmh, 0, 'f', 1);
        default:
            return tr("The file does not say which sport this was, and it has no distance to judge by.");
        }
    }
    if (a.sport == ActivitySport::Other)
        return tr("The file names a sport other than running: Patella counts running load only. Tick it if it was "
                  "a run.");
    //: %1 the sport, translated ("Cycling", "Swimming")
    return tr("%1 is not running: Patella counts running load only. Tick it if it was a run.")
        .arg(sportDisplayName(a.sport));
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
                                              const QList<ImportCandidate>& earlier) const
{
    if (!file.ok() || file->activities.isEmpty())
        return {nothingToImport(file)};
    QList<ImportCandidate> out;
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
        const std::optional<RecordId> known = inJournal(a, found, runs);
        const ImportCandidate* twin = twinInBatch(c, earlier, out);
        const Run* manual = found.kind == DuplicateFinder::Kind::LikelyManual ? &found.existing : nullptr;
        judge(c, known, twin, manual);
        out.append(c);
    }
    return out;
}

ImportCandidate Importer::nothingToImport(const Result<ParsedFile>& file) const
{
    ImportCandidate c;
    c.tickable = false;
    if (!file.ok()) {
        c.file = file.error().field;
        c.status = ImportStatus::Rejected;
        c.reason = file.error().message;
        return c;
    }
    c.file = file->path;
    c.status = ImportStatus::Skipped;
    c.reason = file->notes.isEmpty() ? tr("The file holds no recorded activity.")
                                     : tr("No recorded activity: %1").arg(file->notes.join(u' '));
    return c;
}

std::optional<RecordId> Importer::inJournal(const Activity& a, const DuplicateFinder::Finding& found,
                                            const QList<Run>& runs)
{
    if (found.kind == DuplicateFinder::Kind::AlreadyImported)
        return found.existing.id;
    for (const Run& run : runs) {
        if (run.source == RunSource::Import && sameOuting(run.start, run.distanceMetres, a.start, a.distanceMetres))
            return run.id; // the same outing read from another format
    }
    return std::nullopt;
}

const ImportCandidate* Importer::twinInBatch(const ImportCandidate& c, const QList<ImportCandidate>& earlier,
                                             const QList<ImportCandidate>& sameFile)
{
    const Activity& a = *c.activity;
    // An activity met earlier in the batch (the sessions of one file are distinct activities).
    const ImportCandidate* twin = nullptr;
    for (const ImportCandidate& e : earlier)
        if (e.activity
            && (e.activity->externalId == a.externalId
                || (e.file != c.file
                    && sameOuting(e.activity->start, e.activity->distanceMetres, a.start, a.distanceMetres))))
            twin = &e;
    for (const ImportCandidate& e : sameFile)
        if (e.activity && e.activity->externalId == a.externalId)
            twin = &e;
    return twin;
}

void Importer::judge(ImportCandidate& c, std::optional<RecordId> known, const ImportCandidate* twin,
                     const Run* likelyManual) const
{
    const Activity& a = *c.activity;
    if (known || twin) {
        c.status = ImportStatus::AlreadyInJournal;
        c.duplicateOf = known;
        c.tickable = false;
        c.reason = known ? tr("Already in the journal.") : tr("The same activity as in %1.").arg(twin->file);
        return;
    }
    if (const QString wrong = implausible(a); !wrong.isEmpty()) {
        c.status = ImportStatus::Skipped;
        c.tickable = false;
        c.reason = wrong;
        return;
    }
    if (!isRun(a.sport)) {
        c.status = ImportStatus::Skipped;
        c.reason = skipReason(a);
        return;
    }
    if (a.distanceMetres < kShortestRunMetres || durationOf(a) < kShortestRunSeconds) {
        c.status = ImportStatus::Skipped;
        //: %1 distance in metres, %2 duration in seconds
        c.reason = tr("%1 m in %2 s is too short for a run: likely the watch was started by mistake. Tick it if "
                      "it was a run.")
                       .arg(std::lround(a.distanceMetres))
                       .arg(durationOf(a));
        return;
    }
    c.status = ImportStatus::New;
    c.ticked = true;
    // A run typed by hand that day, within 10% of its distance: the runner decides.
    if (likelyManual) {
        c.status = ImportStatus::LikelyDuplicate;
        c.duplicateOf = likelyManual->id;
        c.ticked = false;
        c.reason = tr("Likely the run you logged by hand that day (%1 km).")
                       .arg(likelyManual->distanceMetres / 1000.0, 0, 'f', 2);
    }
}

QString Importer::implausible(const Activity& a) const
{
    if (durationOf(a) <= 0)
        return tr("The file records no time for this activity.");
    if (a.distanceMetres > kMaxImportMetres || durationOf(a) > kMaxImportSeconds
        || a.distanceMetres / durationOf(a) > kMaxPlausibleMetresPerSecond) {
        //: %1 distance in km, %2 duration in minutes
        return tr("%1 km in %2 min is more than one outing can be: the file's figures look wrong.")
            .arg(a.distanceMetres / 1000.0, 0, 'f', 1)
            .arg(durationOf(a) / 60.0, 0, 'f', 1);
    }
    return {};
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
