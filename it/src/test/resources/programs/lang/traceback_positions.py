# Source positions of traceback entries: tb_lasti indexes code.co_positions(), as traceback.py reads them.
import itertools
import traceback


def position(tb):
    return next(itertools.islice(tb.tb_frame.f_code.co_positions(), tb.tb_lasti // 2, None))


def divide(a, b):
    return a + a / b


def lookup(table, key):
    value = table[key]
    return value


def call_twice(f):
    return [f(1), f("x")]


cases = [
    lambda: divide(1, 0),
    lambda: lookup({}, "k"),
    lambda: call_twice(lambda v: v + 1),
    lambda: int("seven"),
]
for case in cases:
    try:
        case()
    except Exception as exc:
        tb = exc.__traceback__
        entries = []
        while tb is not None:
            entries.append((tb.tb_lineno, position(tb)))
            tb = tb.tb_next
        print(type(exc).__name__, entries)
        summary = traceback.extract_tb(exc.__traceback__)[-1]
        print("  last frame:", summary.lineno, summary.end_lineno, summary.colno, summary.end_colno)
