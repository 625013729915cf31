#!/usr/bin/env bash
# Proves check-layers.sh catches each kind of breach: it runs the check on tests/layers/broken (a tiny tree of
# deliberate ones) and expects a failure naming every one of them.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(bash "$here/check-layers.sh" "$here/broken" "${1:?Qt include dir}")
status=$?
echo "$out"
[ $status -eq 1 ] || { echo "FAIL: the check exited $status on a broken tree"; exit 1; }
missing=0
while IFS='|' read -r file message; do
    if ! grep -F "$file:" <<<"$out" | grep -qF "$message"; then
        echo "FAIL: not reported: $file ($message)"
        missing=1
    fi
done <<'EXPECTED'
core/x/bad.cpp|<QWidget>, a GUI header
core/x/bad.cpp|core never includes app/
app/presentation/bad.cpp|<QColor>, a GUI header
app/presentation/bad.cpp|the presentation floor uses core only
app/ui/bad.cpp|shared UI never includes a page
app/today/bad.cpp|never includes another page's folder
app/today/bad.cpp|nothing includes the composition root
EXPECTED
exit $missing
