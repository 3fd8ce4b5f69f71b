# Errors raised inside except/finally blocks, exceptions in __exit__, and cleanup ordering.

events = []


def step(name, fail=False):
    events.append(name)
    if fail:
        raise RuntimeError(f"{name} failed")


def pipeline(fail_at):
    try:
        step("open", fail_at == "open")
        try:
            step("work", fail_at == "work")
        except RuntimeError as e:
            step(f"recover({e})", fail_at == "recover")
        finally:
            step("release", fail_at == "release")
    except RuntimeError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(str(cur))
            cur = cur.__context__
        return " <- ".join(chain)
    return "ok"


for fail_at in [None, "open", "work", "recover", "release"]:
    events.clear()
    print(f"{fail_at!s:<8} {pipeline(fail_at):<60} {events}")


class Guard:
    def __init__(self, name, raise_in_exit=None, swallow=False):
        self.name, self.raise_in_exit, self.swallow = name, raise_in_exit, swallow

    def __enter__(self):
        events.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} saw {et.__name__ if et else None}")
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.swallow


events.clear()
try:
    with Guard("outer", swallow=True), Guard("inner", raise_in_exit=KeyError("from exit")):
        raise ValueError("body")
except Exception as e:
    events.append(f"escaped {e!r}")
print(events)
events.clear()
try:
    with Guard("a"), Guard("b", swallow=True), Guard("c"):
        raise IndexError("deep")
    events.append("after with: b swallowed it")
except IndexError:
    events.append("not expected")
print(events)


def generator_cleanup():
    try:
        yield 1
        yield 2
    finally:
        events.append("generator finally")


events.clear()
g = generator_cleanup()
next(g)
g.close()
for v in generator_cleanup():
    if v == 1:
        break
print(events)


def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


try:
    raise_in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))


def swallow_in_finally():
    for _ in range(1):
        try:
            raise ValueError("dropped by break")
        finally:
            break  # noqa: B012
    return "break in finally discards the exception"


print(swallow_in_finally())
try:
    try:
        {}["a"]
    except KeyError:
        [][1]
except IndexError as e:
    print("IndexError with context", type(e.__context__).__name__, e.__suppress_context__)
import sys
try:
    raise ValueError("inspect")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, sys.exception() is ev)
print(sys.exc_info(), sys.exception())
