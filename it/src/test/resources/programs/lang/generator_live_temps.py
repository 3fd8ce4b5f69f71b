# Values held only by the compiler's temporaries while a generator is suspended: the left
# operand of an expression whose right operand is a yield, call arguments evaluated before a
# yield among them, a with-statement's exit across a yield, the iterator of a for loop, a dict
# display half built, an exception being handled, and delegation through yield from.
import contextlib


def accumulate_pairs():
    total = 0
    while True:
        total = total + (yield total) * 2 + (yield -total)
        if total > 100:
            return total


def call_with_yields(fn):
    return fn("a", (yield "first"), "c", (yield "second"), sep="-")


def joined(*parts, sep):
    return sep.join(str(p) for p in parts)


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name
    finally:
        log.append(f"</{name}>")


def with_across_yield(log):
    with tag("outer", log) as o, tag("inner", log) as i:
        got = yield f"{o}/{i}"
        log.append(f"got {got}")
        yield got * 2
    yield "after"


def nested_loops():
    for row in ["ab", "cd"]:
        for col, ch in enumerate(row):
            yield {"row": row, "col": col, "ch": (yield ch.upper())}


def handler_across_yield():
    try:
        raise KeyError("k")
    except KeyError as e:
        sent = yield f"handling {e!r}"
        yield f"still handling {e!r} with {sent}"
    yield "done"


def delegate():
    prefix = "sub:"
    result = yield from (prefix + c for c in "xy")
    yield [prefix, (yield "mid"), result]


def dict_display():
    return {"a": (yield 1), "b": (yield 2), **{"c": (yield 3)}}


def drive(gen, sends):
    out = []
    try:
        out.append(next(gen))
        for s in sends:
            out.append(gen.send(s))
    except StopIteration as stop:
        out.append(("return", stop.value))
    return out


print(drive(accumulate_pairs(), [5, 7, 11, 13, 17, 19, 23, 29]))
print(drive(call_with_yields(joined), ["B", "D"]))
log = []
print(drive(with_across_yield(log), [21, None, None]), log)
print(drive(nested_loops(), list(range(10))))
print(drive(handler_across_yield(), ["S", None, None]))
print(list(delegate()))
print(drive(dict_display(), ["x", "y", "z"]))
g = with_across_yield(log := [])
print(next(g))
g.close()
print(log)
