"""Differential test of Weft's parser against CPython 3.13 over CPython's own standard library.

For every .py file under the 3.13 stdlib (site-packages excluded): where CPython parses the file,
Weft's `ast.dump` must equal CPython's, without and with attributes; where CPython rejects it,
Weft must reject it with the same exception type, message and line.

CPython dumps every file in a few worker processes and keeps only SHA-256 digests; Weft does the
same in ONE JVM (`weft ast --digests`), running at the same time. Only for the first failing
files are the full dumps produced again to show where they first differ.

Run with CPython 3.13 from the repository root, after `mvn package` (see scripts/ci/frontend-stdlib-diff.sh):
    PYENV_VERSION=3.13.0 python3 scripts/frontend/stdlib_diff.py [--min-pass N] [--show N] [--only SUBSTRING]
"""
import argparse
import ast
import hashlib
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WEFT = os.path.join(REPO, "bin", "weft")


def stdlib_files(only=None):
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        files += [os.path.join(directory, n) for n in sorted(names) if n.endswith(".py")]
    if only:
        files = [f for f in files if only in os.path.relpath(f, root)]
    return root, files


def cpython_parse(path):
    """('OK', dump, dump_with_attributes) or ('ERROR', type, lineno, offset, msg)."""
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SyntaxWarning/DeprecationWarning are not our business here
        try:
            tree = compile(source, path, "exec", ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            if e.msg.startswith(DECODING_ERRORS):
                return file_decoding_error(path)
            return ("ERROR", type(e).__name__, str(e.lineno or 0), str(e.offset or 0), str(e.msg))
        except (ValueError, UnicodeError) as e:
            return ("ERROR", type(e).__name__, "0", "0", str(e))
    return ("OK", ast.dump(tree), ast.dump(tree, include_attributes=True))


# compile(bytes) reports a source it cannot decode differently from CPython reading a file
# (`python3 file.py`): it decodes string literals one by one ("(unicode error) 'utf-8' codec
# can't decode ... in position 1" at the literal) and names codecs "unknown encoding". Weft
# compiles files, so for these the oracle is what `python3 file.py` prints.
DECODING_ERRORS = ("unknown encoding: ", "(unicode error) 'utf-8' codec can't decode")


def file_decoding_error(path):
    """('ERROR', 'SyntaxError', lineno, '0', msg) as `python3 path` reports the decoding error."""
    run = subprocess.run([sys.executable, "-I", path], capture_output=True, text=True,
                         errors="replace", timeout=60, stdin=subprocess.DEVNULL)
    lines = run.stderr.splitlines()
    lineno = "0"
    for line in lines:
        if line.strip().startswith("File ") and ", line " in line:
            lineno = line.rsplit(", line ", 1)[1].split(",")[0]
    last = lines[-1] if lines else ""
    kind, _, msg = last.partition(": ")
    return ("ERROR", kind or "SyntaxError", lineno, "0", msg)


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cpython_digest(path):
    result = cpython_parse(path)
    if result[0] == "OK":
        return ("OK", sha(result[1]), sha(result[2]))
    return tuple(s.replace("\t", " ").replace("\n", " ").replace("\r", " ") for s in result)


CACHE = os.path.join(REPO, ".weft-cache", "stdlib-diff-cpython-v2.tsv")


def stat_key(path):
    st = os.stat(path)
    return "%d:%d" % (st.st_size, st.st_mtime_ns)


def cpython_digests(files, jobs):
    """CPython's digests of `files`, reusing those cached for unchanged files (CPython's own dumps
    of its own stdlib do not change between runs; computing them is the slow half of the test)."""
    cached = {}
    version = sys.version.replace("\t", " ")
    if os.path.exists(CACHE):
        with open(CACHE, encoding="utf-8") as f:
            if f.readline().rstrip("\n") == version:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    cached[(cols[0], cols[1])] = tuple(cols[2:])
    keys = {f: stat_key(f) for f in files}
    missing = [f for f in files if (f, keys[f]) not in cached]
    if missing:
        with multiprocessing.Pool(jobs) as pool:
            for f, digest in zip(missing, pool.map(cpython_digest, missing, chunksize=8)):
                cached[(f, keys[f])] = digest
        os.makedirs(os.path.dirname(CACHE), exist_ok=True)
        with open(CACHE + ".tmp", "w", encoding="utf-8") as out:
            out.write(version + "\n")
            for (f, key), digest in sorted(cached.items()):
                out.write("\t".join((f, key) + tuple(digest)) + "\n")
        os.replace(CACHE + ".tmp", CACHE)
    return {f: cached[(f, keys[f])] for f in files}


def run_weft(args, stdout):
    return subprocess.Popen([WEFT, "ast"] + args, stdout=stdout, stderr=subprocess.PIPE,
                            env=dict(os.environ, WEFT_JAVA_OPTS=os.environ.get("WEFT_JAVA_OPTS", "-XX:+UseParallelGC")))


def read_weft_outcomes(path):
    outcomes = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            outcomes[cols[0]] = tuple(cols[1:])
    return outcomes


def first_difference(expected, actual, context=70):
    i = 0
    n = min(len(expected), len(actual))
    while i < n and expected[i] == actual[i]:
        i += 1
    start = max(0, i - context)
    return ("at char %d:\n      cpython: ...%s\n      weft:    ...%s"
            % (i, expected[start:i + context], actual[start:i + context]))


def classify(expected, actual):
    """The verdict for one file: 'pass', or the name of a kind of failure."""
    if actual is None:
        return "missing from weft output"
    if expected[0] == "OK":
        if actual[0] == "OK":
            if actual[1] != expected[1]:
                return "dump differs"
            return "pass" if actual[2] == expected[2] else "positions differ"
        return {"ERROR": "weft rejects a valid file", "CRASH": "weft crashes",
                "TIMEOUT": "weft times out"}.get(actual[0], "weft: " + actual[0].lower())
    if actual[0] == "OK":
        return "weft accepts an invalid file"
    if actual[0] != "ERROR":
        return {"CRASH": "weft crashes", "TIMEOUT": "weft times out"}.get(actual[0], "weft: " + actual[0].lower())
    same = actual[1] == expected[1] and actual[2] == expected[2] and actual[4] == expected[4]
    return "pass" if same else "wrong error"


def show_failures(root, failing, expected, actual, limit, jobs):
    """Prints the first difference of the first `limit` failing files."""
    shown = failing[:limit]
    dumped = [f for f, verdict in shown if verdict in ("dump differs", "positions differ")]
    dumps_dir = tempfile.mkdtemp(prefix="weft-dumps-")
    if dumped:
        with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
            lst.write("\n".join(dumped) + "\n")
        proc = run_weft(["--digests", "--jobs", str(jobs), "--dump-dir", dumps_dir, "--files-from", lst.name],
                        subprocess.DEVNULL)
        proc.communicate()
        os.unlink(lst.name)
    for path, verdict in shown:
        rel = os.path.relpath(path, root)
        print("--- %s: %s" % (rel, verdict))
        if path in dumped:
            i = dumped.index(path)
            with_attrs = verdict == "positions differ"
            ours_file = os.path.join(dumps_dir, "%d%s.dump" % (i, ".attrs" if with_attrs else ""))
            if not os.path.exists(ours_file):
                print("    (weft wrote no dump)")
                continue
            with open(ours_file, encoding="utf-8") as f:
                ours = f.read()
            theirs = cpython_parse(path)[2 if with_attrs else 1]
            print("    " + first_difference(theirs, ours))
        else:
            e, a = expected[path], actual.get(path)
            print("    cpython: %s" % (" | ".join(e) if e[0] != "OK" else "parses"))
            print("    weft:    %s" % (" | ".join(a) if a and a[0] != "OK" else "parses" if a else "-"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-pass", type=int, default=0, help="fail when fewer files pass")
    parser.add_argument("--show", type=int, default=25, help="how many failing files to detail")
    parser.add_argument("--only", help="only files whose path (relative to the stdlib) contains this")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--report", help="write every file's verdict to this file")
    options = parser.parse_args()
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

    started = time.monotonic()
    root, files = stdlib_files(options.only)
    work = tempfile.mkdtemp(prefix="weft-stdlib-diff-")
    list_file = os.path.join(work, "files.lst")
    weft_out = os.path.join(work, "weft.tsv")
    with open(list_file, "w", encoding="utf-8") as f:
        f.write("\n".join(files) + "\n")
    with open(weft_out, "w", encoding="utf-8") as out:
        weft = run_weft(["--digests", "--jobs", str(options.jobs), "--files-from", list_file], out)
        expected = cpython_digests(files, options.jobs)
        _, weft_err = weft.communicate()
    if weft.returncode != 0:
        print("weft ast --digests failed (exit %d):\n%s" % (weft.returncode, weft_err.decode(errors="replace")))
        return 1
    actual = read_weft_outcomes(weft_out)

    verdicts = {f: classify(expected[f], actual.get(f)) for f in files}
    accepted = [f for f in files if expected[f][0] == "OK"]
    rejected = [f for f in files if expected[f][0] != "OK"]
    plain = sum(1 for f in accepted if actual.get(f, ("",))[0] == "OK" and actual[f][1] == expected[f][1])
    with_attrs = sum(1 for f in accepted if verdicts[f] == "pass")
    rejections = sum(1 for f in rejected if verdicts[f] == "pass")
    passed = with_attrs + rejections
    kinds = {}
    for f in files:
        if verdicts[f] != "pass":
            kinds[verdicts[f]] = kinds.get(verdicts[f], 0) + 1

    failing = [(f, verdicts[f]) for f in files if verdicts[f] != "pass"]
    if failing and options.show:
        print("First %d of %d failing files:" % (min(options.show, len(failing)), len(failing)))
        show_failures(root, failing, expected, actual, options.show, options.jobs)
    if options.report:
        with open(options.report, "w", encoding="utf-8") as f:
            for path in files:
                f.write("%s\t%s\n" % (os.path.relpath(path, root), verdicts[path]))
    print()
    print("stdlib: %s (%d files)" % (root, len(files)))
    print("CPython parses %d files: same ast.dump %d, same ast.dump(include_attributes=True) %d"
          % (len(accepted), plain, with_attrs))
    print("CPython rejects %d files: Weft rejects with the same error %d" % (len(rejected), rejections))
    for kind, count in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print("  %-28s %d" % (kind, count))
    print("PASS %d of %d files (threshold %d) in %.1f s" % (passed, len(files), options.min_pass,
                                                           time.monotonic() - started))
    if passed < options.min_pass:
        print("FAIL: fewer files pass than the recorded threshold %d" % options.min_pass)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
