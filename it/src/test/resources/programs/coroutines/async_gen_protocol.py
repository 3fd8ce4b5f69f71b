# The async generator protocol driven by hand: asend/athrow/aclose, values sent in, exceptions
# thrown in and caught, cleanup in finally, StopAsyncIteration, and reuse errors.


def drive(aw):
    """Runs an awaitable to completion without an event loop; returns its result."""
    it = aw.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as stop:
        return stop.value


async def accumulator(log):
    total = 0
    try:
        while True:
            try:
                got = yield total
            except ValueError as e:
                log.append(f"reset by {e}")
                total = 0
                continue
            if got is not None:
                total += got
    finally:
        log.append(f"closed at {total}")


log = []
gen = accumulator(log)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(drive(gen.asend(None)))
print(drive(gen.asend(5)), drive(gen.asend(7)))
print(drive(gen.athrow(ValueError("oops"))))
print(drive(gen.asend(3)))
print(drive(gen.aclose()))
print(log)
try:
    drive(gen.asend(1))
except StopAsyncIteration:
    print("StopAsyncIteration after close")


async def pairs(items):
    for i, item in enumerate(items):
        yield i, item


async def collect():
    out = [pair async for pair in pairs("abc")]
    letters = {k: v async for k, v in pairs("xy")}
    evens = [i async for i, _ in pairs(range(10)) if i % 2 == 0]
    it = pairs("z")
    first = await anext(it)
    missing = await anext(it, "none left")
    return out, letters, evens, first, missing


print(drive(collect()))


async def failing():
    yield 1
    raise KeyError("inner")


async def consume():
    seen = []
    try:
        async for v in failing():
            seen.append(v)
    except KeyError as e:
        seen.append(f"KeyError {e}")
    return seen


print(drive(consume()))

step = pairs("q").__anext__()
print(type(step).__name__)
print(drive(step))
try:
    drive(step)
except RuntimeError as e:
    print("RuntimeError:", e)
