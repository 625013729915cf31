#!/usr/bin/env python3
"""Times python3-gpxpy on the GPX that bench_import generates, beside Patella's own parser on the same file.

Usage: tests/benchmarks/bench_gpxpy.py BENCH_IMPORT_BINARY
Runs bench_import's GPX case (which writes the file; best of 3 repetitions), parses the same file with gpxpy
(best of 3) and prints both speeds in MB/s and their ratio (the target is Patella at least 20 times gpxpy's
speed). Both sides are timed in CPU time (Google Benchmark's default, time.process_time here), so a loaded machine
that makes one side wait for a core does not tilt the ratio.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

try:
    import gpxpy
except ImportError:
    sys.exit("this python has no gpxpy: run it with Debian's /usr/bin/python3 (apt-get install python3-gpxpy)")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.gpx")
        env = dict(os.environ, PATELLA_BENCH_GPX_OUT=path)
        out = subprocess.run([binary, "--benchmark_filter=BM_ParseGeneratedGpx", "--benchmark_format=json",
                              "--benchmark_repetitions=3"],
                             env=env, check=True, capture_output=True, text=True).stdout
        ours = max(b["bytes_per_second"] for b in json.loads(out)["benchmarks"]
                   if b.get("run_type", "iteration") == "iteration") / 1e6
        with open(path, encoding="utf-8") as f:
            text = f.read()
        size = len(text.encode("utf-8")) / 1e6
        best = None
        for _ in range(3):
            start = time.process_time()
            parsed = gpxpy.parse(text)
            seconds = time.process_time() - start
            best = seconds if best is None else min(best, seconds)
        points = sum(len(s.points) for t in parsed.tracks for s in t.segments)
    theirs = size / best
    print(f"GPX of {size:.2f} MB, {points} points")
    print(f"gpxpy {gpxpy.__version__}: {theirs:.2f} MB/s ({best * 1000:.0f} ms CPU)")
    print(f"Patella GpxParser: {ours:.2f} MB/s")
    print(f"ratio: {ours / theirs:.1f}x (target >= 20x)")


if __name__ == "__main__":
    main()
