#pragma once

#include "core/model/units.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

class QLabel;
class QWidget;

// How the app writes numbers, distances and dates for people: in the runner's unit and the locale's format.
namespace patella::fmt {

QString distance(double metres, DistanceUnit unit, int decimals = 1); // "5.2 km", "3.2 mi"
QString unitSuffix(DistanceUnit unit); // "km", "mi"
QString date(QDate date); // locale short date
QString longDate(QDate date); // locale long date
QString dateTime(const QDateTime& utc); // local time, locale short
QString time(const QDateTime& utc); // local time of day
QString duration(int seconds); // "1:02:03"
QString pain(int score); // "4/10"

} // namespace patella::fmt
