#pragma once

#include "core/catalog/catalog.h"

#include <QString>

// The Library's detail texts as rich text, built from the catalog. Kept apart from the widgets so
// the wording is in one place.
namespace patella::librarytext {

QString targets(const Catalog& catalog, const Exercise& exercise); // "Quadriceps, Hip flexors"
QString bestTimes(const Exercise& exercise); // "Post-run, evening"
QString exerciseSubtitle(const Exercise& exercise); // "Stretch · 20–30 s, 2 sets, each side"
QString exerciseHtml(const Catalog& catalog, const Exercise& exercise);
QString routineHtml(const Catalog& catalog, const Routine& routine);
QString habitHtml(const Habit& habit);

} // namespace patella::librarytext
