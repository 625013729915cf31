#pragma once

#include "core/insights/insight.h"
#include "core/model/recordnames.h"
#include "core/model/records.h"

#include <QDate>
#include <QList>

#include <optional>

// Flexibility self-tests as trends per test and side, with left-right asymmetry. Never pass or fail:
// the runner follows their own numbers.
namespace patella {

struct FlexPoint
{
    QDate date;
    double value = 0.0; // the mean of that day's checks
};

struct FlexSeries
{
    FlexTest test = FlexTest::KneeToWall;
    Side side = Side::Left;
    FlexUnit unit = FlexUnit::Centimetres; // of the latest check
    QList<FlexPoint> points; // oldest first, up to reference
    std::optional<double> changeSinceFirst; // latest - first; its direction means what the test means
};

struct FlexAsymmetry
{
    FlexTest test = FlexTest::KneeToWall;
    FlexUnit unit = FlexUnit::Centimetres;
    QDate leftDate; // the latest left check
    QDate rightDate; // the latest right check
    double left = 0.0;
    double right = 0.0;
    double difference = 0.0; // left - right
    double percent = 0.0; // |left - right| against the larger of the two magnitudes; 0 when both are 0
};

// One series per test and side with checks up to reference, in allFlexTests() order, left before right
// before both.
QList<FlexSeries> flexibilitySeries(const QList<FlexCheck>& checks, QDate reference);

// The latest left against the latest right check of each test that has both sides, up to reference.
QList<FlexAsymmetry> flexibilityAsymmetries(const QList<FlexCheck>& checks, QDate reference);

// Asymmetry between two values: |left - right| / max(|left|, |right|) * 100.
double asymmetryPercent(double left, double right);

QString flexValue(double value, FlexUnit unit); // "9 cm", "40°", "6/10"

// "Knee-to-wall: left 9 cm, right 11 cm, a difference of 2 cm (18%)."
QString describeAsymmetry(const FlexAsymmetry& asymmetry);
// "Knee-to-wall, left: 8 cm on 02/02/2026, 9.5 cm now (+1.5 cm)."
QString describeSeries(const FlexSeries& series);

// Info: the asymmetries as they stand, largest first; nullopt when no test has both sides.
std::optional<Insight> flexibilityInsight(const QList<FlexCheck>& checks, QDate reference);

} // namespace patella
