#!/usr/bin/env bash
# Differential test of the frontend against CPython 3.13 over CPython's standard library:
# same ast.dump (with and without attributes) for every file CPython parses, same error for every
# file it rejects. Needs the jars of `mvn verify`/`mvn package` (builds nothing itself).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Ratchet: the number of stdlib files that pass. Raise it to the current count as the parser
# improves; never lower it to make a run pass. 1715 of 1726 at grammar c459967.
MIN_PASS=1726

if ! PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "SKIP frontend-stdlib-diff: CPython 3.13 (PYENV_VERSION=3.13.0 python3) is not available"
  exit 0
fi
if [ ! -f cli/target/weft-cli.jar ] || [ ! -d cli/target/lib ]; then
  echo "frontend-stdlib-diff: cli/target/weft-cli.jar is missing; run 'mvn verify' (or 'mvn -DskipTests package') first" >&2
  exit 1
fi
mkdir -p frontend/target
PYENV_VERSION=3.13.0 exec python3 scripts/frontend/stdlib_diff.py --min-pass "$MIN_PASS" \
  --report frontend/target/stdlib-diff-report.tsv "$@"
