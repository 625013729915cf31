#!/usr/bin/env bash
# Screenshots of Patella on a virtual X display, from the demo journal, in one language:
#   tools/screenshots.sh BUILD_DIR OUT_DIR [LANG]     e.g. tools/screenshots.sh build/dev docs/screenshots de_DE
# Writes <lang>-today, -session (during a hold), -journal, -progress, -library at 1280x800, and
# <lang>-session-200 (the player at 200% scale, 2560x1600). Needs xvfb, xauth, xdotool and imagemagick.
set -euo pipefail
build=$(realpath "$1")
out=$(realpath -m "$2")
lang=${3:-de_DE}
short=${lang%%_*}
mkdir -p "$out"

# shoot SCALE WIDTH HEIGHT STEPS: starts Patella, runs the xdotool steps; "shot NAME" saves the screen.
shoot() {
    local scale=$1 width=$2 height=$3 steps=$4
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" env LANG="$lang.UTF-8" LANGUAGE="$short" \
        QT_SCALE_FACTOR="$scale" OUT="$out" PREFIX="$short" BIN="$build/app/patella" W="$width" H="$height" \
        bash -c '
        "$BIN" --demo &
        pid=$!
        sleep 8
        wid=$(xdotool search --onlyvisible --name Patella | head -1)
        xdotool windowmove "$wid" 0 0
        xdotool windowsize "$wid" "$W" "$H"
        xdotool windowfocus --sync "$wid"
        sleep 2
        shot() { import -window root "$OUT/$PREFIX-$1.png"; }
        '"$steps"'
        kill "$pid"; wait "$pid" || true
    ' 2>&1 | grep -v -e propagateSizeHints -e XDG_RUNTIME -e PulseAudio -e XGetInputFocus || true
}

# The first routine's Start button sits at the top right of the Session page's list.
start_first_routine='xdotool mousemove $((W * 1186 / 1280)) $((H * 134 / 800)) click 1; sleep 14'

shoot 1 1280 800 "
    shot today
    xdotool key ctrl+3; sleep 2; shot journal
    xdotool key ctrl+4; sleep 3; shot progress
    xdotool key ctrl+5; sleep 2; shot library
    xdotool key ctrl+2; sleep 2; $start_first_routine; shot session"
shoot 2 2560 1600 "xdotool key ctrl+2; sleep 2; $start_first_routine; shot session-200"
ls -l "$out"/"$short"-*.png
