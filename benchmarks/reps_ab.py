#!/usr/bin/env python3
"""Warm-up vs steady state, A/B: runs a benchmark's work REPS times in one process under two
Weft builds, alternating N runs of each, and prints per repetition the medians of wall time,
process CPU (JIT compiler threads included) and main-thread CPU; rep 1 is warm-up, later reps
approach steady state. The whole process's user+sys CPU is printed too.

  benchmarks/reps_ab.py BEFORE/bin/weft AFTER/bin/weft N REPS benchmarks/programs/raytrace.py 1
  benchmarks/reps_ab.py BEFORE/bin/weft AFTER/bin/weft N REPS benchmarks/micro/fib.py

A program with `if __name__ == "__main__":\\n    main()` gets main() repeated (its own
arguments stay argv[1:]); a micro-benchmark (module-level code ending in one print line) gets
that last line repeated. Set WEFT_JAVA_OPTS (e.g. -XX:TieredStopAtLevel=1) to vary the JIT.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile

MAIN_CALL = 'if __name__ == "__main__":\n    main()'
REP_LINE = re.compile(r"rep \d+: wall ([\d.]+) cpu ([\d.]+) thread ([\d.]+)")


def harness(source, reps):
    timing = ('_c0 = _t.process_time(); _w0 = _t.perf_counter(); _th0 = _t.thread_time()', 'print(f"rep {_r+1}: wall '
              '{_t.perf_counter()-_w0:.3f} cpu {_t.process_time()-_c0:.3f} thread {_t.thread_time()-_th0:.3f}", '
              'file=_sys.stderr)')
    if MAIN_CALL in source:
        body = "main()"
        head = source.replace(MAIN_CALL, 'if __name__ == "__main__":\n    pass')
    else:
        lines = source.rstrip().split("\n")
        head, body = "\n".join(lines[:-1]), lines[-1]
    return (head + f"\nimport sys as _sys, time as _t\nfor _r in range({reps}):\n    {timing[0]}\n    {body}\n"
            f"    {timing[1]}\n")


def run(weft, prog, args):
    p = subprocess.run(["/usr/bin/time", "-f", "TIME %U %S", weft, "run", prog, *args], capture_output=True, text=True)
    reps = [tuple(float(x) for x in m.groups()) for m in REP_LINE.finditer(p.stderr)]
    t = re.search(r"TIME ([\d.]+) ([\d.]+)", p.stderr)
    return reps, float(t.group(1)) + float(t.group(2)), p.returncode


def main():
    a, b, n, reps, prog, *args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as d:
        h = os.path.join(d, os.path.basename(prog))
        with open(prog) as f, open(h, "w") as out:
            out.write(harness(f.read(), int(reps)))
        for w in (a, b):  # fills each build's compile cache
            subprocess.run([w, "run", h, *args], capture_output=True)
        results = {a: [], b: []}
        for _ in range(int(n)):
            for w in (a, b):
                results[w].append(run(w, h, args))
    for label, w in (("A", a), ("B", b)):
        runs = results[w]
        k = min(len(r[0]) for r in runs)
        cols = [f"r{i + 1} wall {statistics.median(r[0][i][0] for r in runs):.2f} "
                f"cpu {statistics.median(r[0][i][1] for r in runs):.2f} "
                f"thread {statistics.median(r[0][i][2] for r in runs):.2f}" for i in range(k)]
        print(f"{os.path.basename(prog)} {label}: process CPU {statistics.median(r[1] for r in runs):.2f} | "
              + " | ".join(cols) + f" | exit {[r[2] for r in runs]}")


if __name__ == "__main__":
    main()
