#!/usr/bin/env python3
"""Regenerates the expected outputs of backend-asm's test programs with CPython 3.13.

For each program NAME.py in src/test/resources/programs (except the mod_*.py modules they
import), runs `python3 NAME.py` in that directory and writes NAME.out (stdout) and, when the
program writes to stderr or exits non-zero, NAME.err: "exit N" then stderr with the
directory's absolute path replaced by <dir>.

Run with: PYENV_VERSION=3.13.0 python3 backend-asm/tools/gen_expected.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "..", "src", "test", "resources", "programs")


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run with CPython 3.13 (PYENV_VERSION=3.13.0 python3)")
    d = os.path.realpath(PROGRAMS)
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py") or name.startswith("mod_"):
            continue
        base = name[:-3]
        p = subprocess.run([sys.executable, name], cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1"))
        with open(os.path.join(d, base + ".out"), "w") as f:
            f.write(p.stdout)
        err_path = os.path.join(d, base + ".err")
        if p.stderr or p.returncode:
            with open(err_path, "w") as f:
                f.write(f"exit {p.returncode}\n" + p.stderr.replace(d + os.sep, "<dir>/"))
        elif os.path.exists(err_path):
            os.remove(err_path)
        print(f"{base}: exit {p.returncode}")


if __name__ == "__main__":
    main()
