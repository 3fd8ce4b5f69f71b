# sys.exception() and exception context inside generators: a generator has its own handled
# exception while suspended in one of its except blocks, and otherwise sees its caller's
# (CPython keeps a stack of exception states; the topmost one set is the handled exception).
import sys


def describe():
    exc = sys.exception()
    return "none" if exc is None else f"{type(exc).__name__}({exc})"


def watcher():
    yield "start: " + describe()
    try:
        raise KeyError("own")
    except KeyError:
        yield "in own handler: " + describe()
        yield "still in own handler: " + describe()
    yield "after own handler: " + describe()


def context_of_raise():
    yield "ready"
    raise LookupError("raised in generator")


def delegating():
    result = yield from watcher()
    yield f"delegate returned {result}"


def run_steps(gen, outer_for_step):
    out = []
    for outer in outer_for_step:
        if outer is None:
            out.append(next(gen))
            continue
        try:
            raise outer
        except Exception:
            out.append(next(gen))
    return out


steps = [ValueError("outer 1"), None, RuntimeError("outer 2"), None]
for line in run_steps(watcher(), steps):
    print(line)

print("module after:", describe())

gen = context_of_raise()
print(next(gen))
try:
    try:
        raise TypeError("caller's")
    except TypeError:
        next(gen)
except LookupError as e:
    print("raised:", e, "| context:", repr(e.__context__))

for line in run_steps(delegating(), [None, ValueError("outer 3"), None, None, None]):
    print(line)


def nested_inner():
    yield describe()


def nested_outer():
    try:
        raise IndexError("outer generator's")
    except IndexError:
        yield from nested_inner()
    yield describe()


print(list(nested_outer()))
