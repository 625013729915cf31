#include "core/exchange/journalexport.h"

#include "core/catalog/programmefile.h"
#include "core/csv/csvwriter.h"
#include "core/exchange/csvformat.h"
#include "core/exchange/exchangefiles.h"
#include "core/store/journalstore.h"

#include <QCoreApplication>
#include <QFile>

namespace patella::exchange {
namespace {

template <typename R> QByteArray render(const QList<R>& records, const WriteContext& context)
{
    const FileFormat<R>& f = format<R>();
    csv::Writer writer;
    writer.reserve(records.size() * 80 + 256);
    writer.writeRecord(f.header());
    QStringList fields;
    fields.reserve(f.columns.size());
    for (const R& record : records) {
        fields.clear();
        for (const Column<R>& c : f.columns)
            fields.append(c.write(record, context));
        writer.writeRecord(fields);
    }
    return writer.data();
}

QList<ItemRow> itemRows(const QList<SessionRecord>& sessions)
{
    QList<ItemRow> rows;
    for (const SessionRecord& session : sessions) {
        for (qsizetype i = 0; i < session.items.size(); ++i) {
            ItemRow row;
            static_cast<SessionItem&>(row) = session.items.at(i);
            row.sessionId = session.id;
            row.position = int(i + 1);
            rows.append(row);
        }
    }
    return rows;
}

// The runner's own exercises and routines, and the programmes' ones, in the programme format
// (docs/programme-format.md) with their pictures: CSV has no good shape for routines with items and images,
// and File > Import > Programme… reads this file back. Nothing when there are none.
Result<std::optional<std::pair<QByteArray, int>>> ownProgramme(JournalStore& store)
{
    auto content = store.customContent();
    if (!content)
        return content.error();
    ProgrammeFile file;
    file.title = QCoreApplication::translate("patella::exchange", "My exercises and routines");
    for (const Exercise& exercise : content->exercises) {
        if (exercise.retired)
            continue;
        Exercise copy = exercise;
        if (!copy.imagePath.isEmpty()) {
            QFile image(copy.imagePath);
            if (!image.open(QIODevice::ReadOnly))
                return Error {copy.imagePath, image.errorString()};
            ProgrammeImage picture {image.read(kMaxImageBytes + 1), {}};
            picture.format = sniffImageFormat(picture.bytes);
            if (!picture.format.isEmpty() && picture.bytes.size() <= kMaxImageBytes)
                file.images.insert(copy.id, picture);
        }
        copy.imagePath.clear();
        file.exercises.append(copy);
    }
    for (const Routine& routine : content->routines) {
        if (!routine.retired)
            file.routines.append(routine);
    }
    if (file.exercises.isEmpty() && file.routines.isEmpty())
        return std::optional<std::pair<QByteArray, int>> {};
    return std::optional<std::pair<QByteArray, int>> {
        std::pair {writeProgramme(file), int(file.exercises.size() + file.routines.size())}};
}

} // namespace

QString ownProgrammeFileName()
{
    return QStringLiteral("my-programme.json");
}

Result<ExportSummary> exportJournal(JournalStore& store, const QString& folder, const ExportOptions& options)
{
    if (auto ready = prepareFolder(folder); !ready)
        return ready.error();
    const WriteContext context {options.zone};
    ExportSummary summary;
    summary.folder = folder;

    // Everything is read before anything is written, so a failing read leaves the folder as it was.
    QList<std::pair<QString, QByteArray>> files;
    QList<ExportedFile> counts;
    auto add = [&](const auto& list) {
        using R = typename std::decay_t<decltype(list)>::value_type;
        files.append({format<R>().fileName, render(list, context)});
        counts.append({format<R>().fileName, int(list.size())});
    };
    auto pain = store.list<PainEntry>();
    auto runs = store.list<Run>();
    auto weekly = store.list<WeeklyTotal>();
    auto flex = store.list<FlexCheck>();
    auto sessions = store.list<SessionRecord>();
    auto shoes = store.list<Shoe>();
    auto checkIns = store.list<CheckIn>();
    auto mornings = store.list<MorningCheck>();
    auto activities = store.list<PsfsActivity>();
    auto scores = store.list<PsfsScore>();
    for (const Error* error :
         {pain.ok() ? nullptr : &pain.error(), runs.ok() ? nullptr : &runs.error(),
          weekly.ok() ? nullptr : &weekly.error(), flex.ok() ? nullptr : &flex.error(),
          sessions.ok() ? nullptr : &sessions.error(), shoes.ok() ? nullptr : &shoes.error(),
          checkIns.ok() ? nullptr : &checkIns.error(), mornings.ok() ? nullptr : &mornings.error(),
          activities.ok() ? nullptr : &activities.error(), scores.ok() ? nullptr : &scores.error()}) {
        if (error)
            return *error;
    }
    add(pain.value());
    add(runs.value());
    add(weekly.value());
    add(flex.value());
    add(sessions.value());
    add(itemRows(sessions.value()));
    add(shoes.value());
    add(checkIns.value());
    add(mornings.value());
    add(activities.value());
    add(scores.value());
    auto own = ownProgramme(store);
    if (!own)
        return own.error();
    if (own.value()) {
        files.append({ownProgrammeFileName(), own.value()->first});
        counts.append({ownProgrammeFileName(), own.value()->second});
    }

    for (const auto& [name, bytes] : files) {
        if (auto written = writePrivateFile(folder, name, bytes); !written)
            return written.error();
    }
    if (auto written = writePrivateFile(folder, QStringLiteral("README.txt"), readmeText().toUtf8()); !written)
        return written.error();
    summary.files = counts;
    return summary;
}

} // namespace patella::exchange
