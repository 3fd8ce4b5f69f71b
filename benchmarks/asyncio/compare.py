"""Side-by-side asyncio micro-benchmarks: µs per operation on Weft and CPython, and the ratio.

Usage: python3 benchmarks/asyncio/compare.py [WEFT_LAUNCHER] [PYTHON]
(defaults: bin/weft, and `python3` with PYENV_VERSION=3.13.0). Each script prints lines
"<name> <value> us"; the table lists every name with both values and Weft/CPython.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["loop_ops.py", "gen_ops.py", "run_ops.py", "run_once_parts.py", "queue_pingpong.py"]
LINE = re.compile(r"^(.*?)\s+([0-9.]+)\s*us\s*$")


def measure(cmd, script):
    out = subprocess.run(cmd + [os.path.join(HERE, script)], capture_output=True, text=True,
                         env=dict(os.environ, PYENV_VERSION="3.13.0"))
    if out.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)} {script} failed:\n{out.stderr[-2000:]}\n")
    result = {}
    for line in out.stdout.splitlines():
        m = LINE.match(line)
        if m:
            result[m.group(1).strip()] = float(m.group(2))
    return result


def main():
    weft = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "bin", "weft")
    python = sys.argv[2] if len(sys.argv) > 2 else "python3"
    print(f"{'operation':32s} {'Weft us':>10s} {'CPython us':>10s} {'ratio':>7s}")
    for script in SCRIPTS:
        w = measure([weft, "run"], script)
        c = measure([python], script)
        for name in list(dict.fromkeys([*c, *w])):
            wv, cv = w.get(name), c.get(name)
            ratio = f"{wv / cv:7.1f}" if wv and cv else "      -"
            print(f"{name:32s} {wv if wv is not None else float('nan'):10.2f} "
                  f"{cv if cv is not None else float('nan'):10.2f} {ratio}")


if __name__ == "__main__":
    main()
