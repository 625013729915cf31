# Script mode (cmake -P): writes every text a person reads in the exercise catalog as a
# QT_TRANSLATE_NOOP("catalog", ...) entry, so lupdate puts the catalog into the same .ts files as the
# code. The catalog reader translates these texts at load through the same "catalog" context.
#   cmake -DCATALOG=resources/data/catalog.json -DOUTPUT=build/.../catalogstrings.cpp -P CatalogStrings.cmake
# Every string is taken except the keys listed here, which hold ids and enum words, not text.
cmake_minimum_required(VERSION 3.25)

set(non_text_keys id kind targets bestTimes illustration type easierVariantOf exercise)

function(c_escape text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    string(REPLACE "\n" "\\n" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Appends the entries for the JSON value at the member path ARGN to the variable entries.
function(collect label)
    string(JSON type TYPE "${json}" ${ARGN})
    if(type STREQUAL "STRING")
        string(JSON text GET "${json}" ${ARGN})
        c_escape("${text}" escaped)
        string(APPEND entries "    //: ${label}\n    QT_TRANSLATE_NOOP(\"catalog\", \"${escaped}\"),\n")
    elseif(type STREQUAL "ARRAY")
        string(JSON count LENGTH "${json}" ${ARGN})
        if(count GREATER 0)
            math(EXPR last "${count} - 1")
            foreach(i RANGE ${last})
                collect("${label}" ${ARGN} ${i})
            endforeach()
        endif()
    elseif(type STREQUAL "OBJECT")
        string(JSON id ERROR_VARIABLE no_id GET "${json}" ${ARGN} id)
        if(NOT no_id AND NOT id MATCHES "-NOTFOUND$")
            set(label "${id}")
        endif()
        string(JSON count LENGTH "${json}" ${ARGN})
        if(count GREATER 0)
            math(EXPR last "${count} - 1")
            foreach(i RANGE ${last})
                string(JSON key MEMBER "${json}" ${ARGN} ${i})
                if(NOT key IN_LIST non_text_keys)
                    collect("${label}.${key}" ${ARGN} ${key})
                endif()
            endforeach()
        endif()
    endif()
    set(entries "${entries}" PARENT_SCOPE)
endfunction()

file(READ "${CATALOG}" json)
set(entries "")
foreach(section muscleGroups exercises routines habits)
    collect("${section}" ${section})
endforeach()

set(content "// Generated from ${CATALOG} by cmake/CatalogStrings.cmake: do not edit.
// The catalog's texts for lupdate, and for the test that every one has a translation.
#include <QtGlobal>

namespace patella::catalogstrings {

extern const char* const kSources[];
extern const int kSourceCount;

const char* const kSources[] = {
${entries}};
const int kSourceCount = int(sizeof(kSources) / sizeof(kSources[0]));

} // namespace patella::catalogstrings
")
# Written only when it changes, so an untouched catalog rebuilds nothing.
file(CONFIGURE OUTPUT "${OUTPUT}" CONTENT "${content}" @ONLY)
