#!/bin/sh
# Tokenizes every .py file of CPython 3.13's standard library (site-packages excluded) with
# CPython (frontend/tools/token_dump.py) and with Weft's tokenizer (TokenDump, one JVM) and
# reports the files whose token streams (or errors) differ.
# Needs: `mvn -pl frontend -am test-compile` done, and CPython 3.13 (PYENV_VERSION=3.13.0).
# Usage: scripts/tokenize_stdlib_diff.sh [LIBDIR]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIB=${1:-/root/.pyenv/versions/3.13.0/lib/python3.13}
OUT=${TMPDIR:-/tmp}/weft-tokenize-diff
mkdir -p "$OUT"
find "$LIB" -name '*.py' -not -path '*/site-packages/*' | sort > "$OUT/files.txt"
echo "files: $(wc -l < "$OUT/files.txt")"
PYENV_VERSION=3.13.0 python3 -W ignore "$ROOT/frontend/tools/token_dump.py" --list "$OUT/files.txt" > "$OUT/cpython.txt"
CP=$(cd "$ROOT/frontend" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
start=$(date +%s%N)
java -cp "$ROOT/frontend/target/classes:$ROOT/frontend/target/test-classes:$CP" \
    dev.weft.frontend.tokenize.TokenDump --list "$OUT/files.txt" > "$OUT/weft.txt"
end=$(date +%s%N)
echo "weft dump time (JVM start included): $(( (end - start) / 1000000 )) ms"
python3 - "$OUT/cpython.txt" "$OUT/weft.txt" <<'PY'
import sys
DECODING = ("unknown encoding", "encoding problem", "(unicode error)", "Non-UTF-8 code",
            "invalid or missing encoding declaration")
def split(path):
    files, cur = {}, None
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            if line.startswith("FILE "):
                cur = line[5:].rstrip("\n"); files[cur] = []
            else:
                line = line.rstrip("\n")
                if line.startswith("PARSER-ERROR"):
                    continue
                # compile() and the file reader word decoding errors differently; compare kinds.
                if line.startswith("ERROR") and any(k in line for k in DECODING):
                    line = "ERROR (decoding)"
                files[cur].append(line)
    return files
a, b = split(sys.argv[1]), split(sys.argv[2])
bad = [p for p in a if a[p] != b.get(p)]
for p in bad:
    x, y = a[p], b.get(p, [])
    i = next((i for i in range(max(len(x), len(y))) if i >= len(x) or i >= len(y) or x[i] != y[i]), 0)
    print("MISMATCH", p)
    print("   cpython:", x[i] if i < len(x) else "<end>")
    print("   weft:   ", y[i] if i < len(y) else "<end>")
print("files: %d, matching: %d, mismatching: %d" % (len(a), len(a) - len(bad), len(bad)))
PY
