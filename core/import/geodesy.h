#pragma once

// Distances on the Earth's surface, shared by the activity parsers that sum track points.
namespace patella {

// Great-circle distance in metres between two points given in degrees (haversine on the mean Earth
// radius, 6,371,008.8 m). Within 0.5% of the WGS-84 ellipsoid's distance anywhere, much closer at
// mid-latitudes; a GPS track is less accurate than that.
double greatCircleMetres(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace patella
