#!/usr/bin/env bash
# Start-up time of a hello-world program packaged by `weft jar`, against a plain Java hello
# world and CPython 3.13. Prints median wall time and mean CPU time (user+sys) per variant.
#
#   benchmarks/jar-startup.sh [RUNS]        (after `mvn -q -DskipTests package`; needs hyperfine)
#
# Variants: default JVM flags; -XX:TieredStopAtLevel=1 (C1 only); an AppCDS archive of the
# application's classes (JDK 17: -XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile);
# both; on JDK 25+ also an AOT cache (-XX:AOTCacheOutput once, then -XX:AOTCache). The JDK is the `java` on PATH (or $JAVA_HOME/bin/java).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-30}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
python_bin="${PYTHON313:-$(PYENV_VERSION=3.13.0 pyenv which python3 2>/dev/null || echo python3)}"
command -v hyperfine >/dev/null || { echo "jar-startup.sh: needs hyperfine" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'print("hello, world")\n' > "$work/hello.py"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello, world"); } }\n' > "$work/Hello.java"
"$here/bin/weft" jar "$work/hello.py" -o "$work/hello.jar"
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work" "$work/Hello.java"
"$java_bin" -XX:ArchiveClassesAtExit="$work/hello.jsa" -jar "$work/hello.jar" >/dev/null 2>&1
aot=()
if "$java_bin" -XX:AOTCacheOutput="$work/hello.aot" -jar "$work/hello.jar" >/dev/null 2>&1; then
  # JDK 25+: the AOT cache (JEP 483/514) also keeps linked classes and lambda forms.
  aot=(-n "java -XX:AOTCache=hello.aot -jar hello.jar" "$java_bin -XX:AOTCache=$work/hello.aot -jar $work/hello.jar")
fi

"$java_bin" -version 2>&1 | head -1
echo "hello.jar: $(stat -c %s "$work/hello.jar") bytes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -w 3 -r "$runs" --export-json "$work/results.json" \
  -n "java -jar hello.jar" "$java_bin -jar $work/hello.jar" \
  -n "java -XX:TieredStopAtLevel=1 -jar hello.jar" "$java_bin -XX:TieredStopAtLevel=1 -jar $work/hello.jar" \
  -n "java -XX:SharedArchiveFile=hello.jsa -jar hello.jar" "$java_bin -XX:SharedArchiveFile=$work/hello.jsa -jar $work/hello.jar" \
  -n "java -XX:SharedArchiveFile=hello.jsa -XX:TieredStopAtLevel=1 -jar hello.jar" "$java_bin -XX:SharedArchiveFile=$work/hello.jsa -XX:TieredStopAtLevel=1 -jar $work/hello.jar" \
  "${aot[@]}" \
  -n "java Hello (plain Java)" "$java_bin -cp $work Hello" \
  -n "python3.13 hello.py" "$python_bin $work/hello.py" >/dev/null
python3 - "$work/results.json" <<'PY'
import json, sys
print("| command | median wall ms | min wall ms | mean CPU ms (user+sys) |")
print("|---|---|---|---|")
for r in json.load(open(sys.argv[1]))["results"]:
    print("| `%s` | %.0f | %.0f | %.0f |" % (r["command"], r["median"] * 1000, r["min"] * 1000,
                                          (r["user"] + r["system"]) * 1000))
PY
