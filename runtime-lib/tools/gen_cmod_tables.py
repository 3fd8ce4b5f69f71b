"""Generates the data tables and golden test tables of the interpreter-level C modules
(errno, _stat, _string, gc, _locale, _signal, _contextvars, _abc, _weakref, _csv) with CPython 3.13
on Linux x86-64.

Data (src/main/resources/dev/weft/runtime/modules/...):
  errno/errno.tsv   NAME<TAB>value, in the order CPython's errno module defines them
                    (errorcode is rebuilt from it in the same order, later names winning)
  stat/stat.tsv     NAME<TAB>value for the integer constants of _stat
  signal/signals.tsv NAME<TAB>value<TAB>strsignal text (or empty) for the signal numbers
  locale/langinfo.tsv NAME<TAB>value<TAB>nl_langinfo text in the C locale (CODESET: of C.UTF-8)

Golden snippet tables (src/test/resources/modules/cmod_<name>.tsv), run by CModTableTest
through MiniPy as ModuleTableTest does: each line of tools/cmod_cases/<name>.txt is a
snippet; the table holds ``snippet<TAB>expected`` (repr, or ``!Type: message``).

Run: PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_cmod_tables.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, "..", "src", "main", "resources", "dev", "weft", "runtime", "modules")
TEST = os.path.join(HERE, "..", "src", "test", "resources", "modules")
CASES = os.path.join(HERE, "cmod_cases")

PRELUDE = "import errno, _stat, _string, gc, _locale, _signal, _contextvars, _abc, _weakref, _csv, _io\n"


def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def data_tables():
    import errno
    import _stat
    import signal
    write(os.path.join(MAIN, "errno", "errno.tsv"),
          [f"{k}\t{v}" for k, v in errno.__dict__.items() if k.startswith("E") and isinstance(v, int)])
    write(os.path.join(MAIN, "stat", "stat.tsv"),
          [f"{k}\t{v}" for k, v in _stat.__dict__.items() if not k.startswith("_") and isinstance(v, int)])
    rows = []
    for k, v in signal.__dict__.items():
        if isinstance(v, signal.Signals):
            text = signal.strsignal(v) or ""
            rows.append(f"{k}\t{int(v)}\t{text}")
    write(os.path.join(MAIN, "signal", "signals.tsv"), rows)
    import _locale
    rows = []
    for k, v in _locale.__dict__.items():
        if not isinstance(v, int) or k.startswith("LC_") or k == "CHAR_MAX":
            continue
        _locale.setlocale(_locale.LC_ALL, "C")
        in_c = _locale.nl_langinfo(v)
        _locale.setlocale(_locale.LC_ALL, "C.UTF-8")
        in_utf8 = _locale.nl_langinfo(v)
        if k != "CODESET" and in_c != in_utf8:
            sys.exit(f"{k}: C and C.UTF-8 differ")
        rows.append(f"{k}\t{v}\t{in_utf8}")
    write(os.path.join(MAIN, "locale", "langinfo.tsv"), rows)


def run(code):
    ns = {"__name__": "__main__"}
    exec(PRELUDE, ns)
    stmts = [s.strip() for s in code.split(";")]
    try:
        for s in stmts[:-1]:
            exec(s, ns)
        return repr(eval(stmts[-1], ns))
    except BaseException as e:  # the golden value of a failing snippet
        return f"!{type(e).__name__}: {e}" if str(e) else f"!{type(e).__name__}"


def golden_tables():
    for fn in sorted(os.listdir(CASES)):
        if not fn.endswith(".txt"):
            continue
        rows = []
        with open(os.path.join(CASES, fn), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                out = run(line)
                if "\t" in out or "\n" in out or " at 0x" in out:
                    sys.exit(f"{fn}: unusable result for {line!r}: {out!r}")
                rows.append(f"{line}\t{out}")
        write(os.path.join(TEST, "cmod_" + fn[:-4] + ".tsv"), rows)


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 13):
        sys.exit("run with CPython 3.13 (PYENV_VERSION=3.13.0)")
    data_tables()
    golden_tables()
