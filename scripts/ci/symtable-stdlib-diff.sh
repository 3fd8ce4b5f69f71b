#!/usr/bin/env bash
# Differential tests of the symbol table and of the compile-time SyntaxErrors against CPython 3.13:
#   1. `weft symtable` and frontend/tools/symtable_dump.py print the same scopes for every file of
#      CPython's standard library that CPython parses (site-packages excluded);
#   2. `weft symtable --compile` reports the same first SyntaxError (or none) as compile() for
#      those files;
#   3. both again over the small programs of CPython's own test suite (harvest_snippets.py), most
#      of which exist to provoke such errors.
# Needs the jars of `mvn verify`/`mvn package` (builds nothing itself). Fails when a count of
# matching files or scopes drops below its ratchet.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Ratchets: raise them to the current counts as the frontend improves; never lower them to make
# a run pass.
MIN_STDLIB_FILES=1722
MIN_STDLIB_SCOPES=80357
MIN_STDLIB_COMPILE_FILES=1722
MIN_SNIPPET_FILES=3444
MIN_SNIPPET_COMPILE_FILES=3443

if ! PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "SKIP symtable-stdlib-diff: CPython 3.13 (PYENV_VERSION=3.13.0 python3) is not available"
  exit 0
fi
if [ ! -f cli/target/weft-cli.jar ] || [ ! -d cli/target/lib ]; then
  echo "symtable-stdlib-diff: cli/target/weft-cli.jar is missing; run 'mvn verify' (or 'mvn -DskipTests package') first" >&2
  exit 1
fi

out=frontend/target/symtable-stdlib-diff
rm -rf "$out"
mkdir -p "$out"
py() { PYENV_VERSION=3.13.0 python3 -W ignore "$@"; }
stdlib="$(py -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
find "$stdlib" -path "$stdlib/site-packages" -prune -o -name '*.py' -type f -print | LC_ALL=C sort > "$out/stdlib.txt"
py frontend/tools/harvest_snippets.py "$out/snippets" > /dev/null

status=0
compare() {  # NAME LIST MIN_FILES MIN_SCOPES [--compile]
  local name=$1 list=$2 min_files=$3 min_scopes=$4
  shift 4
  py frontend/tools/symtable_dump.py "$@" --files-from "$list" > "$out/$name.cpython.txt"
  bin/weft symtable "$@" --files-from "$list" > "$out/$name.weft.txt" || true
  echo "-- $name"
  python3 frontend/tools/symtable_compare.py "$out/$name.cpython.txt" "$out/$name.weft.txt" --show 10 \
    --min-files "$min_files" --min-scopes "$min_scopes" || status=1
}
compare stdlib "$out/stdlib.txt" "$MIN_STDLIB_FILES" "$MIN_STDLIB_SCOPES"
compare stdlib-compile "$out/stdlib.txt" "$MIN_STDLIB_COMPILE_FILES" 0 --compile
compare snippets "$out/snippets/files.txt" "$MIN_SNIPPET_FILES" 0
compare snippets-compile "$out/snippets/files.txt" "$MIN_SNIPPET_COMPILE_FILES" 0 --compile
exit $status
