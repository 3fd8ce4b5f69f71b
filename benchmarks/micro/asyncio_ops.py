"""Per-operation cost of asyncio's event loop, in microseconds of thread CPU: run_until_complete
of a trivial coroutine, create_task + one loop pass, and a bounded-queue ping-pong between two
tasks (per message), each after warm-up rounds. Run side by side with
benchmarks/per_op.sh benchmarks/micro/asyncio_ops.py."""
import asyncio
import time


async def nothing():
    pass


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total


def per_op(f, n, rounds=4):
    best = None
    for _ in range(rounds):
        t = time.thread_time()
        f(n)
        v = (time.thread_time() - t) / n * 1e6
        best = v if best is None else min(best, v)
    return best


loop = asyncio.new_event_loop()


def run_until_complete(n):
    for _ in range(n):
        loop.run_until_complete(nothing())


def create_task(n):
    for _ in range(n):
        loop.create_task(nothing())
    loop.run_until_complete(asyncio.sleep(0))


def ping_pong(n):
    async def main():
        q = asyncio.Queue(maxsize=10)
        await asyncio.gather(producer(q, n), consumer(q))
    loop.run_until_complete(main())


print(f"run_until_complete {per_op(run_until_complete, 2000):.3f}")
print(f"create_task {per_op(create_task, 3000):.3f}")
print(f"queue_message {per_op(ping_pong, 20000):.3f}")
loop.close()
