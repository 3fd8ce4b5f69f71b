"""Whole-program benchmarks: CPython 3.13 against Weft, side by side in one run.

For every program (the CPU-bound seed examples and benchmarks/programs/*.py) it runs, in each
repetition and interleaved, CPython with 1 thread, Weft with 1 thread and Weft with 2 threads,
and reports medians and ratios as a Markdown table: the compute phase (the time the program
prints on stderr), the wall time of the whole process (JVM start-up and loading the cached
compiled classes included), Weft's 2-thread speed-up, the processes' CPU time, and whether
stdout matched CPython's byte for byte. A start-up section times `hello world`.

Programs that take their thread count from argv get 1 or 2; seed examples with a fixed thread
count are pinned to 1 or 2 cores with taskset instead (marked "cores" in the table).

Run through benchmarks/compare.sh, which checks for CPython 3.13 and a Weft build first.
"""
import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Seed examples that are CPU-bound; True when the thread count is argv[1].
CPU_SEEDS = {
    "s000_count_up_threads": False,
    "s000_futures_chunks": False,
    "s001_primes_threads": True,
    "s002_sum_squares_threads": False,
    "s004_primes_bench": True,
    "s004_hybrid_pipeline": False,
}

# The compute-phase line each program prints on stderr (the seeds each have their own).
COMPUTE_PATTERNS = [
    re.compile(r"^compute-seconds: ([0-9.]+)$", re.M),
    re.compile(r"^Threads: \d+, ([0-9.]+)s$", re.M),
    re.compile(r"^Total Execution Time: ([0-9.]+) seconds$", re.M),
    re.compile(r"^elapsed: ([0-9.]+)s$", re.M),
]


class Program:
    def __init__(self, name, path, takes_threads):
        self.name = name
        self.path = path
        self.takes_threads = takes_threads


class Run:
    def __init__(self, rc, stdout, stderr, wall, cpu):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.cpu = cpu
        self.compute = None
        for pattern in COMPUTE_PATTERNS:
            m = pattern.search(stderr)
            if m:
                self.compute = float(m.group(1))
                break

    def error_line(self):
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        return lines[-1] if lines else "exit status %d" % self.rc


def run_process(argv, timeout, cores=None):
    if cores is not None:
        argv = ["taskset", "-c", ",".join(str(c) for c in range(cores))] + argv
    before = os.times()
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = -9, e.stdout or b"", (e.stderr or b"") + b"\ntimeout after %ds" % timeout
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Run(rc, out, err.decode("utf-8", "replace"), wall, cpu)


class Engines:
    def __init__(self, python, weft, timeout):
        self.python = python
        self.weft = weft
        self.timeout = timeout

    def argv(self, engine, program, threads):
        base = [self.python] if engine == "cpython" else [self.weft, "run"]
        argv = base + [program.path]
        if program.takes_threads:
            argv.append(str(threads))
        return argv

    def run(self, engine, program, threads):
        cores = None if program.takes_threads else threads
        return run_process(self.argv(engine, program, threads), self.timeout, cores)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(x, digits=2):
    return "—" if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return a / b if a is not None and b else None


def mark(value, goal):
    if value is None:
        return fmt(value)
    return f"{value:.2f}" + (" ✓" if value >= goal else " ✗")


def collect_programs(args):
    programs = []
    if not args.no_seeds:
        if os.path.isdir(args.seeds):
            for name, takes in CPU_SEEDS.items():
                path = os.path.join(args.seeds, name + ".py")
                if os.path.isfile(path):
                    programs.append(Program(name, path, takes))
        else:
            print(f"compare: seed examples not found at {args.seeds}; skipping them", file=sys.stderr)
    pdir = os.path.join(HERE, "programs")
    for f in sorted(os.listdir(pdir)):
        if f.endswith(".py"):
            programs.append(Program(f[:-3], os.path.join(pdir, f), True))
    if args.only:
        wanted = set(args.only.split(","))
        programs = [p for p in programs if p.name in wanted]
    return programs


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def measure(engines, programs, reps):
    """results[name][config] = list of Run; configs: cpython1, weft1, weft2 (+ checks)."""
    results = {p.name: {"cpython1": [], "weft1": [], "weft2": []} for p in programs}
    reference = {}
    for p in programs:
        # Untimed: CPython's reference output, the same program with 2 threads under CPython
        # (the checksum must not depend on the thread count) and a Weft run that fills the
        # compile cache, so the timed runs are "second runs".
        ref = engines.run("cpython", p, 1)
        reference[p.name] = ref
        results[p.name]["cpython2_check"] = [engines.run("cpython", p, 2)]
        results[p.name]["weft_warmup"] = [engines.run("weft", p, 1)]
        log(f"  {p.name}: reference done (CPython rc={ref.rc})")
    for rep in range(reps):
        for i, p in enumerate(programs):
            order = [("cpython", 1), ("weft", 1), ("weft", 2)]
            if (rep + i) % 2:
                order.reverse()
            for engine, threads in order:
                r = engines.run(engine, p, threads)
                results[p.name][f"{engine}{threads}"].append(r)
                log(f"  rep {rep + 1}/{reps} {p.name:26} {engine}{threads}: rc={r.rc} wall={r.wall:.2f}s"
                    f" compute={fmt(r.compute)} cpu={r.cpu:.2f}s")
    return results, reference


def outcome(runs, ref):
    """'ok', or what went wrong in the first failing run."""
    for r in runs:
        if r.rc != 0:
            return f"FAILED: {r.error_line()}"
        if r.stdout != ref.stdout:
            return "STDOUT DIFFERS"
    return "ok"


def table(programs, results, reference):
    lines = [
        "| program | threads via | CPython compute s | Weft compute s | compute ratio CPy/Weft (goal ≥3) "
        "| CPython wall s | Weft wall s | wall ratio (goal >1) | Weft 2-thr compute s | Weft 2-thr speed-up (goal ≥1.8) "
        "| CPU s CPy / Weft1 / Weft2 | CPU ratio CPy/Weft1 | stdout |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    failures = []
    for p in programs:
        res = results[p.name]
        ref = reference[p.name]
        c1, w1, w2 = res["cpython1"], res["weft1"], res["weft2"]
        ok_w = [r for r in w1 if r.rc == 0]
        ok_w2 = [r for r in w2 if r.rc == 0]
        cc = median(r.compute for r in c1)
        wc = median(r.compute for r in ok_w)
        cw = median(r.wall for r in c1)
        ww = median(r.wall for r in ok_w)
        wc2 = median(r.compute for r in ok_w2)
        # The 2-thread speed-up from compute times, or from wall times where none is printed.
        if wc is not None and wc2 is not None:
            speedup = ratio(wc, wc2)
        else:
            speedup = ratio(ww, median(r.wall for r in ok_w2))
        ccpu = median(r.cpu for r in c1)
        wcpu = median(r.cpu for r in ok_w)
        wcpu2 = median(r.cpu for r in ok_w2)
        checks = {
            "CPython 1": outcome([ref] + c1, ref),
            "CPython 2": outcome(res["cpython2_check"], ref),
            "Weft 1": outcome(res["weft_warmup"] + w1, ref),
            "Weft 2": outcome(w2, ref),
        }
        bad = {k: v for k, v in checks.items() if v != "ok"}
        if bad:
            failures.append((p.name, bad))
        status = "same" if not bad else "; ".join(f"{k}: {v.split(':')[0]}" for k, v in bad.items())
        lines.append(
            f"| {p.name} | {'argv' if p.takes_threads else 'cores'} | {fmt(cc)} | {fmt(wc)} | {mark(ratio(cc, wc), 3.0)} "
            f"| {fmt(cw)} | {fmt(ww)} | {mark(ratio(cw, ww), 1.0)} | {fmt(wc2)} | {mark(speedup, 1.8)} "
            f"| {fmt(ccpu)} / {fmt(wcpu)} / {fmt(wcpu2)} | {fmt(ratio(ccpu, wcpu))} | {status} |")
    return lines, failures


def startup(engines, reps, weft_jar_available):
    """Medians of wall time for hello world: CPython, `weft run` (cached), and java -jar."""
    lines = []
    tmp = tempfile.mkdtemp(prefix="weft-bench-")
    try:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write('print("hello world")\n')
        prog = Program("hello", hello, False)
        engines.run("weft", prog, 1)  # fills the compile cache
        rows = {"CPython 3.13": [], "weft run (cached)": []}
        jar = os.path.join(tmp, "hello.jar")
        if weft_jar_available:
            r = run_process([engines.weft, "jar", hello, "-o", jar], engines.timeout)
            if r.rc == 0 and os.path.isfile(jar):
                rows["java -jar (weft jar)"] = []
            else:
                lines.append(f"`weft jar` failed: {r.error_line()}")
        for _ in range(reps):
            rows["CPython 3.13"].append(run_process([engines.python, hello], 60))
            rows["weft run (cached)"].append(run_process([engines.weft, "run", hello], 60))
            if "java -jar (weft jar)" in rows:
                rows["java -jar (weft jar)"].append(run_process(["java", "-jar", jar], 60))
        lines.append("| hello world | median wall s | min wall s | stdout |")
        lines.append("|---|--:|--:|---|")
        for name, runs in rows.items():
            good = all(r.rc == 0 and r.stdout == b"hello world\n" for r in runs)
            lines.append(f"| {name} | {fmt(median(r.wall for r in runs), 3)} | "
                         f"{fmt(min(r.wall for r in runs), 3)} | {'ok' if good else 'WRONG'} |")
        if not weft_jar_available:
            lines.append("")
            lines.append("`weft jar` is not available in this build: no `java -jar` start-up figure.")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return lines


PARALLEL_JAVA = """
public class Par {
    static volatile long sink;
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        long t0 = System.nanoTime();
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            ts[i] = new Thread(() -> {
                long s = 0;
                for (long k = 0; k < 1_000_000_000L / n; k++) { s += k * k ^ (k >>> 3); }
                sink = s;
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.err.println("compute-seconds: " + (System.nanoTime() - t0) / 1e9);
    }
}
"""


def machine_parallelism(reps):
    """Speed-up of a perfectly parallel plain-Java loop from 1 to 2 threads, right now: the
    ceiling any 2-thread figure can reach on this (shared) machine."""
    tmp = tempfile.mkdtemp(prefix="weft-par-")
    try:
        src = os.path.join(tmp, "Par.java")
        with open(src, "w") as f:
            f.write(PARALLEL_JAVA)
        one, two = [], []
        for _ in range(reps):
            one.append(run_process(["java", src, "1"], 120).compute)
            two.append(run_process(["java", src, "2"], 120).compute)
        return ratio(median(one), median(two))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def uptime():
    try:
        return subprocess.run(["uptime"], stdout=subprocess.PIPE, text=True).stdout.strip()
    except OSError:
        return "(uptime unavailable)"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", required=True, help="the CPython 3.13 executable")
    ap.add_argument("--weft", required=True, help="the weft launcher (bin/weft)")
    ap.add_argument("--seeds", default="/work/shared/seed-examples", help="directory of the seed examples")
    ap.add_argument("--no-seeds", action="store_true", help="only benchmarks/programs")
    ap.add_argument("--only", help="comma-separated program names")
    ap.add_argument("--reps", type=int, default=3, help="timed repetitions per configuration")
    ap.add_argument("--startup-reps", type=int, default=7)
    ap.add_argument("--timeout", type=int, default=600, help="seconds per process")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--raw", help="also write every run (times, exit status, stdout match) to this JSON file")
    args = ap.parse_args()

    engines = Engines(args.python, args.weft, args.timeout)
    programs = collect_programs(args)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load_before = uptime()
    log(f"compare: {len(programs)} programs, {args.reps} repetitions; {load_before}")
    par_before = machine_parallelism(3)
    results, reference = measure(engines, programs, args.reps)
    par_after = machine_parallelism(3)
    rows, failures = table(programs, results, reference)
    if args.raw:
        write_raw(args.raw, programs, results, reference)
    start_rows = []
    if not args.no_startup:
        help_text = run_process([args.weft, "--help"], 60)
        has_jar = re.search(r"^\s*jar\b", help_text.stdout.decode() + help_text.stderr, re.M) is not None
        start_rows = startup(engines, args.startup_reps, has_jar)
    load_after = uptime()

    out = [f"Run {started}; medians of {args.reps} interleaved repetitions.", "",
           f"- load before: `{load_before}`", f"- load after:  `{load_after}`",
           f"- CPython: `{subprocess.run([args.python, '-VV'], stdout=subprocess.PIPE, text=True).stdout.strip()}`",
           f"- Java: `{java_version()}`",
           f"- 2-thread ceiling now (plain Java, perfectly parallel loop, 1 → 2 threads): "
           f"{fmt(par_before)}x before, {fmt(par_after)}x after", ""]
    out += rows
    if failures:
        out += ["", "Failures:", ""]
        for name, bad in failures:
            for k, v in bad.items():
                out.append(f"- {name}, {k}: {v}")
    if start_rows:
        out += ["", "Start-up (`hello world`, whole process):", ""] + start_rows
    print("\n".join(out))


def write_raw(path, programs, results, reference):
    import json
    records = []
    for p in programs:
        ref = reference[p.name]
        for config, runs in results[p.name].items():
            for i, r in enumerate(runs):
                records.append({"program": p.name, "config": config, "run": i, "rc": r.rc, "wall": r.wall,
                                "cpu": r.cpu, "compute": r.compute, "stdout_same": r.stdout == ref.stdout,
                                "error": None if r.rc == 0 else r.error_line()})
    with open(path, "w") as f:
        json.dump(records, f, indent=1)


def java_version():
    try:
        p = subprocess.run(["java", "-version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return p.stdout.splitlines()[0].strip()
    except (OSError, IndexError):
        return "(java not found)"


if __name__ == "__main__":
    main()
