#!/usr/bin/env python3
"""JVM flags A/B for `weft run`: runs each benchmark program under several WEFT_JAVA_OPTS sets,
alternating, and prints per set the medians of compute-seconds (the program's stderr line),
process user+sys CPU (JIT threads included) and wall time, for 1 and 2 threads (THREADS="1 2").
Each flag set gets its own start-up archive (trained in the foreground on its first run).

  THREADS=1 benchmarks/jit_flags.py bin/weft 3 benchmarks/programs/raytrace.py -- \
      base= inl="-XX:InlineSmallCode=1000 -XX:MaxInlineLevel=9"
"""
import os, re, statistics, subprocess, sys
THREADS = [int(x) for x in os.environ.get("THREADS", "1 2").split()]
weft, reps = sys.argv[1], int(sys.argv[2])
rest = sys.argv[3:]
k = rest.index("--")
progs, cfgs = rest[:k], [c.split("=", 1) for c in rest[k + 1:]]
def run(opts, prog, thr):
    env = dict(os.environ, WEFT_JAVA_OPTS=opts, WEFT_STARTUP_ARCHIVE="foreground")
    p = subprocess.run(["/usr/bin/time", "-f", "TIME %U %S %e", weft, "run", prog, str(thr)], env=env, capture_output=True, text=True)
    m = re.search(r"compute-seconds: ([\d.]+)", p.stderr); t = re.search(r"TIME ([\d.]+) ([\d.]+) ([\d.]+)", p.stderr)
    if not m or not t: print("FAIL", opts, prog, p.stderr[-500:]); return None
    return float(m.group(1)), float(t.group(1)) + float(t.group(2)), float(t.group(3))
for prog in progs:
    for name, opts in cfgs: run(opts, prog, 1)  # fills compile cache / archive
    res = {(n, th): [] for n, _ in cfgs for th in (1, 2)}
    for _ in range(reps):
        for th in THREADS:
            for name, opts in cfgs:
                r = run(opts, prog, th)
                if r: res[(name, th)].append(r)
    for name, _ in cfgs:
        line = f"{os.path.basename(prog):14s} {name:10s}"
        for th in THREADS:
            rs = res[(name, th)]
            if rs:
                line += f" | {th}thr compute {statistics.median(x[0] for x in rs):.3f} cpu {statistics.median(x[1] for x in rs):.2f} wall {statistics.median(x[2] for x in rs):.2f}"
        c1 = [x[0] for x in res[(name, 1)]]; c2 = [x[0] for x in res[(name, 2)]]
        if c1 and c2: line += f" | x2 {statistics.median(c1)/statistics.median(c2):.2f}"
        print(line, flush=True)
