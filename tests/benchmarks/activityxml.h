#pragma once

#include <QByteArray>

namespace patella::bench {

// One run as a Forerunner writes it, one point a second from 2024-11-09 07:00 UTC: position, altitude,
// cumulative distance (TCX), heart rate and cadence. tcx: 9,000 points make 3.6 MB; gpx: the same points
// make 2.6 MB, 36,000 of them (a ten-hour ultra) 10.5 MB.
QByteArray generatedXml(bool tcx, int points);

} // namespace patella::bench
