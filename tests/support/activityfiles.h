#pragma once

#include <QByteArray>
#include <QString>

// Small activity files the import tests write for themselves (never third-party files).
namespace patella::test {

// A 2 km run on 2026-03-<day> from 07:00 to 07:10 UTC, eleven points a minute apart, with a cadence of 86 strides
// (172 steps) per minute, from "Test Watch".
QByteArray runGpx(int day = 14);

// A run as a TCX file: one lap with the watch's own totals (metres, seconds), on 2026-03-<day> at hour UTC.
QByteArray runTcx(int day, int metres = 5000, int seconds = 1800, int hour = 7);

// A 30 km ride on 2026-03-15 from 09:00 UTC, one hour: listed and skipped by the importer.
QByteArray rideTcx();

// Writes the bytes to path; a file that cannot be opened fails the test.
void writeFile(const QString& path, const QByteArray& data);

} // namespace patella::test
