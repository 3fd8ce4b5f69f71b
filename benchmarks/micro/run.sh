#!/usr/bin/env bash
# Times each micro-benchmark: median user CPU seconds of N runs (default 5), for weft (compiled
# code cached by a warm-up run) and CPython 3.13. Usage: benchmarks/micro/run.sh [N] [name...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
n="${1:-5}"; shift || true
names=("$@"); [ ${#names[@]} -eq 0 ] && names=(fib intloop methods containers floatloop)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
utime() { /usr/bin/time -f %U "$@" 2>&1 >/dev/null | tail -1; }
printf '%-12s %8s %8s %7s\n' program weft cpython ratio
for b in "${names[@]}"; do
  f="$here/$b.py"
  "$root/bin/weft" run "$f" >/dev/null
  w=$(for _ in $(seq "$n"); do utime "$root/bin/weft" run "$f"; done | median)
  c=$(for _ in $(seq "$n"); do PYENV_VERSION=3.13.0 utime python3 "$f"; done | median)
  printf '%-12s %8s %8s %7s\n' "$b" "$w" "$c" "$(awk -v w="$w" -v c="$c" 'BEGIN{printf "%.2fx", c/w}')"
done
