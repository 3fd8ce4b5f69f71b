#!/usr/bin/env python3
"""Start-up cost of importing common modules in programs compiled by Weft.

For each module M, the program is ``import M`` followed by ``print("hello, world")``; the
reference is the hello-world program alone. Each program runs as a jar (``weft jar``, then
``java -jar``) and through ``weft run`` (its compile cache filled by one untimed run first); mode ``jar-cds`` runs the jar
with an AppCDS archive made by one run of it (-XX:ArchiveClassesAtExit, then
-XX:SharedArchiveFile: the README's opt-in recipe).
With two builds (A and B), every run of A is followed by the same run of B, so both see the
same machine load. Prints, per build, a table: module -> added wall ms and added CPU ms
(user+sys of the process, all threads) over hello world, medians of RUNS runs.

    benchmarks/import_startup.py [--runs N] [--modes jar,run] [--java-opts "..."] WEFT_A [WEFT_B]
                                 [-m MODULE ...]
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

MODULES = ["re", "json", "argparse", "logging", "collections", "typing", "enum", "dataclasses",
           "datetime", "asyncio", "concurrent.futures", "threading"]


def timed(cmd, env):
    """Wall and CPU (user+sys of the child) seconds of one run; fails loudly on a bad exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0 or b"hello, world" not in p.stdout:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")[-2000:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="jar,run")
    ap.add_argument("--java", default=os.path.join(os.environ["JAVA_HOME"], "bin", "java")
                    if os.environ.get("JAVA_HOME") else "java")
    ap.add_argument("--java-opts", default="", help="extra JVM options for java -jar")
    ap.add_argument("-m", "--module", action="append", help="modules (default: a common dozen)")
    ap.add_argument("weft", nargs="+", help="bin/weft of each build (one or two)")
    args = ap.parse_args()
    modules = args.module or MODULES
    modes = args.modes.split(",")
    work = tempfile.mkdtemp(prefix="import-startup-")
    programs = {"(hello)": 'print("hello, world")\n'}
    for m in modules:
        programs[m] = "import %s\nprint(\"hello, world\")\n" % m
    env = dict(os.environ)
    files = {}
    for name, text in programs.items():
        path = os.path.join(work, "p_%s.py" % name.strip("()").replace(".", "_"))
        with open(path, "w") as f:
            f.write(text)
        files[name] = path
    builds = list(enumerate(args.weft))
    jars = {}
    for b, weft in builds:
        for name, path in files.items():
            if "jar" in modes or "jar-cds" in modes:
                jar = os.path.join(work, "b%d_%s.jar" % (b, os.path.basename(path)[:-3]))
                subprocess.run([weft, "jar", path, "-o", jar], check=True)
                jars[b, name] = jar
            if "jar-cds" in modes:
                subprocess.run([args.java, "-XX:ArchiveClassesAtExit=" + jars[b, name][:-4] + ".jsa", "-jar",
                                jars[b, name]], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if "run" in modes:
                timed([weft, "run", path], env)  # fills the compile cache (and any start-up archive)
    samples = {}  # (build, mode, program) -> [(wall, cpu)]
    for _ in range(args.runs):
        for name in files:
            for mode in modes:
                for b, weft in builds:
                    if mode == "jar":
                        cmd = [args.java] + args.java_opts.split() + ["-jar", jars[b, name]]
                    elif mode == "jar-cds":
                        cmd = [args.java] + args.java_opts.split() + [
                            "-XX:SharedArchiveFile=" + jars[b, name][:-4] + ".jsa", "-jar", jars[b, name]]
                    else:
                        cmd = [weft, "run", files[name]]
                    samples.setdefault((b, mode, name), []).append(timed(cmd, env))
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print("runs: %d per cell, alternating builds; load average at end: %s" % (args.runs, load))
    for b, weft in builds:
        print("\nbuild %s: %s" % ("AB"[b], weft))
        head = "| module |"
        rule = "|---|"
        for mode in modes:
            head += " %s wall ms | %s CPU ms |" % (mode, mode)
            rule += "---|---|"
        print(head)
        print(rule)
        for name in files:
            row = "| %s |" % name
            for mode in modes:
                wall = statistics.median(w for w, _ in samples[b, mode, name])
                cpu = statistics.median(c for _, c in samples[b, mode, name])
                if name == "(hello)":
                    row += " %.0f | %.0f |" % (wall * 1000, cpu * 1000)
                else:
                    base = samples[b, mode, "(hello)"]
                    row += " +%.0f | +%.0f |" % ((wall - statistics.median(w for w, _ in base)) * 1000,
                                                 (cpu - statistics.median(c for _, c in base)) * 1000)
            print(row)


if __name__ == "__main__":
    main()
