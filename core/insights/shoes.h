#pragma once

#include "core/insights/insight.h"
#include "core/model/records.h"
#include "core/model/units.h"

#include <QDate>
#include <QList>

#include <optional>

// Shoe distance against the limit the runner set. Near the limit Patella asks the runner to look at the
// midsole; it never declares a shoe worn out (the 480-800 km guidance is weak).
namespace patella {

constexpr double kShoeNearLimit = 0.90;

struct ShoeWear
{
    Shoe shoe;
    double metres = 0.0; // runs with this shoe up to reference
    int runs = 0;
    double fraction = 0.0; // metres / limit; 0 when the shoe has no limit
    bool nearLimit = false; // fraction >= nearAt
    bool pastLimit = false; // fraction >= 1
};

// One entry per shoe, in the order given; retired shoes are included (with retired set on their Shoe).
QList<ShoeWear> shoeWear(const QList<Shoe>& shoes, const QList<Run>& runs, QDate reference,
                         double nearAt = kShoeNearLimit);

// "Trail shoes: 640 km of your 700 km limit (91%)."
QString describeShoeWear(const ShoeWear& wear, DistanceUnit unit);

// The Today alert for shoes in use that are near or past their limit: Info near it, Caution past it, both
// asking for a look at the midsole.
std::optional<Insight> shoeNearLimitAlert(const QList<Shoe>& shoes, const QList<Run>& runs, QDate reference,
                                          DistanceUnit unit, double nearAt = kShoeNearLimit);

} // namespace patella
