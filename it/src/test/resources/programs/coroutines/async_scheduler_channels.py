# A cooperative scheduler with channels (bounded queues) and producer/consumer coroutines;
# deterministic interleaving by FIFO run queue.
from collections import deque


class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.closed = False

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Yield()
        self.items.append(item)

    async def get(self):
        while not self.items:
            if self.closed:
                raise EOFError("channel closed")
            await Yield()
        return self.items.popleft()


class Yield:
    def __await__(self):
        yield


class Scheduler:
    def __init__(self):
        self.queue = deque()
        self.steps = 0
        self.results = {}

    def spawn(self, name, coro):
        self.queue.append((name, coro))

    def run(self):
        while self.queue:
            name, coro = self.queue.popleft()
            self.steps += 1
            try:
                coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                continue
            self.queue.append((name, coro))


log = []


async def producer(name, chan, items):
    for item in items:
        await chan.put(item)
        log.append(f"{name} put {item}")
    return len(items)


async def consumer(name, chan):
    got = []
    while True:
        try:
            item = await chan.get()
        except EOFError:
            return got
        log.append(f"{name} got {item}")
        got.append(item)


async def closer(chan, producers_done):
    while not all(producers_done()):
        await Yield()
    chan.closed = True
    return "closed"


sched = Scheduler()
chan = Channel(2)
sched.spawn("p1", producer("p1", chan, ["a", "b", "c", "d"]))
sched.spawn("p2", producer("p2", chan, [1, 2, 3]))
sched.spawn("c1", consumer("c1", chan))
sched.spawn("c2", consumer("c2", chan))
sched.spawn("closer", closer(chan, lambda: ["p1" in sched.results, "p2" in sched.results]))
sched.run()
print("\n".join(log))
print(sorted(sched.results.items(), key=lambda kv: kv[0]))
print("steps:", sched.steps)


async def fib_pipeline(n):
    a, b = 0, 1
    for _ in range(n):
        await Yield()
        a, b = b, a + b
    return a


s2 = Scheduler()
for k in (10, 50, 90):
    s2.spawn(f"fib{k}", fib_pipeline(k))
s2.run()
print(s2.results, s2.steps)
