class pause:
    def __await__(self):
        yield "paused"

async def ticker(n):
    for i in range(n):
        await pause()
        got = yield i
        if got:
            print("got", got)
    print("ticker done")

async def squares(source):
    async for v in source:
        yield v * v

def run(coro):
    suspensions = 0
    while True:
        try:
            coro.send(None)
            suspensions += 1
        except StopIteration as e:
            print("suspensions", suspensions)
            return e.value

async def main():
    out = [v async for v in squares(ticker(4))]
    print(out)
    g = ticker(3)
    print(await g.__anext__(), await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
    print(type(g).__name__, g.__name__)
    async def boom():
        yield 1
        raise ValueError("boom")
    try:
        async for v in boom():
            print("v", v)
    except ValueError as e:
        print("ValueError", e)
    return "main done"

print(run(main()))
