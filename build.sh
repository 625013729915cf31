#!/usr/bin/env bash
# Patella's one-stop build script.
#   ./build.sh run       install what is missing (Debian 12), build, and start Patella
#   ./build.sh test      install what is missing, build, and run the whole test suite
#   ./build.sh package   build the release .deb into build/release
#   ./build.sh bench     build and run the benchmarks (Release)
#   ./build.sh fuzz [S]  build the libFuzzer targets (clang) and run each for S seconds (default 60)
# Extra arguments after "run" go to patella (e.g. ./build.sh run --demo).
# Re-running is quick: packages are installed only when missing and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")"

action=${1:-run}
shift || true

# Everything a fresh Debian 12 needs, from the compiler to the virtual display for GUI tests.
packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin
    qt6-multimedia-dev gstreamer1.0-plugins-base
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev zlib1g-dev
    xvfb xauth xdotool poppler-utils fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev fakeroot file
    clang libclang-rt-14-dev
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# CI builds with warnings as errors; people get the same build without -Werror.
preset=dev
[ "${CI:-}" = "true" ] && preset=ci

build() {
    local p=$1
    [ -f "build/$p/build.ninja" ] || cmake --preset "$p"
    cmake --build --preset "$p"
}

case "$action" in
run)
    install_missing
    build "$preset"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "==> No display found: starting Patella on a virtual X server (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1400x900x24" "build/$preset/app/patella" "$@"
    fi
    exec "build/$preset/app/patella" "$@"
    ;;
test)
    install_missing
    build "$preset"
    ctest --preset "$preset" --output-on-failure "$@"
    ;;
package)
    install_missing
    build release
    (cd build/release && cpack -G DEB)
    ;;
bench)
    install_missing
    build bench
    # The start-up and GUI benchmarks need a display: a virtual one when there is none.
    run_benchmarks() {
        for b in build/bench/tests/benchmarks/bench_*; do
            [ -x "$b" ] && "$b" "$@"
        done
    }
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        export -f run_benchmarks
        xvfb-run -a -s "-screen 0 1400x900x24" bash -c 'run_benchmarks "$@"' bash "$@"
    else
        run_benchmarks "$@"
    fi
    ;;
fuzz)
    install_missing
    [ -f build/fuzz/build.ninja ] || cmake --preset fuzz
    cmake --build --preset fuzz --target fuzzers
    tests/fuzz/run-fuzzers.sh build/fuzz "${1:-60}"
    ;;
*)
    echo "usage: $0 run|test|package|bench|fuzz [args...]" >&2
    exit 64
    ;;
esac
