# contextlib and io: redirect_stdout into StringIO, ExitStack with callbacks, closing, suppress,
# contextmanager-based timers that do not print times; StringIO/BytesIO/TextIOWrapper behaviour.
import contextlib
import io

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured line 1")
    print("captured", "line", 2, sep="-")
print("captured text:", repr(buffer.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print("stderr capture:", repr(err.getvalue()))


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def close(self):
        self.log.append(f"closed {self.name}")


log = []
with contextlib.closing(Resource("socket", log)) as r:
    log.append(f"using {r.name}")
print(log)

log.clear()
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, f"cleanup {i}")
    res = stack.enter_context(contextlib.closing(Resource("file", log)))
    saved = stack.pop_all()
    log.append("body done, ownership transferred")
print(log)
saved.close()
print(log)


@contextlib.contextmanager
def section(title, out):
    out.append(f"<{title}>")
    try:
        yield len(out)
    finally:
        out.append(f"</{title}>")


lines = []
with section("a", lines) as depth, section("b", lines):
    lines.append(f"inside at {depth}")
print(lines)
with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
print("suppress ok")


class Tracked(contextlib.ContextDecorator):
    calls = []

    def __enter__(self):
        self.calls.append("enter")
        return self

    def __exit__(self, *exc):
        self.calls.append("exit")
        return False


@Tracked()
def decorated(x):
    Tracked.calls.append(f"body {x}")
    return x * 2


print(decorated(4), Tracked.calls)

s = io.StringIO("first\nsecond\nthird\n")
print(s.readline(), end="")
print(s.read(3), s.tell(), list(s), s.read() == "")
s.seek(0)
print([line.rstrip() for line in s])
w = io.StringIO()
w.write("héllo")
w.write(" wörld")
print(w.getvalue(), w.tell(), len(w.getvalue()))
b = io.BytesIO()
b.write("héllo".encode())
b.write(b"\x00\xff")
print(b.getvalue(), b.tell(), b.seek(1), b.read(2), b.getbuffer().nbytes)
raw = io.BytesIO("line α\nline β\n".encode("utf-8"))
wrapper = io.TextIOWrapper(raw, encoding="utf-8")
print(wrapper.readlines(), wrapper.encoding)
latin = io.BytesIO("café".encode("latin-1"))
print(io.TextIOWrapper(latin, encoding="latin-1").read())
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
closed = io.StringIO("x")
closed.close()
try:
    closed.read()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
