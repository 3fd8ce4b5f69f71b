"""Benchmark: parsing CPython 3.13's standard library with Weft (one JVM) and with CPython's ast.parse.

Run from the repository root through benchmarks/parse-stdlib.sh. For each side, LAUNCHES fresh
processes each parse every file PASSES times on one thread (files are read before timing):
  cold = from the process launch to the end of the first pass (start-up, reading, one full parse)
  warm = a pass after the first WARMUP passes (the JIT compiler has done its work)
each as wall time and as the process's CPU time (steadier than wall time on a busy machine).
The table shows medians: lines per second and the ratio of Weft to CPython.
"""
import argparse
import ast
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        files += [os.path.join(directory, n) for n in sorted(names) if n.endswith(".py")]
    return files


def cpython_worker(list_file, passes, launched_at):
    """Runs in a fresh interpreter; prints the same lines as Weft's `ast --benchmark`."""
    with open(list_file, encoding="utf-8") as f:
        files = [line.rstrip("\n") for line in f if line.strip()]
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append(f.read())
    print("files %d" % len(files))
    print("lines %d" % sum(s.count(b"\n") for s in sources))
    warnings.simplefilter("ignore")
    for p in range(1, passes + 1):
        start = time.perf_counter()
        cpu_start = time.process_time()
        rejected = 0
        for path, source in zip(files, sources):
            try:
                compile(source, path, "exec", ast.PyCF_ONLY_AST)
            except (SyntaxError, ValueError):
                rejected += 1
        seconds = time.perf_counter() - start
        cpu_end = time.process_time()
        if p == 1:
            print("rejected %d" % rejected)
            print("cold %.4f %.4f" % ((time.time_ns() - launched_at) / 1e9, cpu_end))
        print("pass %d %.4f %.4f" % (p, seconds, cpu_end - cpu_start), flush=True)


def launch(command):
    """Starts `command` (to which the launch time is appended) and parses its report."""
    launched_at = time.time_ns()
    out = subprocess.run(command + [str(launched_at)], check=True, stdout=subprocess.PIPE, text=True).stdout
    report = {"passes": [], "pass_cpu": []}
    for line in out.splitlines():
        words = line.split()
        if words[0] == "pass":
            report["passes"].append(float(words[2]))
            report["pass_cpu"].append(float(words[3]))
        elif words[0] in ("files", "lines", "rejected"):
            report[words[0]] = int(words[1])
        elif words[0] == "cold":
            report["cold"] = float(words[1])
            report["cold_cpu"] = float(words[2])
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--passes", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--cpython-worker", nargs=3, metavar=("LIST", "PASSES", "LAUNCHED_AT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.cpython_worker:
        list_file, passes, launched_at = options.cpython_worker
        cpython_worker(list_file, int(passes), int(launched_at))
        return 0
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

    files = stdlib_files()
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files) + "\n")
    sides = {
        "weft": [os.path.join(REPO, "bin", "weft"), "ast", "--benchmark", str(options.passes),
                 "--files-from", lst.name, "--launched-at"],
        "cpython": [sys.executable, os.path.abspath(__file__), "--cpython-worker", lst.name, str(options.passes)],
    }
    results = {name: [] for name in sides}
    for _ in range(options.launches):  # alternate the sides so that machine noise hits both alike
        for name, command in sides.items():
            results[name].append(launch(command))
    os.unlink(lst.name)

    lines = results["cpython"][0]["lines"]
    print("Parsing %d files, %d lines (CPython %s; %d launches x %d passes, warm = passes after %d)"
          % (len(files), lines, sys.version.split()[0], options.launches, options.passes, options.warmup))
    rows = {}
    for name, reports in results.items():
        rows[name] = [statistics.median(r["cold"] for r in reports),
                      statistics.median(s for r in reports for s in r["passes"][options.warmup:]),
                      statistics.median(r["cold_cpu"] for r in reports),
                      statistics.median(s for r in reports for s in r["pass_cpu"][options.warmup:])]
    print("| parser  | cold wall s (lines/s) | warm wall s (lines/s) | cold CPU s (lines/s) | warm CPU s (lines/s) |")
    print("|---------|-----------------------|-----------------------|----------------------|----------------------|")
    for name, row in rows.items():
        print("| %-7s |" % name + "|".join(" %7.2f (%10.0f) " % (s, lines / max(s, 1e-9)) for s in row) + "|")
    print()
    print("weft/cpython time ratio: " + ", ".join(
        "%s %.2f" % (label, rows["weft"][i] / max(rows["cpython"][i], 1e-9))
        for i, label in enumerate(["cold wall", "warm wall", "cold CPU", "warm CPU"])))
    print("rejected files: " + ", ".join("%s %d" % (n, r[0]["rejected"]) for n, r in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
