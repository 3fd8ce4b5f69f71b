# Sourced by bin/weft for `weft run`: the JVM start-up archive of the runtime, the compiler and
# the compiled standard library (JDK 13-24: a dynamic AppCDS archive; JDK 25+: an AOT cache).
# Classes come from it already parsed and verified, with the lambda classes of builtins and of
# stdlib functions already spun, which is most of what importing a module like re or
# dataclasses costs at start-up.
#
# The archive lives in $WEFT_CACHE_DIR/startup (else $XDG_CACHE_HOME/weft/startup, else
# ~/.cache/weft/startup), named by a key over the JDK (its path, release file and libjvm) and the
# build (size and time of every jar on the class path) and the JVM options: a rebuilt Weft or
# another JDK gets an archive of its own. When none exists, a training run
# (cli/startup/training.py) makes one in the background, detached from the caller's terminal and
# pipes; it is written under a temporary name, checked by a JVM that must map it (-Xshare:on /
# -XX:AOTMode=on), its size recorded in NAME.size, then renamed into place; a run maps it only
# while its size is the recorded one, so never a partial file (JDK 17 crashes on a truncated
# archive). Nothing here can fail a run: a missing JDK release file, an
# unwritable cache directory, a failed training (remembered in NAME.failed until the key changes)
# or an archive the JVM rejects all mean running without one. WEFT_STARTUP_ARCHIVE=off disables
# it; WEFT_STARTUP_ARCHIVE=foreground trains in the foreground (for tests and benchmarks).

# startup_archive_options JAVA_BIN CLASSPATH TRAINING_PY JVM_OPTS... : prints the options that
# map the archive, one a line, or nothing; may start the background training.
startup_archive_options() {
  local java_bin=$1 cp=$2 training=$3
  shift 3
  local mode=${WEFT_STARTUP_ARCHIVE:-auto}
  [ "$mode" = off ] && return 0
  local java_path java_home feature
  java_path="$(command -v "$java_bin" 2>/dev/null)" || return 0
  java_path="$(readlink -f "$java_path" 2>/dev/null)" || return 0
  java_home="${java_path%/bin/java}"
  [ -r "$java_home/release" ] || return 0
  feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null)"
  case "$feature" in ''|*[!0-9]*) return 0 ;; esac
  local kind
  if [ "$feature" -ge 25 ]; then
    kind=aot
  elif [ "$feature" -ge 13 ]; then
    kind=jsa
  else
    return 0
  fi
  local cache_dir
  if [ -n "${WEFT_CACHE_DIR:-}" ]; then
    cache_dir="$WEFT_CACHE_DIR"
  elif [ -n "${XDG_CACHE_HOME:-}" ]; then
    cache_dir="$XDG_CACHE_HOME/weft"
  else
    cache_dir="${HOME:-/nonexistent}/.cache/weft"
  fi
  local dir="$cache_dir/startup" jdk_key opts_key build_key entry IFS_SAVE="$IFS"
  jdk_key="$( { echo "$java_path"; cat "$java_home/release"; stat -L -c '%s %Y' "$java_home"/lib/server/libjvm.so; } 2>/dev/null | cksum | cut -d' ' -f1)" || true
  IFS=:
  # shellcheck disable=SC2086 # the class path is split on ':' and its wildcards expanded on purpose
  build_key="$(stat -L -c '%n %s %Y' $cp "$training" 2>/dev/null | cksum | cut -d' ' -f1)" || true
  IFS="$IFS_SAVE"
  opts_key="$(printf '%s\n' "$@" | cksum | cut -d' ' -f1)"
  entry="$dir/run-$jdk_key-$opts_key-$build_key.$kind"
  # The size recorded when the archive was checked must still be its size: JDK 17 crashes on a
  # truncated archive instead of ignoring it.
  local size="" recorded=""
  [ -f "$entry" ] && size="$(stat -c %s "$entry" 2>/dev/null)"
  [ -f "$entry.size" ] && { read -r recorded < "$entry.size" || true; } 2>/dev/null
  if [ -n "$size" ] && [ "$size" = "$recorded" ]; then
    if [ "$kind" = aot ]; then
      printf '%s\n' "-XX:AOTCache=$entry" "-Xlog:aot*=off" "-Xlog:cds*=off"
    else
      printf '%s\n' "-XX:SharedArchiveFile=$entry" "-Xlog:cds*=off"
    fi
    return 0
  fi
  [ -e "$entry.failed" ] && return 0
  if [ "$mode" = foreground ]; then
    startup_archive_train "$java_bin" "$cp" "$training" "$kind" "$entry" "$dir" "$jdk_key-$opts_key" "$@" </dev/null >/dev/null 2>&1 || true
  else
    # setsid + all three streams redirected: `weft run x.py | cat` must not wait for the training.
    ( trap '' HUP; exec setsid bash -c "$(declare -f startup_archive_train); startup_archive_train \"\$@\"" \
        weft-startup-archive "$java_bin" "$cp" "$training" "$kind" "$entry" "$dir" "$jdk_key-$opts_key" "$@" ) \
        </dev/null >/dev/null 2>&1 &
  fi
  return 0
}

# startup_archive_train JAVA_BIN CLASSPATH TRAINING_PY KIND ENTRY DIR JDK_OPTS_KEY JVM_OPTS...: one
# training run.
startup_archive_train() {
  local java_bin=$1 cp=$2 training=$3 kind=$4 entry=$5 dir=$6 jdk_opts_key=$7
  shift 7
  mkdir -p "$dir" 2>/dev/null || return 0
  # One trainer per archive: mkdir is atomic; a lock left by a killed trainer expires after 15 min.
  if ! mkdir "$entry.lock" 2>/dev/null; then
    [ -n "$(find "$entry.lock" -maxdepth 0 -mmin +15 2>/dev/null)" ] || return 0
    rm -rf "$entry.lock"
    mkdir "$entry.lock" 2>/dev/null || return 0
  fi
  local tmp="$entry.$$.tmp" work ok=0
  work="$(mktemp -d 2>/dev/null)" || { rmdir "$entry.lock"; return 0; }
  local record check
  if [ "$kind" = aot ]; then
    record="-XX:AOTCacheOutput=$tmp"
    check=(-XX:AOTMode=on "-XX:AOTCache=$tmp")
  else
    record="-XX:ArchiveClassesAtExit=$tmp"
    check=(-Xshare:on "-XX:SharedArchiveFile=$tmp")
  fi
  # A cache directory of its own: every module is compiled, so the compiler's classes are recorded.
  if WEFT_CACHE_DIR="$work" timeout 600 "$java_bin" "$@" "$record" -cp "$cp" dev.weft.cli.Main run \
        "$training" && [ -s "$tmp" ] \
      && "$java_bin" "$@" "${check[@]}" -cp "$cp" dev.weft.cli.Main --version; then
    ok=1
  fi
  if [ "$ok" = 1 ] && stat -c %s "$tmp" > "$entry.size.$$" && mv -f "$entry.size.$$" "$entry.size" \
      && mv -f "$tmp" "$entry"; then
    # Archives of older builds for the same JDK and options are of no further use.
    # (Files only, and not another trainer's temporary files.)
    find "$dir" -maxdepth 1 -type f -name "run-$jdk_opts_key-*.$kind*" ! -name '*.tmp' ! -name '*.size.*' \
      ! -name "${entry##*/}" ! -name "${entry##*/}.size" -delete 2>/dev/null
  else
    touch "$entry.failed" 2>/dev/null
  fi
  rm -rf "$work" "$tmp" "$entry.size.$$" "$entry.lock"
  return 0
}
