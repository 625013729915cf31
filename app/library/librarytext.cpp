#include "app/library/librarytext.h"

#include "core/catalog/dosetext.h"
#include "core/catalog/duration.h"

#include <QCoreApplication>
#include <QStringList>

namespace patella::librarytext {

namespace {

// lupdate files these texts under the context named here, the same one they are looked up in.
struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(LibraryText)
};

QString heading(const QString& text)
{
    return QStringLiteral("<h4 style='margin-top:14px; margin-bottom:4px;'>") + text.toHtmlEscaped()
        + QStringLiteral("</h4>");
}

QString list(const QStringList& lines, bool numbered)
{
    const QString tag = numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    QString html = QLatin1Char('<') + tag + QStringLiteral(" style='margin-top:0px; -qt-list-indent:1;'>");
    for (const QString& line : lines)
        html += QStringLiteral("<li style='margin-bottom:3px;'>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</") + tag + QLatin1Char('>');
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0px;'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:2px 0px;'>") + value.toHtmlEscaped()
        + QStringLiteral("</td></tr>");
}

} // namespace

QString targets(const Catalog& catalog, const Exercise& exercise)
{
    QStringList names;
    for (const QString& id : exercise.targets)
        names.append(catalog.muscleGroupName(id));
    return names.join(QStringLiteral(", "));
}

QString bestTimes(const Exercise& exercise)
{
    QStringList names;
    for (BestTime time : exercise.bestTimes)
        names.append(names.isEmpty() ? displayName(time) : displayName(time).toLower());
    return names.join(QStringLiteral(", "));
}

QString exerciseSubtitle(const Exercise& exercise)
{
    return displayName(exercise.kind) + QStringLiteral(" \u00b7 ") + describeDose(exercise);
}

QString exerciseHtml(const Catalog& catalog, const Exercise& exercise)
{
    QString html = exercise.summary.isEmpty()
        ? QString()
        : QStringLiteral("<p>") + exercise.summary.toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<table cellspacing='0'>");
    // The runner's own exercises may leave sections out: those are not shown empty.
    if (!exercise.targets.isEmpty())
        html += row(LibraryText::tr("Targets"), targets(catalog, exercise));
    QString dose = describeDose(exercise);
    if (const QString rest = describeRest(exercise); !rest.isEmpty())
        dose += QStringLiteral("; ") + rest;
    html += row(LibraryText::tr("Dose"), dose);
    if (!exercise.bestTimes.isEmpty())
        html += row(LibraryText::tr("Best times"), bestTimes(exercise));
    if (!exercise.easierVariantOf.isEmpty()) {
        if (const Exercise* harder = catalog.exercise(exercise.easierVariantOf))
            html += row(LibraryText::tr("Leads to"), harder->name);
    }
    html += QStringLiteral("</table>");
    if (!exercise.steps.isEmpty())
        html += heading(LibraryText::tr("How to do it")) + list(exercise.steps, true);
    if (!exercise.cues.isEmpty())
        html += heading(LibraryText::tr("Coaching cues")) + list(exercise.cues, false);
    if (!exercise.cautions.isEmpty())
        html += heading(LibraryText::tr("Cautions")) + list(exercise.cautions, false);
    return html;
}

QString routineHtml(const Catalog& catalog, const Routine& routine)
{
    QString html = QStringLiteral("<p>") + routine.description.toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<p><b>") + describeEstimate(estimatedSeconds(routine, catalog)).toHtmlEscaped()
        + QStringLiteral("</b> ") + LibraryText::tr("at the starting dose").toHtmlEscaped() + QStringLiteral("</p>");
    QStringList lines;
    for (const RoutineItem& item : routine.items) {
        const Exercise* exercise = catalog.exercise(item.exerciseId);
        if (!exercise)
            continue;
        const QString dose = item.dose ? describePlannedDose(*exercise, *item.dose) : describeDose(*exercise);
        lines.append(exercise->name + QStringLiteral(" \u2014 ") + dose);
    }
    html += heading(LibraryText::tr("In this routine")) + list(lines, true);
    return html;
}

QString habitHtml(const Habit& habit)
{
    return heading(LibraryText::tr("Why it matters")) + QStringLiteral("<p>") + habit.why.toHtmlEscaped()
        + QStringLiteral("</p>") + heading(LibraryText::tr("How Patella helps")) + QStringLiteral("<p>")
        + habit.howPatellaHelps.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace patella::librarytext
