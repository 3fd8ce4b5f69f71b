#!/usr/bin/env bash
# Benchmark (not run by CI): Weft's parser against CPython 3.13's ast.parse over CPython's stdlib.
# Needs `mvn -DskipTests package` first. Options go to benchmarks/parse_stdlib.py
# (--launches N, --passes N, --warmup N). Record runs in benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "parse-stdlib: CPython 3.13 (PYENV_VERSION=3.13.0 python3) is not available" >&2
  exit 2
fi
if [ ! -f cli/target/weft-cli.jar ]; then
  echo "parse-stdlib: build first with: mvn -q -DskipTests package" >&2
  exit 2
fi
PYENV_VERSION=3.13.0 exec python3 benchmarks/parse_stdlib.py "$@"
