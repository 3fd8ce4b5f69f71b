#!/usr/bin/env bash
# Differential test of the symbol table against CPython 3.13 over CPython's standard library:
# `weft symtable` and frontend/tools/symtable_dump.py must print the same scopes for every file
# CPython parses (site-packages excluded). Needs the jars of `mvn verify`/`mvn package` (builds
# nothing itself). Fails when the number of matching files or scopes drops below the ratchet.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Ratchet: raise these to the current counts as the frontend improves; never lower them to make
# a run pass.
MIN_FILES=1722
MIN_SCOPES=80357

if ! PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "SKIP symtable-stdlib-diff: CPython 3.13 (PYENV_VERSION=3.13.0 python3) is not available"
  exit 0
fi
if [ ! -f cli/target/weft-cli.jar ] || [ ! -d cli/target/lib ]; then
  echo "symtable-stdlib-diff: cli/target/weft-cli.jar is missing; run 'mvn verify' (or 'mvn -DskipTests package') first" >&2
  exit 1
fi

out=frontend/target/symtable-stdlib-diff
mkdir -p "$out"
stdlib="$(PYENV_VERSION=3.13.0 python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
find "$stdlib" -path "$stdlib/site-packages" -prune -o -name '*.py' -type f -print | LC_ALL=C sort > "$out/files.txt"

PYENV_VERSION=3.13.0 python3 frontend/tools/symtable_dump.py --files-from "$out/files.txt" > "$out/cpython.txt"
bin/weft symtable --files-from "$out/files.txt" > "$out/weft.txt" || true
python3 frontend/tools/symtable_compare.py "$out/cpython.txt" "$out/weft.txt" --show 20 \
  --min-files "$MIN_FILES" --min-scopes "$MIN_SCOPES"
