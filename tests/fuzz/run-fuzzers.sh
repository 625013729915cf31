#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each: run-fuzzers.sh BUILD_DIR SECONDS
# Each target keeps its growing corpus in BUILD_DIR/corpus/<target>, starts from the seeds that fuzz_seeds
# writes and from tests/fixtures/fuzz/<target>/ (inputs that once crashed), uses tests/fuzz/<target>.dict when
# there is one, and leaves what crashes now in BUILD_DIR/crashes/. Exits non-zero when any target found a crash.
set -uo pipefail
build=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
regressions="$here/../fixtures/fuzz"

seeds="$build/seeds"
"$build/tests/fuzz/fuzz_seeds" "$seeds/fuzz_fit" || exit 1
mkdir -p "$seeds/fuzz_gzip"
for f in "$seeds"/fuzz_fit/*; do gzip -9 -n -c "$f" >"$seeds/fuzz_gzip/$(basename "$f").gz"; done

failed=()
for target in "$build"/tests/fuzz/fuzz_*; do
    name=$(basename "$target")
    [ -f "$target" ] && [ -x "$target" ] && [ "$name" != fuzz_seeds ] || continue
    corpus="$build/corpus/$name"
    mkdir -p "$corpus" "$build/crashes" "$seeds/$name"
    inputs=("$corpus" "$seeds/$name")
    [ -d "$regressions/$name" ] && inputs+=("$regressions/$name")
    options=()
    [ -f "$here/$name.dict" ] && options+=(-dict="$here/$name.dict")
    echo "==> $name for ${seconds}s (corpus $corpus)"
    if ! "$target" -max_total_time="$seconds" -timeout=10 -max_len=65536 -print_final_stats=1 \
        "${options[@]}" -artifact_prefix="$build/crashes/$name-" "${inputs[@]}" 2>"$build/$name.log"; then
        tail -n 40 "$build/$name.log"
        failed+=("$name")
    else
        grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$build/$name.log"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "==> crashes in: ${failed[*]} (inputs in $build/crashes/)" >&2
    exit 1
fi
echo "==> every fuzzer ran ${seconds}s without a crash"
