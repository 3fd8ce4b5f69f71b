# async/await driven by a hand-written event loop (no asyncio): tasks, a sleep that counts virtual
# ticks, awaiting other tasks, and gathering results.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Task:
    _counter = 0

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
        Task._counter += 1
        self.seq = Task._counter

    def __await__(self):
        if not self.done:
            yield ("join", self)
        if self.error:
            raise self.error
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.trace = []

    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready.append((task, None))
        return task

    def run(self, main):
        root = self.spawn(main, "main")
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1].seq))
                wake, task = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((task, None))
                continue
            task, value = self.ready.pop(0)
            self.step(task, value)
        return root.result

    def step(self, task, value):
        try:
            request = task.coro.send(value)
        except StopIteration as stop:
            task.done, task.result = True, stop.value
            self.trace.append(f"t={self.now} {task.name} finished")
            self.ready.extend((w, None) for w in task.waiters)
            return
        except Exception as e:
            task.done, task.error = True, e
            self.trace.append(f"t={self.now} {task.name} failed: {e}")
            self.ready.extend((w, None) for w in task.waiters)
            return
        kind, arg = request
        if kind == "sleep":
            self.sleeping.append((self.now + arg, task))
        elif kind == "join":
            arg.waiters.append(task)


loop = Loop()


async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        loop.trace.append(f"t={loop.now} {name} woke after {d}")
    return f"{name}:{total}"


async def failing():
    await Sleep(2)
    raise ValueError("failing task gave up")


async def gather(*tasks):
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            results.append(f"error({e})")
    return results


async def main():
    a = loop.spawn(worker("a", [3, 1, 4]), "a")
    b = loop.spawn(worker("b", [2, 2]), "b")
    c = loop.spawn(failing(), "c")
    d = loop.spawn(worker("d", []), "d")
    results = await gather(a, b, c, d)
    await Sleep(1)
    return results, loop.now


result = loop.run(main())
print("\n".join(loop.trace))
print(result)


async def add(a, b):
    return a + b


coro = add(2, 3)
print(type(coro).__name__, coro.__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("completed synchronously with", e.value)
import inspect
print(inspect.iscoroutinefunction(add), inspect.iscoroutine(coro), inspect.isawaitable(Sleep(1)))
closed = add(1, 1)
closed.close()
try:
    closed.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
