#!/usr/bin/env bash
# Benchmark (not run by CI): CPython 3.13 against Weft on the CPU-bound seed examples and on
# benchmarks/programs/*.py, interleaved in one run, medians and ratios as a Markdown table on
# stdout (progress on stderr). Options go to benchmarks/compare.py: --reps N, --only a,b,
# --no-seeds, --seeds DIR, --timeout S, --no-startup. Record runs in benchmarks/RESULTS.md.
#   WEFT=/path/to/bin/weft benchmarks/compare.sh     # another build than this checkout's
#   PYTHON313=/path/to/python3.13 benchmarks/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python_bin="${PYTHON313:-}"
if [ -z "$python_bin" ]; then
  python_bin="$(PYENV_VERSION=3.13.0 python3 -c 'import sys; print(sys.executable)' 2>/dev/null || true)"
fi
if [ -z "$python_bin" ] || ! "$python_bin" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "compare: SKIPPED — CPython 3.13 not found (set PYTHON313 or install it as pyenv 3.13.0)"
  exit 0
fi
weft="${WEFT:-$PWD/bin/weft}"
weft_home="$(cd "$(dirname "$weft")/.." && pwd)"
if [ ! -x "$weft" ] || [ ! -f "$weft_home/cli/target/weft-cli.jar" ]; then
  echo "compare: SKIPPED — no Weft build at $weft_home (run: mvn -q -DskipTests package, or set WEFT)"
  exit 0
fi
exec "$python_bin" benchmarks/compare.py --python "$python_bin" --weft "$weft" "$@"
