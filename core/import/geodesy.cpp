#include "core/import/geodesy.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace patella {

double greatCircleMetres(double latitude1, double longitude1, double latitude2, double longitude2)
{
    constexpr double kEarthRadiusMetres = 6371008.8;
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double phi1 = latitude1 * kRadians;
    const double phi2 = latitude2 * kRadians;
    const double dPhi = phi2 - phi1;
    const double dLambda = (longitude2 - longitude1) * kRadians;
    const double a = std::sin(dPhi / 2) * std::sin(dPhi / 2)
        + std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2.0 * kEarthRadiusMetres * std::asin(std::sqrt(std::clamp(a, 0.0, 1.0)));
}

} // namespace patella
