# Re-raising a caught exception object keeps the frames it already passed through: `raise err`
# after the handler, an exception stored and raised by a retry helper, and a with_traceback()
# exception; the last one is left uncaught so the full traceback is printed.


def tb_lines(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def parse(text):
    return int(text)


def parse_later(text):
    try:
        parse(text)
    except ValueError as e:
        saved = e
    raise saved


def retry(fn, attempts):
    last = None
    for _ in range(attempts):
        try:
            return fn()
        except LookupError as e:
            last = e
    raise last


def lookup(table, key):
    return table[key]


try:
    parse_later("x")
except ValueError as e:
    print("parse_later:", tb_lines(e), e)

try:
    retry(lambda: lookup({}, "k"), 3)
except KeyError as e:
    print("retry:", tb_lines(e), repr(e))

try:
    raise RuntimeError("fresh")
except RuntimeError as e:
    print("fresh:", tb_lines(e))


def stage_two(err):
    raise err


def pipeline():
    try:
        lookup({"a": 1}, "b")
    except KeyError as e:
        stage_two(e)


pipeline()
