"""Where does Weft spend a benchmark's time? Runs one program under `weft run` with a Java
Flight Recorder recording and prints, from the execution samples: the hottest methods by self
time, the hottest Weft runtime methods by inclusive time (any frame on the stack), and the
lock and park events (contention) with their stacks' first Weft frame.

    python3 benchmarks/profile.py --weft bin/weft benchmarks/programs/nbody.py 1
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def frames_of(event):
    trace = event.get("values", {}).get("stackTrace") or {}
    out = []
    for f in trace.get("frames", []):
        m = f.get("method", {})
        cls = m.get("type", {}).get("name", "?").replace("/", ".")
        out.append(f"{cls}.{m.get('name', '?')}")
    return out


def load(jfr_file, events):
    p = subprocess.run(["jfr", "print", "--json", "--events", ",".join(events), jfr_file],
                       stdout=subprocess.PIPE, check=True)
    return json.loads(p.stdout)["recording"]["events"]


def top(counter, total, n, title):
    print(f"\n{title} ({total} samples)")
    for name, c in counter.most_common(n):
        print(f"  {100.0 * c / total:5.1f}%  {name}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weft", default="bin/weft")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--keep", help="keep the recording at this path")
    ap.add_argument("--from-recording", help="analyse this recording instead of running the program")
    ap.add_argument("program", nargs="?")
    ap.add_argument("args", nargs="*")
    args = ap.parse_args()

    if args.from_recording:
        jfr_file = args.from_recording
    else:
        tmp = tempfile.mkdtemp(prefix="weft-prof-")
        jfr_file = args.keep or os.path.join(tmp, "rec.jfr")
        env = dict(os.environ)
        # classes mapped from weft run's start-up archive make JFR recordings unreadable
        env.setdefault("WEFT_STARTUP_ARCHIVE", "off")
        env["WEFT_JAVA_OPTS"] = (env.get("WEFT_JAVA_OPTS", "") +
                                 f" -XX:StartFlightRecording=filename={jfr_file},settings=profile").strip()
        run = subprocess.run([args.weft, "run", args.program] + args.args, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        print(f"exit status {run.returncode}; program stderr tail: {run.stderr.strip().splitlines()[-1:]}")

    samples = load(jfr_file, ["jdk.ExecutionSample"])
    self_time = collections.Counter()
    weft_inclusive = collections.Counter()
    python_frames = collections.Counter()
    for e in samples:
        fr = frames_of(e)
        if not fr:
            continue
        self_time[fr[0]] += 1
        seen = set()
        for name in fr:
            if name.startswith("dev.weft.runtime") and name not in seen:
                seen.add(name)
                weft_inclusive[name] += 1
        # The innermost compiled-Python frame (classes outside dev.weft and java.*).
        for name in fr:
            if not name.startswith(("dev.weft.", "java.", "jdk.", "sun.")):
                python_frames[name] += 1
                break
    total = len(samples)
    top(self_time, total, args.top, "Hottest methods, self time")
    top(weft_inclusive, total, args.top, "Weft runtime methods, inclusive")
    top(python_frames, total, 10, "Innermost compiled Python function")

    blocking = load(jfr_file, ["jdk.JavaMonitorEnter", "jdk.ThreadPark", "jdk.JavaMonitorWait"])
    where = collections.Counter()
    for e in blocking:
        fr = frames_of(e)
        first = next((f for f in fr if f.startswith("dev.weft")), fr[0] if fr else "?")
        where[f"{e.get('type', '?')} at {first}"] += 1
    print(f"\nBlocking events over the recording's threshold: {len(blocking)}")
    for name, c in where.most_common(10):
        print(f"  {c:6d}  {name}")


if __name__ == "__main__":
    main()
