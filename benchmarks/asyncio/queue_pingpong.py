# Queue ping-pong between two tasks and a gather of many sleep(0) tasks; prints µs per message/task.
import asyncio, time

N_MESSAGES = 100000
N_SLEEPS = 20000


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total


async def pingpong():
    q = asyncio.Queue(maxsize=10)
    t = time.perf_counter()
    _, total = await asyncio.gather(producer(q, N_MESSAGES), consumer(q))
    assert total == N_MESSAGES * (N_MESSAGES - 1) // 2
    print(f"{'queue ping-pong per message':30s} {(time.perf_counter() - t) / N_MESSAGES * 1e6:8.2f} us")


async def sleeps():
    t = time.perf_counter()
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(N_SLEEPS)))
    print(f"{'gather sleep(0) per task':30s} {(time.perf_counter() - t) / N_SLEEPS * 1e6:8.2f} us")


asyncio.run(pingpong())
asyncio.run(sleeps())
