#!/usr/bin/env bash
# Side by side per-operation costs: runs a program that prints "name value" lines (microseconds)
# under weft and CPython 3.13 and prints both columns and the ratio weft/CPython (above 1: weft
# is slower). Usage: benchmarks/per_op.sh benchmarks/micro/common_ops.py [WEFT=path/to/bin/weft]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog="$1"
weft="${WEFT:-$here/../bin/weft}"
w=$("$weft" run "$prog")
c=$(PYENV_VERSION=3.13.0 python3 "$prog")
python3 - "$w" "$c" <<'PY'
import sys
def table(text):
    out = {}
    for line in text.splitlines():
        name, _, value = line.rpartition(" ")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            pass
    return out
w, c = table(sys.argv[1]), table(sys.argv[2])
print(f"{'operation':24s} {'weft us':>10s} {'cpython us':>10s} {'weft/cpy':>9s}")
for name in w:
    if name in c:
        print(f"{name:24s} {w[name]:10.3f} {c[name]:10.3f} {w[name] / c[name]:9.1f}")
PY
