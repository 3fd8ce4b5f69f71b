# What a @contextmanager sees of an exception raised in its with-block: the traceback it catches
# holds its own frame first, then the frames the exception came through (as CPython's
# gen.throw keeps the exception's traceback). A transaction helper logs where failures happened.
import contextlib
import sys
import traceback


def frames(tb):
    """The traceback's entries in this file (the library's own frames differ between versions)."""
    out = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == __file__:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except KeyError as e:
        log.append(("rollback", repr(e), frames(sys.exc_info()[2])))
    else:
        log.append("commit")


def lookup(table, key):
    return table[key]


def transfer(log, table, key):
    with transaction(log):
        value = lookup(table, key)
        log.append(("read", value))


@contextlib.contextmanager
def reraising():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def fail_deep(n):
    if n == 0:
        raise ValueError("deep failure")
    fail_deep(n - 1)


def main():
    log = []
    transfer(log, {"a": 1}, "a")
    transfer(log, {"a": 1}, "b")
    for entry in log:
        print(entry)
    try:
        with reraising():
            fail_deep(2)
    except RuntimeError as e:
        print("outer:", frames(e.__traceback__))
        print("cause:", frames(e.__cause__.__traceback__))
        summary = traceback.extract_tb(e.__cause__.__traceback__)
        print("extract_tb:", [(f.name, f.lineno, f.line) for f in summary])

    def gen():
        try:
            yield 1
        except ZeroDivisionError:
            yield frames(sys.exc_info()[2])

    g = gen()
    next(g)
    try:
        1 / 0
    except ZeroDivisionError as exc:
        caught = exc
    print("throw:", g.throw(caught))


if __name__ == "__main__":
    main()
