#!/usr/bin/env bash
# A/B timing of two Weft builds in the same minutes (for a loaded machine): runs PROGRAM under
# build A and build B alternately N times each and prints the median user CPU seconds of each
# (JVM start and JIT included; one untimed run first fills each build's compile cache).
#   benchmarks/ab.sh /path/to/before/bin/weft /path/to/after/bin/weft N PROGRAM.py [ARGS...]
set -euo pipefail
a=$1; b=$2; n=$3; f=$4; shift 4
utime() { /usr/bin/time -f %U "$@" 2>&1 >/dev/null | tail -1; }
med() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
"$a" run "$f" "$@" >/dev/null 2>&1 || true
"$b" run "$f" "$@" >/dev/null 2>&1 || true
ta=(); tb=()
for _ in $(seq "$n"); do
  ta+=("$(utime "$a" run "$f" "$@")")
  tb+=("$(utime "$b" run "$f" "$@")")
done
echo "$(basename "$f") A $(med "${ta[@]}") B $(med "${tb[@]}")   A=[${ta[*]}] B=[${tb[*]}]"
