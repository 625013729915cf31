#include "app/ui/reportdocument.h"

#include "app/ui/reportcanvas.h"
#include "core/insights/format.h"

#include <QFileDevice>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace patella {

using namespace reportcanvas;

namespace {

constexpr double kMargin = 36.0;
constexpr double kBody = 8.0;
constexpr double kSmall = 7.0;
constexpr double kHeading = 10.5;
constexpr double kGap = 9.0;

QString date(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString score(double value)
{
    return insightformat::score(value);
}

QString signedScore(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return rounded > 0.0 ? QStringLiteral("+") + score(rounded) : score(rounded);
}

// Line styles and markers that tell series apart without colour.
const QList<Qt::PenStyle> kStyles
    = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine, Qt::DashLine};
const QList<Marker> kMarkers = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond,
                                Marker::Cross,  Marker::Square, Marker::Circle};

enum class Count
{
    Weeks,
    Sessions,
    Rounds,
};

// "1 week", "12 weeks": the plural forms come from the translation (patella_en.qm for English).
QString count(int n, Count what)
{
    switch (what) {
    case Count::Weeks:
        return ReportDocument::tr("%n week(s)", nullptr, n);
    case Count::Sessions:
        return ReportDocument::tr("%n session(s)", nullptr, n);
    case Count::Rounds:
        return ReportDocument::tr("%n round(s)", nullptr, n);
    }
    return QString::number(n);
}

class Pages final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    Pages(Canvas& canvas, const PhysioReport& report)
        : c(canvas)
        , r(report)
        , width(canvas.pageSize().width() - 2 * kMargin)
    {
    }

    void first()
    {
        y = kMargin;
        header();
        pain();
        checkIns();
        function();
        bands();
        footer(1);
    }

    void second()
    {
        y = kMargin;
        c.text(kMargin, y, width, tr("Report for your physiotherapist (continued)"), kBody, true);
        y += 16;
        running();
        doses();
        routines();
        flexibility();
        const double footerTop = c.pageSize().height() - kMargin - methodsHeight() - 14;
        events(footerTop);
        notes(footerTop);
        methods(footerTop);
        footer(2);
    }

private:
    void heading(const QString& text)
    {
        y += 4;
        c.text(kMargin, y, width, text, kHeading, true);
        y += kHeading + 4;
        c.rule(kMargin, y, width, 0.8);
        y += 4;
    }

    void header()
    {
        c.text(kMargin, y, width, tr("Report for your physiotherapist"), 16, true);
        c.text(kMargin, y + 4, width, tr("Patella"), kBody, false, 0, Qt::AlignRight);
        y += 24;
        QStringList lines;
        if (!r.options.name.trimmed().isEmpty())
            lines.append(tr("Runner: %1").arg(r.options.name.trimmed()));
        const qint64 weeks = (r.from.daysTo(r.to) + 7) / 7;
        lines.append(tr("Period: %1 to %2 (%3)").arg(date(r.from), date(r.to), count(int(weeks), Count::Weeks)));
        lines.append(tr("Programme: week %1, %2 phase; target %3 a week")
                         .arg(r.programmeWeek)
                         .arg(r.phaseName, count(r.weeklyTarget, Count::Sessions)));
        lines.append(tr("Distances in %1. Pain and function on 0-10 scales. Made on %2.")
                         .arg(r.options.unit == DistanceUnit::Miles ? tr("miles") : tr("kilometres"), date(r.to)));
        for (const QString& line : std::as_const(lines))
            y += c.text(kMargin, y, width, line, kBody) + 1;
        y += 4;
    }

    void pain()
    {
        heading(tr("Pain by situation"));
        if (r.pain.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No pain reports in the period."), kBody) + kGap;
            return;
        }
        LineChart chart;
        chart.from = r.from;
        chart.to = r.to;
        chart.yTitle = tr("pain");
        for (qsizetype i = 0; i < r.pain.size(); ++i) {
            const ReportPainSituation& s = r.pain.at(i);
            Series series;
            series.name = s.name;
            series.style = kStyles.at(i % kStyles.size());
            series.marker = kMarkers.at(i % kMarkers.size());
            series.width = 1.1;
            for (const PsfsPoint& point : s.weekly)
                series.points.append(QPointF(point.date.addDays(3).toJulianDay(), point.value));
            chart.series.append(series);
        }
        const double chartWidth = width * 0.45;
        const double top = y;
        c.lineChart(QRectF(kMargin, y, chartWidth, 118), chart);
        double ly = y + 124;
        double lx = kMargin + 22;
        for (const Series& series : std::as_const(chart.series)) {
            const double w = c.textWidth(series.name, kSmall) + 27;
            if (lx + w > kMargin + chartWidth) {
                lx = kMargin + 22;
                ly += 10;
            }
            lx += c.legendEntry(lx, ly, series, kSmall);
        }
        const double chartBottom = ly + 11;
        QList<QStringList> rows;
        for (const ReportPainSituation& s : r.pain) {
            const QString verdict = s.realImprovement ? tr("lower by more than 1.16")
                : s.realWorsening                     ? tr("higher by more than 1.16")
                                                      : tr("within 1.16");
            rows.append(
                {s.name, QString::number(s.days), score(s.first), score(s.last), signedScore(s.change), verdict});
        }
        const double tx = kMargin + chartWidth + 8;
        const double tw = width - chartWidth - 8;
        const double th = c.table(
            tx, top, {tw * 0.22, tw * 0.09, tw * 0.14, tw * 0.14, tw * 0.15, tw * 0.26},
            {tr("Situation"), tr("Days"), tr("First 7 days"), tr("Last 7 days"), tr("Change"), tr("Against 1.16")},
            rows, kSmall);
        const double note = c.text(tx, top + th + 3, tw,
                                   tr("Means of each day's worst score. 1.16 points is the smallest change that "
                                      "matters to people with patellofemoral pain (Piva et al. 2009)."),
                                   kSmall - 0.5, false, 0, Qt::AlignLeft, true);
        y = std::max(chartBottom, top + th + 3 + note) + kGap;
    }

    void checkIns()
    {
        heading(tr("Weekly check-in: worst and usual pain"));
        if (r.checkIns.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No check-ins in the period."), kBody) + kGap;
            return;
        }
        const qsizetype shown = std::min<qsizetype>(r.checkIns.size(), 12);
        const QList<ReportCheckIn> last = r.checkIns.mid(r.checkIns.size() - shown);
        QStringList weeks {tr("Week of")};
        QStringList worst {tr("Worst")};
        QStringList usual {tr("Usual")};
        QStringList morning {tr("Worse morning")};
        const auto value = [](const std::optional<int>& v) { return v ? QString::number(*v) : QStringLiteral("–"); };
        for (const ReportCheckIn& checkIn : last) {
            weeks.append(dayMonth(checkIn.weekStart));
            worst.append(value(checkIn.worst));
            usual.append(value(checkIn.usual));
            morning.append(!checkIn.worseMorning ? QStringLiteral("–") : *checkIn.worseMorning ? tr("yes") : tr("no"));
        }
        QList<double> widths {width * 0.16};
        for (qsizetype i = 0; i < shown; ++i)
            widths.append(width * 0.84 / 12);
        y += c.table(kMargin, y, widths, weeks, {worst, usual, morning}, kSmall);
        if (r.checkIns.size() > shown)
            y += c.text(kMargin, y + 2, width, tr("The last 12 of %1 check-ins.").arg(r.checkIns.size()), kSmall - 0.5,
                        false, 0, Qt::AlignLeft, true);
        y += kGap;
    }

    void function()
    {
        heading(tr("Function: Patient-Specific Functional Scale (0 cannot do, 10 as before)"));
        if (r.psfs.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No function score in the period."), kBody) + kGap;
            return;
        }
        LineChart chart;
        chart.from = r.from;
        chart.to = r.to;
        chart.yTitle = tr("function");
        for (qsizetype i = 0; i < r.psfs.activities.size(); ++i) {
            const PsfsActivityTrend& trend = r.psfs.activities.at(i);
            Series series;
            series.name = trend.activity.name;
            series.style = kStyles.at((i + 1) % kStyles.size());
            series.marker = kMarkers.at((i + 1) % kMarkers.size());
            series.width = 0.8;
            series.colour = QColor(0x55, 0x55, 0x55);
            for (const PsfsPoint& point : trend.scores)
                series.points.append(QPointF(point.date.toJulianDay(), point.value));
            chart.series.append(series);
        }
        Series average;
        average.name = tr("Average");
        average.width = 2.2;
        average.marker = Marker::Circle;
        for (const PsfsRoundAverage& round : r.psfs.rounds)
            average.points.append(QPointF(round.date.toJulianDay(), round.average));
        chart.series.append(average);
        const double bar = std::min(10.0, *r.psfs.firstAverage + kPsfsMeaningfulAverageChange);
        chart.referenceLines = {bar};
        chart.referenceLabels = {tr("first average + 2")};
        const double chartWidth = width * 0.45;
        const double top = y;
        c.lineChart(QRectF(kMargin, y, chartWidth, 110), chart);
        const double tx = kMargin + chartWidth + 8;
        const double tw = width - chartWidth - 8;
        QList<QStringList> rows;
        rows.append({tr("Average"), score(*r.psfs.firstAverage), score(*r.psfs.lastAverage),
                     r.psfs.change ? signedScore(*r.psfs.change) : QStringLiteral("–"),
                     !r.psfs.change          ? QStringLiteral("–")
                         : r.psfs.meaningful ? tr("2 or more")
                                             : tr("under 2")});
        for (const PsfsActivityTrend& trend : r.psfs.activities) {
            QString name = trend.activity.name;
            if (trend.activity.retired && *trend.activity.retired <= r.to)
                name = tr("%1 (retired %2)").arg(name, date(*trend.activity.retired));
            rows.append({name, score(*trend.first), score(*trend.last),
                         trend.change ? signedScore(*trend.change) : QStringLiteral("–"),
                         !trend.change          ? QStringLiteral("–")
                             : trend.meaningful ? tr("3 or more")
                                                : tr("under 3")});
        }
        const double th
            = c.table(tx, top, {tw * 0.36, tw * 0.13, tw * 0.13, tw * 0.16, tw * 0.22},
                      {tr("Activity"), tr("First"), tr("Last"), tr("Change"), tr("Meaningful")}, rows, kSmall);
        const double note = c.text(tx, top + th + 3, tw,
                                   tr("%1 in the period. A change of about 2 points in the average, 3 for one "
                                      "activity, is usually taken as meaningful (Stratford et al. 1995).")
                                       .arg(count(int(r.psfs.rounds.size()), Count::Rounds)),
                                   kSmall - 0.5, false, 0, Qt::AlignLeft, true);
        y = std::max(top + 116, top + th + 3 + note) + kGap;
    }

    void bands()
    {
        heading(tr("Pain during and after exercise, by band"));
        if (r.painBands.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No pain checks during or after exercise in the period."), kBody) + kGap;
            return;
        }
        const auto cell = [](int count, int total) {
            return tr("%1 (%2)").arg(count).arg(insightformat::percent(total > 0 ? 100.0 * count / total : 0.0));
        };
        QList<QStringList> rows;
        for (const ReportPainBands& b : r.painBands)
            rows.append({b.source, cell(b.safe, b.total()), cell(b.acceptable, b.total()), cell(b.tooMuch, b.total()),
                         QString::number(b.total())});
        y += c.table(kMargin, y, {width * 0.36, width * 0.16, width * 0.16, width * 0.16, width * 0.16},
                     {tr("Reports"), r.bandNames.value(0), r.bandNames.value(1), r.bandNames.value(2), tr("All")}, rows,
                     kBody);
        y += c.text(kMargin, y + 3, width,
                    tr("Pain-monitoring model (Thomeé 1997; Silbernagel 2007): acceptable only if the pain settles "
                       "within about an hour and the knee is no worse the next morning."),
                    kSmall - 0.5, false, 0, Qt::AlignLeft, true);
        y += kGap;
    }

    void running()
    {
        heading(tr("Running distance and sessions per week"));
        BarChart chart;
        chart.yTitle = r.options.unit == DistanceUnit::Miles ? tr("miles per week") : tr("km per week");
        double top = 0.0;
        for (const ReportWeek& week : r.weeks) {
            Bar bar;
            bar.weekStart = week.weekStart;
            bar.value = toUnit(week.metres, r.options.unit);
            bar.hatched = week.overTenPercent;
            // Before the programme started there was nothing to do.
            bar.below = week.target == 0 && week.sessions == 0 ? QStringLiteral("–")
                                                               : tr("%1/%2").arg(week.sessions).arg(week.target);
            top = std::max(top, bar.value);
            chart.bars.append(bar);
        }
        for (const ReportSpike& spike : r.spikes) {
            const double value = toUnit(spike.metres, r.options.unit);
            chart.marks.append(Marked {spike.date, value});
            top = std::max(top, value);
        }
        chart.yMax = top > 0.0 ? top * 1.12 : 1.0;
        const double chartHeight = r.weeks.size() > 26 ? 100.0 : 112.0;
        c.barChart(QRectF(kMargin, y + 6, width, chartHeight), chart);
        y += chartHeight + 8;
        QStringList lines;
        lines.append(tr("Bars: distance per ISO week; hatched: more than 10% above the week before; triangles: a "
                        "single run more than 10% longer than the longest of the previous 30 days; under each week: "
                        "sessions done / target. Sessions in the period: %1 of %2.")
                         .arg(r.sessionsDone())
                         .arg(r.sessionsTarget()));
        for (const ReportSpike& spike : r.spikes)
            lines.append(tr("%1: one run of %2, %3 longer than the previous 30 days' longest (%4).")
                             .arg(date(spike.date), insightformat::distance(spike.metres, r.options.unit),
                                  insightformat::percent(spike.percentLonger),
                                  insightformat::distance(spike.previousLongestMetres, r.options.unit)));
        if (r.hasCadence()) {
            QStringList cadence;
            for (const ReportWeek& week : r.weeks) {
                if (week.cadence)
                    cadence.append(
                        tr("%1: %2").arg(dayMonth(week.weekStart), QLocale().toString(*week.cadence, 'f', 0)));
            }
            lines.append(tr("Cadence, steps per minute (mean of the week's runs that recorded it): %1.")
                             .arg(cadence.join(QStringLiteral(", "))));
        } else {
            lines.append(tr("Cadence: not recorded in the period."));
        }
        for (const QString& line : std::as_const(lines))
            y += c.text(kMargin, y, width, line, kSmall, false, 24) + 1.5;
        y += kGap - 3;
    }

    void doses()
    {
        heading(tr("Current doses and their last change"));
        if (r.doses.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No exercises done in the last six weeks."), kBody) + kGap;
            return;
        }
        QList<QStringList> rows;
        for (const ReportDose& dose : r.doses)
            rows.append({dose.exercise, dose.dose, tr("%1 of %2").arg(dose.step + 1).arg(dose.steps),
                         dose.changed ? date(*dose.changed) : QStringLiteral("–"), dose.why});
        int drawn = 0;
        y += c.table(kMargin, y, {width * 0.25, width * 0.25, width * 0.09, width * 0.12, width * 0.29},
                     {tr("Exercise"), tr("Dose now"), tr("Step"), tr("Changed"), tr("Why")}, rows, kSmall, 150, &drawn);
        if (drawn < rows.size())
            y += c.text(kMargin, y + 2, width, tr("… and %1 more.").arg(rows.size() - drawn), kSmall, false, 0,
                        Qt::AlignLeft, true);
        y += kGap;
    }

    // The routines played in the period (and the runner's own that Today offers), who made each and how often.
    void routines()
    {
        if (r.routines.isEmpty())
            return;
        QList<QStringList> rows;
        for (const RoutineInUse& routine : r.routines)
            rows.append({routine.name, madeByText(routine), tr("%1 of %2").arg(routine.completed).arg(routine.sessions),
                         routine.lastDone ? date(*routine.lastDone) : QStringLiteral("–")});
        int drawn = 0;
        y += c.table(kMargin, y, {width * 0.30, width * 0.44, width * 0.13, width * 0.13},
                     {tr("Routine"), tr("Made by"), tr("Completed"), tr("Last done")}, rows, kSmall, 60, &drawn);
        if (drawn < rows.size())
            y += c.text(kMargin, y + 2, width, tr("… and %1 more.").arg(rows.size() - drawn), kSmall, false, 0,
                        Qt::AlignLeft, true);
        y += kGap;
    }

    void flexibility()
    {
        heading(tr("Flexibility self-tests: left (solid) and right (dashed)"));
        if (r.flexibility.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No flexibility checks in the period."), kBody) + kGap;
            return;
        }
        const qsizetype n = r.flexibility.size();
        const double cell = width / std::max<qsizetype>(n, 3);
        double bottom = y;
        for (qsizetype i = 0; i < n; ++i) {
            const ReportFlex& flex = r.flexibility.at(i);
            const double x = kMargin + cell * i;
            double top = y;
            top += c.text(x, top, cell - 6, flex.name, kSmall, true);
            top += c.text(x, top, cell - 6, flexUnitText(flex.unit) + QStringLiteral(", ") + flex.betterWhen,
                          kSmall - 1, false, 0, Qt::AlignLeft, true);
            LineChart chart;
            chart.from = r.from;
            chart.to = r.to;
            double lo = 1e9;
            double hi = -1e9;
            for (const QList<FlexPoint>* side : {&flex.left, &flex.right}) {
                for (const FlexPoint& p : *side) {
                    lo = std::min(lo, p.value);
                    hi = std::max(hi, p.value);
                }
            }
            const double span = std::max(1.0, hi - lo);
            chart.yStep = std::max(1.0, std::ceil(span / 3.0));
            chart.yMin = std::floor((lo - span * 0.2) / chart.yStep) * chart.yStep;
            chart.yMax = chart.yMin + chart.yStep * 4;
            Series left;
            left.name = tr("Left");
            left.marker = Marker::Circle;
            for (const FlexPoint& p : flex.left)
                left.points.append(QPointF(p.date.toJulianDay(), p.value));
            Series right;
            right.name = tr("Right");
            right.style = Qt::DashLine;
            right.marker = Marker::Square;
            for (const FlexPoint& p : flex.right)
                right.points.append(QPointF(p.date.toJulianDay(), p.value));
            chart.series = {left, right};
            c.lineChart(QRectF(x, top + 2, cell - 6, 62), chart);
            top += 66;
            const auto change = [this, &flex](const QList<FlexPoint>& points, const QString& side) {
                if (points.isEmpty())
                    return tr("%1: –").arg(side);
                return tr("%1: %2 → %3")
                    .arg(side, flexValue(points.constFirst().value, flex.unit),
                         flexValue(points.constLast().value, flex.unit));
            };
            top += c.text(x, top, cell - 6, change(flex.left, tr("Left")), kSmall - 0.5);
            top += c.text(x, top, cell - 6, change(flex.right, tr("Right")), kSmall - 0.5);
            bottom = std::max(bottom, top);
        }
        y = bottom + kGap;
    }

    void events(double limit)
    {
        heading(tr("Alerts and warning signs raised in the period"));
        if (r.events.isEmpty()) {
            y += c.text(kMargin, y, width, tr("None."), kBody) + kGap;
            return;
        }
        const double room = (limit - y) * 0.55;
        const double start = y;
        qsizetype shown = 0;
        for (const ReportEvent& event : r.events) {
            const QString mark = event.severity == Severity::SeePhysio ? tr("Warning sign") : tr("Alert");
            const QString when
                = event.until > event.date ? tr("%1 to %2").arg(date(event.date), date(event.until)) : date(event.date);
            const QString line = tr("%1 · %2: %3. %4").arg(when, mark, event.title, event.reason);
            if (y + c.textHeight(width, line, kSmall) > start + room)
                break;
            y += c.text(kMargin, y, width, line, kSmall, event.severity == Severity::SeePhysio) + 1.5;
            ++shown;
        }
        if (shown < r.events.size())
            y += c.text(kMargin, y, width, tr("… and %1 more in Patella's journal.").arg(r.events.size() - shown),
                        kSmall, false, 0, Qt::AlignLeft, true);
        y += kGap - 3;
    }

    void notes(double limit)
    {
        heading(tr("The runner's notes"));
        if (r.notes.isEmpty()) {
            y += c.text(kMargin, y, width, tr("No notes in the period."), kBody) + kGap;
            return;
        }
        qsizetype shown = 0;
        // The newest notes matter most: show them first when not all fit.
        for (qsizetype i = r.notes.size() - 1; i >= 0; --i) {
            const ReportNote& note = r.notes.at(i);
            const QString line = tr("%1 · %2: %3").arg(date(note.date), note.source, note.text);
            const double h = std::min(c.textHeight(width, line, kSmall), 2 * (kSmall + 2.5));
            if (y + h > limit - 12)
                break;
            y += c.text(kMargin, y, width, line, kSmall, false, 2 * (kSmall + 2.5)) + 1.5;
            ++shown;
        }
        if (shown < r.notes.size())
            y += c.text(kMargin, y, width, tr("… and %1 earlier in Patella's journal.").arg(r.notes.size() - shown),
                        kSmall, false, 0, Qt::AlignLeft, true);
    }

    double methodsHeight() const
    {
        const QString all = reportDisclaimer() + QLatin1Char('\n') + reportMethods().join(QLatin1Char('\n'));
        return c.textHeight(width - 12, all, kSmall - 1) + 24;
    }

    void methods(double top)
    {
        const double h = methodsHeight();
        c.box(QRectF(kMargin, top, width, h), 0.6);
        double at = top + 5;
        at += c.text(kMargin + 6, at, width - 12, tr("About this report and how each number was computed"), kSmall,
                     true);
        at += c.text(kMargin + 6, at + 1, width - 12, reportDisclaimer(), kSmall - 1) + 2;
        c.text(kMargin + 6, at, width - 12, reportMethods().join(QLatin1Char('\n')), kSmall - 1);
    }

    void footer(int page)
    {
        const double at = c.pageSize().height() - kMargin + 10;
        c.rule(kMargin, at - 2, width, 0.3);
        c.text(kMargin, at, width, tr("Patella · informs, does not diagnose"), kSmall - 1);
        c.text(kMargin, at, width, tr("Page %1 of %2").arg(page).arg(ReportDocument::kPages), kSmall - 1, false, 0,
               Qt::AlignRight);
    }

    static QString flexUnitText(FlexUnit unit)
    {
        switch (unit) {
        case FlexUnit::Centimetres:
            return tr("cm");
        case FlexUnit::Degrees:
            return tr("degrees");
        case FlexUnit::Tightness:
            return tr("tightness 0-10");
        }
        return {};
    }

    Canvas& c;
    const PhysioReport& r;
    double width;
    double y = kMargin;
};

} // namespace

ReportDocument::ReportDocument(PhysioReport report)
    : m_report(std::move(report))
{
}

QPageSize ReportDocument::pageSizeFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool ReportDocument::paint(QPagedPaintDevice* device) const
{
    Canvas canvas(device);
    if (!canvas.isActive())
        return false;
    Pages pages(canvas, m_report);
    pages.first();
    if (!canvas.newPage())
        return false;
    pages.second();
    return true;
}

Result<void> ReportDocument::writePdf(const QString& path, const QPageSize& pageSize) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {path, tr("cannot be written: %1").arg(file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(600);
        writer.setTitle(tr("Report for your physiotherapist"));
        writer.setCreator(QStringLiteral("Patella"));
        if (!paint(&writer))
            return Error {path, tr("the report could not be drawn")};
    }
    if (!file.commit())
        return Error {path, tr("cannot be written: %1").arg(file.errorString())};
    return {};
}

} // namespace patella
