#include "core/import/activityfile.h"

#include "core/import/fitdecoder.h"
#include "core/import/gpxparser.h"
#include "core/import/gzip.h"
#include "core/import/tcxparser.h"

#include <QFile>
#include <QFileInfo>

namespace patella {
namespace {

using namespace Qt::Literals::StringLiterals;

// The XML root element's local name, or empty: skips the declaration, comments and a byte-order mark.
QByteArray xmlRoot(const QByteArray& data)
{
    qsizetype pos = 0;
    const qsizetype limit = std::min<qsizetype>(data.size(), 64 * 1024);
    while (pos < limit) {
        pos = data.indexOf('<', pos);
        if (pos < 0 || pos + 1 >= limit)
            return {};
        const char next = data.at(pos + 1);
        if (next == '?' || next == '!') {
            ++pos;
            continue;
        }
        qsizetype end = pos + 1;
        while (end < limit && data.at(end) != ' ' && data.at(end) != '>' && data.at(end) != '\n' && data.at(end) != '\r'
               && data.at(end) != '\t' && data.at(end) != '/')
            ++end;
        QByteArray name = data.mid(pos + 1, end - pos - 1);
        if (const qsizetype colon = name.indexOf(':'); colon >= 0)
            name = name.mid(colon + 1);
        return name;
    }
    return {};
}

QString lowerSuffix(const QString& fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(".gz"_L1))
        name.chop(3);
    return QFileInfo(name).suffix();
}

} // namespace

ActivityFile::Format ActivityFile::detect(const QByteArray& data, const QString& fileName)
{
    if (data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b)
        return Format::Gzip;
    if (data.size() >= 12 && data.mid(8, 4) == ".FIT")
        return Format::Fit;
    const QByteArray root = xmlRoot(data);
    if (root == "gpx")
        return Format::Gpx;
    if (root == "TrainingCenterDatabase")
        return Format::Tcx;
    if (!root.isEmpty())
        return Format::Unknown;
    const QString suffix = lowerSuffix(fileName);
    if (suffix == "gpx"_L1)
        return Format::Gpx;
    if (suffix == "tcx"_L1)
        return Format::Tcx;
    if (suffix == "fit"_L1)
        return Format::Fit;
    return Format::Unknown;
}

Result<ParsedFile> ActivityFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {path, tr("the file cannot be opened: %1").arg(file.errorString())};
    if (file.size() > kMaxFileBytes)
        return Error {path,
                      tr("the file is %1 MB, larger than any activity file (at most %2 MB).")
                          .arg(file.size() / (1024 * 1024))
                          .arg(kMaxFileBytes / (1024 * 1024))};
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {path, tr("the file cannot be read: %1").arg(file.errorString())};
    return parse(data, path);
}

Result<ParsedFile> ActivityFile::parse(const QByteArray& data, const QString& path)
{
    if (data.isEmpty())
        return Error {path, tr("the file is empty.")};
    switch (detect(data, path)) {
    case Format::Gpx:
        return GpxParser::parse(data, path);
    case Format::Tcx:
        return TcxParser::parse(data, path);
    case Format::Fit:
        return decodeFit(data, path);
    case Format::Gzip: {
        auto inflated = gunzip(data, path);
        if (!inflated)
            return inflated.error();
        // One layer only: a .gz inside a .gz is no activity file.
        if (isGzip(inflated.value()))
            return Error {path, tr("the file is compressed twice; no watch or app writes that.")};
        return parse(inflated.value(), path);
    }
    case Format::Unknown:
        break;
    }
    return Error {path, tr("this is not an activity file Patella knows (GPX, TCX or FIT).")};
}

QStringList ActivityFile::nameFilters()
{
    QStringList filters;
    for (const char* suffix : {"gpx", "tcx", "fit"}) {
        const QString s = QString::fromLatin1(suffix);
        filters << u"*."_s + s << u"*."_s + s.toUpper() << u"*."_s + s + u".gz"_s << u"*."_s + s.toUpper() + u".gz"_s;
    }
    return filters;
}

bool ActivityFile::hasActivityExtension(const QString& fileName)
{
    const QString suffix = lowerSuffix(fileName);
    return suffix == "gpx"_L1 || suffix == "tcx"_L1 || suffix == "fit"_L1;
}

} // namespace patella
