#pragma once

#include "core/model/records.h"

#include <QList>
#include <QString>
#include <QStringList>

// How to do each flexibility self-test at home, in Patella's own words, and how to read its number. These
// tests are noisy: the check-in records them to show a trend, never to pass or fail anyone.
namespace patella {

struct FlexTestGuide
{
    FlexTest test = FlexTest::KneeToWall;
    QString title;
    QString measures; // what it looks at, one line
    QStringList steps;
    QList<FlexUnit> units; // the first is the default
    QString reading; // which way the number moves as the muscle loosens
    QString illustration; // resource path of the picture
    bool mirrorForLeft = false; // the picture shows the right side working
};

FlexTestGuide flexTestGuide(FlexTest test);

// Where a test's numbers stand: [min, max] for the unit, as the store accepts them.
double flexMinimum(FlexUnit unit);
double flexMaximum(FlexUnit unit);

} // namespace patella
