# Async generators, async comprehensions, async iterators and async context managers, driven by a
# minimal runner.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def squares(source):
    async for v in source:
        yield v * v


class AsyncRange:
    def __init__(self, stop):
        self.i, self.stop = 0, stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1


class AsyncResource:
    log = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Tick()
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await Tick()
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError


async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    out.append([v async for v in squares(countdown(4))])
    out.append([v async for v in AsyncRange(6) if v % 2])
    out.append({v: str(v) async for v in AsyncRange(3)})
    async with AsyncResource("db") as db, AsyncResource("cache"):
        out.append(db.name)
    async with AsyncResource("suppressing"):
        raise KeyError("hidden")
    try:
        async with AsyncResource("failing"):
            raise ValueError("visible")
    except ValueError as e:
        out.append(f"caught {e}")
    gen = countdown(5)
    out.append(await gen.__anext__())
    out.append(await anext(gen))
    await gen.aclose()
    out.append(await anext(gen, "exhausted"))
    return out


result, ticks = run(main())
for item in result:
    print(item)
print(AsyncResource.log)
print("ticks:", ticks)


async def agen_with_return():
    yield 1
    try:
        yield 2
    finally:
        AsyncResource.log.append("agen finally")


async def partial_consume():
    g = agen_with_return()
    first = await anext(g)
    await g.aclose()
    return first


print(run(partial_consume()), AsyncResource.log[-1])
print(type(countdown(1)).__name__, hasattr(countdown(1), "__anext__"))
