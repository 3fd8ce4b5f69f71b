# Context managers: class-based, generator-based, suppression, nesting, ExitStack, re-entrancy.
import contextlib


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"  close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        if self.fail_on_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return False


with Resource("a") as a, Resource("b") as b:
    print("  using", a.name, b.name, Resource.opened)
print("after:", Resource.opened)

try:
    with Resource("c"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)

try:
    with Resource("d", fail_on_exit=True):
        raise ValueError("body error")
except RuntimeError as e:
    print("exit error replaces body error:", e, "| context:", repr(e.__context__))


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return None


with Suppress(KeyError, IndexError) as s:
    [][5]
print("suppressed:", repr(s.caught))
with contextlib.suppress(ZeroDivisionError):
    print("  before")
    1 / 0
    print("  never")
print("after suppress")


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  tag {name} handled {e!r}")
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as t:
        print("  content", t)
with tag("div"):
    raise KeyError("swallowed by generator")
print("continued")


@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        print("  rolled back")
        raise
    else:
        print("  committed")


db = {"x": 1}
with transaction(db) as tx:
    tx["y"] = 2
try:
    with transaction(db) as tx:
        tx["z"] = 3
        raise LookupError("abort")
except LookupError:
    pass
print(db)

with contextlib.ExitStack() as stack:
    resources = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "  callback registered last runs first")
    print("  stack holds", [r.name for r in resources])
print("all closed:", Resource.opened)


class Reentrant:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print(f"  enter depth {self.depth}")
        return self

    def __exit__(self, *exc):
        print(f"  exit depth {self.depth}")
        self.depth -= 1


r = Reentrant()
with r:
    with r:
        with r:
            pass


def early_return():
    with Resource("ret"):
        return "returned through with"


print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.opened)
with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
with open(__file__, encoding="utf-8") as fh:
    print("first line of this file:", fh.readline().rstrip())
print(fh.closed)
