#!/usr/bin/env python3
"""Run every integration-test program under CPython 3.13 and write (or check) its goldens.

A program is either a top-level ``*.py`` file of a group folder
(``programs/<group>/X.py``) or the ``main.py`` of a multi-module program
(``programs/<group>/<name>/main.py``); every other ``.py`` file is a module
that some program imports.  For each program ``P`` the goldens are:

  P.out   stdout, always written (may be empty)
  P.exit  exit code, only when it is non-zero
  P.err   stderr, only when it is non-empty (uncaught exceptions); the
          program's folder is replaced by ``<dir>`` so the text does not
          depend on where the repository is checked out
Inputs, written by hand:
  P.args  command-line arguments, one per line
  P.in    bytes fed to stdin (without it, stdin is empty)

Usage:
  gen_expected.py [--check] [--verify-determinism] [--python CMD] [PROGRAM...]

--check                compare instead of writing; exit 1 on any difference or
                       stale golden.
--verify-determinism   run each program a second time with another
                       PYTHONHASHSEED and fail if anything differs (catches
                       output that depends on str hash order, timing or ids).
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE.parent / "src" / "test" / "resources" / "programs"
TIMEOUT_SECONDS = 20
HASH_SEED = "0"
OTHER_HASH_SEED = "4242"
GOLDEN_SUFFIXES = (".out", ".exit", ".err")
# Output that names a memory address is not reproducible on another implementation.
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]{4,}")


def find_programs(root):
    found = []
    for group in sorted(p for p in root.iterdir() if p.is_dir()):
        if (group / "USER_GOLDENS").exists():
            continue  # expected output written by the user, not by CPython 3.13
        for entry in sorted(group.iterdir()):
            if entry.is_file() and entry.suffix == ".py":
                found.append(entry)
            elif entry.is_dir() and (entry / "main.py").is_file():
                found.append(entry / "main.py")
    return found


_STDLIB = {}


def stdlib_dir(python):
    """The interpreter's standard-library folder, as it appears in traceback frames."""
    key = tuple(python)
    if key not in _STDLIB:
        _STDLIB[key] = subprocess.run(
            python + ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYENV_VERSION": "3.13.0"}).stdout.strip()
    return _STDLIB[key]


def golden(program, suffix):
    return program.with_name(program.name + suffix)


def run(program, python, hash_seed):
    args_file = golden(program, ".args")
    in_file = golden(program, ".in")
    args = args_file.read_text(encoding="utf-8").splitlines() if args_file.exists() else []
    stdin = in_file.read_bytes() if in_file.exists() else b""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "PYENV_VERSION": "3.13.0",
        "PYTHONHASHSEED": hash_seed,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHON_COLORS": "0",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
    }
    if "PYENV_ROOT" in os.environ:
        env["PYENV_ROOT"] = os.environ["PYENV_ROOT"]
    try:
        proc = subprocess.run(
            python + [program.name] + args,
            cwd=program.parent, input=stdin, env=env,
            capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None
    folder = str(program.parent)
    err = proc.stderr.decode("utf-8").replace(folder + os.sep, "<dir>/").replace(folder, "<dir>")
    err = err.replace(stdlib_dir(python) + os.sep, "<stdlib>/")
    return {
        ".out": proc.stdout,
        ".exit": f"{proc.returncode}\n".encode() if proc.returncode != 0 else None,
        ".err": err.encode("utf-8") if err else None,
    }


def compare(program, result):
    """Differences between committed goldens and a fresh result, as messages."""
    problems = []
    for suffix in GOLDEN_SUFFIXES:
        path = golden(program, suffix)
        want = path.read_bytes() if path.exists() else None
        if want != result[suffix]:
            problems.append(f"{rel(path)}: differs" if want is not None and result[suffix] is not None
                            else f"{rel(path)}: {'missing' if want is None else 'stale'}")
    return problems


def write(program, result):
    changed = []
    for suffix in GOLDEN_SUFFIXES:
        path = golden(program, suffix)
        content = result[suffix]
        if content is None:
            if path.exists():
                path.unlink()
                changed.append(rel(path) + " (removed)")
        elif not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
            changed.append(rel(path))
    return changed


def orphans(root, programs):
    """Goldens and inputs whose program no longer exists."""
    names = {str(p) for p in programs}
    stale = []
    for path in root.rglob("*.py.*"):
        if (path.parent / "USER_GOLDENS").exists():
            continue
        base = str(path)[: str(path).rindex(".py.") + 3]
        if base not in names:
            stale.append(path)
    return stale


def rel(path):
    return str(path.relative_to(PROGRAMS))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--verify-determinism", action="store_true")
    parser.add_argument("--python", default="python3", help="interpreter command (PYENV_VERSION=3.13.0 is set)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("programs", nargs="*", type=Path)
    options = parser.parse_args()
    python = options.python.split()

    version = subprocess.run(python + ["-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
                             capture_output=True, text=True,
                             env={**os.environ, "PYENV_VERSION": "3.13.0"})
    if version.stdout.strip() != "True":
        print("gen_expected: the interpreter is not CPython 3.13", file=sys.stderr)
        return 2

    programs = [p.resolve() for p in options.programs] or find_programs(PROGRAMS)
    stdlib_dir(python)  # resolve once, before the worker threads start
    failures = []

    def one(program):
        messages = []
        result = run(program, python, HASH_SEED)
        if result is None:
            return [f"{rel(program)}: timed out after {TIMEOUT_SECONDS}s"], []
        for suffix in (".out", ".err"):
            text = result[suffix].decode("utf-8") if result[suffix] else ""
            if ADDRESS.search(text):
                messages.append(f"{rel(program)}{suffix}: prints a memory address")
            if re.search(r"\b\w*Warning: ", text) and suffix == ".err":
                messages.append(f"{rel(program)}{suffix}: the interpreter printed a warning")
            if str(PROGRAMS) in text:
                messages.append(f"{rel(program)}{suffix}: prints an absolute path of the checkout")
        if options.verify_determinism:
            again = run(program, python, OTHER_HASH_SEED)
            if again != result:
                messages.append(f"{rel(program)}: output differs between two runs "
                                f"(PYTHONHASHSEED {HASH_SEED} vs {OTHER_HASH_SEED})")
        if options.check:
            return messages + compare(program, result), []
        return messages, write(program, result)

    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        outcomes = list(pool.map(one, programs))
    changed = []
    for messages, written in outcomes:
        failures += messages
        changed += written
    if not options.programs:
        for path in orphans(PROGRAMS, programs):
            if options.check:
                failures.append(f"{rel(path)}: belongs to no program")
            else:
                path.unlink()
                changed.append(rel(path) + " (removed)")

    for line in changed:
        print("wrote", line)
    for line in failures:
        print("FAIL", line)
    verb = "checked" if options.check else "generated"
    print(f"gen_expected: {verb} {len(programs)} programs, {len(changed)} files changed, "
          f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
