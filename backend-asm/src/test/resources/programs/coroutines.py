class Sleep:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return f"{self.label}->{reply}"


async def step(label):
    return await Sleep(label)


async def main():
    a = await step("a")
    b = await step("b")
    return [a, b]


def run(coro):
    value = None
    n = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        n += 1
        value = f"r{n}:{request}"


print(run(main()))
c = main()
print(type(c).__name__)
c.close()


class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def use():
    out = []
    async with AsyncCM() as cm:
        async for t in Ticker(3):
            out.append(t)
    return out


print(run(use()))
