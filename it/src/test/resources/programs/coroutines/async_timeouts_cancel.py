# A virtual-time event loop with timeouts and cancellation: CancelledError-like exceptions are
# thrown into coroutines, finally blocks run, and wait_for raises a timeout.
import heapq


class Cancelled(Exception):
    pass


class TimedOut(Exception):
    pass


class Sleep:
    def __init__(self, dt):
        self.dt = dt

    def __await__(self):
        return (yield self.dt)


class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done = False
        self.result = None
        self.exception = None
        self.cancel_requested = False

    def cancel(self):
        if not self.done:
            self.cancel_requested = True
            self.loop.schedule(self.loop.now, self)


class Loop:
    def __init__(self):
        self.now = 0.0
        self.heap = []
        self.seq = 0
        self.events = []

    def schedule(self, when, task):
        self.seq += 1
        heapq.heappush(self.heap, (when, self.seq, task))

    def create_task(self, coro, name):
        task = Task(self, coro, name)
        self.schedule(self.now, task)
        return task

    def run_until_idle(self):
        while self.heap:
            when, _, task = heapq.heappop(self.heap)
            if task.done:
                continue
            self.now = when
            try:
                if task.cancel_requested:
                    task.cancel_requested = False
                    dt = task.coro.throw(Cancelled(f"{task.name} cancelled"))
                else:
                    dt = task.coro.send(None)
            except StopIteration as stop:
                task.done, task.result = True, stop.value
                self.events.append(f"{self.now:5.1f} {task.name} -> {stop.value!r}")
                continue
            except Exception as e:
                task.done, task.exception = True, e
                self.events.append(f"{self.now:5.1f} {task.name} !! {type(e).__name__}: {e}")
                continue
            self.schedule(self.now + dt, task)


loop = Loop()


async def download(name, size, speed):
    received = 0
    try:
        while received < size:
            await Sleep(1.0)
            received += speed
        return f"{name} complete ({size} units)"
    finally:
        loop.events.append(f"{loop.now:5.1f} {name} cleanup at {min(received, size)}/{size}")


async def watchdog(task, limit):
    await Sleep(limit)
    if not task.done:
        task.cancel()
        return f"cancelled {task.name} at {limit}"
    return f"{task.name} finished in time"


async def stubborn():
    try:
        await Sleep(5)
    except Cancelled:
        loop.events.append(f"{loop.now:5.1f} stubborn ignores cancellation once")
        await Sleep(0.5)
        return "stubborn finished anyway"


fast = loop.create_task(download("fast", 4, 2), "fast")
slow = loop.create_task(download("slow", 10, 1), "slow")
loop.create_task(watchdog(fast, 3.5), "watch-fast")
loop.create_task(watchdog(slow, 3.5), "watch-slow")
st = loop.create_task(stubborn(), "stubborn")
loop.create_task(watchdog(st, 1.0), "watch-stubborn")
loop.run_until_idle()
print("\n".join(loop.events))
print("slow exception:", repr(slow.exception), "fast result:", fast.result, "clock:", loop.now)
