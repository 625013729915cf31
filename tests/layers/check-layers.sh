#!/usr/bin/env bash
# The floors of the house, checked on every include (ctest runs this; see docs/ARCHITECTURE.md):
#   core/              Qt Core and Sql only: no QtGui or QtWidgets header, nothing from app/
#   app/presentation/  core and Qt Core only: no QtGui/QtWidgets header, nothing from the other app floors
#   app/ui/            may use core and presentation, never a page or the shell
#   app/<page>/        may use core, presentation and ui, never another page's folder or the shell
#   app/shell/         the composition root: nothing outside it (and its tests) includes it
# Usage: check-layers.sh SOURCE_DIR QT_INCLUDE_DIR   (exit 1 and one line per broken rule)
set -euo pipefail
src=${1:?source dir}
qt=${2:?Qt include dir}
cd "$src"
status=0
fail() {
    echo "$1"
    status=1
}

# Is <Name> a QtGui, QtWidgets (or other GUI module) header?
gui_header() {
    local name=$1 module
    for module in QtGui QtWidgets QtCharts QtSvg QtSvgWidgets QtMultimedia QtTextToSpeech QtPrintSupport; do
        [ -e "$qt/$module/$name" ] && return 0
    done
    [[ $name == QtGui/* || $name == QtWidgets/* || $name == QtCharts/* || $name == QtSvg/* ]]
}

pages="library sessionplayer today journal progress settings cli activities"

while IFS= read -r -d '' file; do
    while IFS= read -r line; do
        inc=${line#*include }
        case "$inc" in
        \<*)
            name=${inc#<}
            name=${name%%>*}
            case "$file" in
            core/* | app/presentation/*)
                gui_header "$name" && fail "$file: includes <$name>, a GUI header; this floor is Qt Core and Sql only"
                ;;
            esac
            ;;
        \"*)
            path=${inc#\"}
            path=${path%%\"*}
            case "$file" in
            core/*)
                [[ $path == app/* ]] && fail "$file: includes \"$path\"; core never includes app/"
                ;;
            app/presentation/*)
                [[ $path == app/* && $path != app/presentation/* ]] &&
                    fail "$file: includes \"$path\"; the presentation floor uses core only"
                ;;
            app/ui/*)
                [[ $path == app/* && $path != app/ui/* && $path != app/presentation/* ]] &&
                    fail "$file: includes \"$path\"; shared UI never includes a page or the shell"
                ;;
            esac
            if [[ $path == app/shell/* && $file != app/shell/* && $file != tests/app/shell/* ]]; then
                fail "$file: includes \"$path\"; nothing includes the composition root (app/shell)"
            fi
            for page in $pages; do
                if [[ $file == app/$page/* ]]; then
                    for other in $pages; do
                        [[ $other != "$page" && $path == app/$other/* ]] &&
                            fail "$file: includes \"$path\"; a page never includes another page's folder"
                    done
                fi
            done
            ;;
        esac
    done < <(grep -E '^[[:space:]]*#[[:space:]]*include' "$file" || true)
done < <(find core app tests -path tests/layers -prune -o \( -name '*.h' -o -name '*.cpp' \) -print0)

[ $status -eq 0 ] && echo "layers: every include keeps to its floor"
exit $status
