# Async jobs over a virtual clock with an async semaphore written by hand; results come back in
# submission order like gather(), with exceptions optionally returned.
from collections import deque


class Suspend:
    def __init__(self, reason, arg=None):
        self.reason, self.arg = reason, arg

    def __await__(self):
        return (yield self)


class Runtime:
    def __init__(self):
        self.clock = 0
        self.ready = deque()
        self.timers = []
        self.parked = []
        self.progress = False
        self.log = []

    def spawn(self, coro):
        holder = {"done": False}
        self.ready.append((coro, holder, None))
        return holder

    def run(self):
        while self.ready or self.timers or self.parked:
            if not self.ready and self.parked and self.progress:
                # parked coroutines re-check their condition only after something changed
                self.ready.extend(self.parked)
                self.parked.clear()
                self.progress = False
                continue
            if not self.ready:
                if not self.timers:
                    raise RuntimeError("deadlock: every coroutine is parked")
                self.progress = True
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, coro, holder = self.timers.pop(0)
                self.clock = when
                self.ready.append((coro, holder, None))
                continue
            coro, holder, value = self.ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration as stop:
                holder.update(done=True, value=stop.value)
                self.progress = True
                continue
            except Exception as e:
                holder.update(done=True, error=e)
                self.progress = True
                continue
            if req.reason == "sleep":
                self.timers.append((self.clock + req.arg, len(self.timers) + self.clock * 1000, coro, holder))
            elif req.reason == "yield":
                self.parked.append((coro, holder, None))


rt = Runtime()


async def sleep(t):
    await Suspend("sleep", t)


class AsyncSemaphore:
    def __init__(self, n):
        self.n = n
        self.peak = 0
        self.inside = 0

    async def __aenter__(self):
        while self.n == 0:
            await Suspend("yield")
        self.n -= 1
        self.inside += 1
        self.peak = max(self.peak, self.inside)

    async def __aexit__(self, *exc):
        rt.progress = True
        self.n += 1
        self.inside -= 1


limit = AsyncSemaphore(2)


async def fetch(url, cost):
    async with limit:
        rt.log.append(f"t={rt.clock:>2} start {url}")
        await sleep(cost)
        if "bad" in url:
            raise ConnectionError(f"{url} refused")
        rt.log.append(f"t={rt.clock:>2} done  {url}")
        return len(url) * cost


async def gather(*coros, return_exceptions=False):
    holders = [rt.spawn(c) for c in coros]
    while not all(h["done"] for h in holders):
        await Suspend("yield")
    out = []
    for h in holders:
        if "error" in h:
            if not return_exceptions:
                raise h["error"]
            out.append(h["error"])
        else:
            out.append(h["value"])
    return out


async def main():
    urls = [("a.example", 3), ("b.example", 1), ("bad.example", 2), ("c.example", 2), ("d.example", 1)]
    results = await gather(*(fetch(u, c) for u, c in urls), return_exceptions=True)
    try:
        await gather(fetch("bad.again", 1), fetch("ok.again", 1))
    except ConnectionError as e:
        results.append(f"gather raised: {e}")
    return results


top = rt.spawn(main())
rt.run()
print("\n".join(rt.log))
for r in top["value"]:
    print(repr(r))
print("peak concurrency:", limit.peak, "finished at t =", rt.clock)
