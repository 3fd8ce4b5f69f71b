#!/usr/bin/env bash
# `weft run`'s JVM start-up archive (bin/weft-startup-archive.bash) on each JDK found (the `java`
# on PATH, and JDK 25 where installed): a training run makes it, later runs map it, and nothing
# about it can fail a run — an unwritable cache directory, an archive truncated behind the
# launcher's back, one that vanished, concurrent first runs. Needs the build (`mvn package`).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
weft="$here/bin/weft"
if [ ! -f "$here/cli/target/weft-cli.jar" ]; then
  echo "startup-archive: SKIPPED (the project is not built)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'import re, dataclasses\nprint("hello, world", re.sub("o", "0", "foo"))\n' > "$work/hello.py"
expected="hello, world f00"
passed=0
failed=0

check() {  # NAME COMMAND...: the command prints exactly the expected line and nothing on stderr
  local name=$1 out err
  shift
  if out="$("$@" 2>"$work/stderr")" && [ "$out" = "$expected" ] && [ ! -s "$work/stderr" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name: stdout [$out] stderr [$(head -c 2000 "$work/stderr")]"
  fi
}

expect() {  # NAME CONDITION...
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}

archive_of() {  # CACHE_DIR: the archive there, if any
  find "$1/startup" -maxdepth 1 \( -name 'run-*.jsa' -o -name 'run-*.aot' \) 2>/dev/null | head -1
}

wait_for_training() {  # CACHE_DIR: until no trainer holds a lock (at most 5 minutes)
  local i
  for i in $(seq 300); do
    if ! compgen -G "$1/startup/*.lock" >/dev/null; then
      return 0
    fi
    sleep 1
  done
  return 1
}

javas=("")
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  javas+=(/usr/lib/jvm/temurin-25-jdk-amd64)
fi
for jdk in "${javas[@]}"; do
  label="${jdk:-java on PATH}"
  export JAVA_HOME="$jdk"
  [ -n "$jdk" ] || unset JAVA_HOME
  cache="$work/cache-${jdk//\//_}"

  # A first run trains (here in the foreground), a second one maps the archive.
  check "$label: first run" env WEFT_CACHE_DIR="$cache" WEFT_STARTUP_ARCHIVE=foreground "$weft" run "$work/hello.py"
  archive="$(archive_of "$cache")"
  expect "$label: the training made an archive" test -s "$archive"
  expect "$label: its size is recorded" test "$(cat "$archive.size")" = "$(stat -c %s "$archive")"
  opts="$(cd "$here" && . bin/weft-startup-archive.bash && WEFT_CACHE_DIR="$cache" startup_archive_options \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$here/cli/target/weft-cli.jar:$here/cli/target/lib/*" \
    "$here/cli/startup/training.py" -Xss16m -XX:-DontCompileHugeMethods)"  # bin/weft's jvm_opts (the archive key)
  expect "$label: a later run maps it" grep -q -- "$archive" <<< "$opts"
  check "$label: a run with the archive" env WEFT_CACHE_DIR="$cache" "$weft" run "$work/hello.py"

  # Truncated behind the launcher's back (JDK 17 would crash mapping it): not mapped, rebuilt.
  head -c 100000 "$archive" > "$archive.cut" && mv "$archive.cut" "$archive"
  check "$label: a run beside a truncated archive" env WEFT_CACHE_DIR="$cache" WEFT_STARTUP_ARCHIVE=foreground \
    "$weft" run "$work/hello.py"
  expect "$label: the truncated archive was rebuilt" test "$(cat "$archive.size")" = "$(stat -c %s "$archive")"

  # Gone between the launcher's look and the JVM's: the JVM runs without it, silently.
  java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  if [ "${archive##*.}" = aot ]; then
    gone=(-XX:AOTCache="$work/gone.aot" "-Xlog:aot*=off" "-Xlog:cds*=off")
  else
    gone=(-XX:SharedArchiveFile="$work/gone.jsa" "-Xlog:cds*=off")
  fi
  check "$label: an archive that vanished" env WEFT_CACHE_DIR="$cache" "$java_bin" -Xss16m "${gone[@]}" \
    -cp "$here/cli/target/weft-cli.jar:$here/cli/target/lib/*" dev.weft.cli.Main run "$work/hello.py"

  # An unwritable cache directory (a file in its place): runs work, nothing is trained.
  : > "$work/not-a-dir"
  check "$label: an unwritable cache directory" env WEFT_CACHE_DIR="$work/not-a-dir" "$weft" run "$work/hello.py"
  check "$label: ... trained in the foreground" env WEFT_CACHE_DIR="$work/not-a-dir" WEFT_STARTUP_ARCHIVE=foreground \
    "$weft" run "$work/hello.py"

  # Three first runs at once: all succeed, one trainer, one archive, nothing left behind.
  fresh="$cache-concurrent"
  pids=()
  for i in 1 2 3; do
    (env WEFT_CACHE_DIR="$fresh" "$weft" run "$work/hello.py" > "$work/out$i" 2> "$work/err$i") &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || true
  done
  for i in 1 2 3; do
    expect "$label: concurrent first run $i" test "$(cat "$work/out$i")" = "$expected" -a ! -s "$work/err$i"
  done
  expect "$label: the background training ends" wait_for_training "$fresh"
  expect "$label: one archive, no temporary files" bash -c '[ -n "$1" ] && [ "$1" = "$2" ]' _ \
    "$(archive_of "$fresh")" "$(find "$fresh/startup" -maxdepth 1 -type f ! -name '*.size')"
  check "$label: a run after the concurrent training" env WEFT_CACHE_DIR="$fresh" "$weft" run "$work/hello.py"
done

echo "startup-archive: $passed passed, $failed failed"
[ "$failed" = 0 ]
