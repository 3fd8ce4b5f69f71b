# asyncio together with threads: blocking work offloaded with to_thread and run_in_executor,
# threads reporting back with call_soon_threadsafe and run_coroutine_threadsafe, a second event
# loop running in its own thread, and concurrent.futures futures wrapped for awaiting.
import asyncio
import concurrent.futures
import threading
import time


def checksum(data, rounds):
    """CPU-bound work for a worker thread."""
    value = 0
    for _ in range(rounds):
        for b in data:
            value = (value * 31 + b) % 1_000_003
    return value


def blocking_io(name, delay, started):
    started.append(name)
    time.sleep(delay)
    return f"{name} done on a worker thread: {threading.current_thread() is not threading.main_thread()}"


async def offload_demo():
    started = []
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "read-config", 0.02, started),
        asyncio.to_thread(blocking_io, "query-db", 0.01, started),
        asyncio.to_thread(checksum, b"weft", 500),
    )
    for r in results:
        print("to_thread:", r)
    print("both blocking calls started:", sorted(started))

    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as pool:
        futures = [loop.run_in_executor(pool, checksum, bytes([i]) * 8, 50) for i in range(4)]
        print("run_in_executor:", await asyncio.gather(*futures))
        names = await asyncio.gather(*(loop.run_in_executor(pool, lambda: threading.current_thread().name[:4])
                                       for _ in range(3)))
        print("pool thread names:", sorted(set(names)))

    def fails():
        raise KeyError("missing setting")

    try:
        await loop.run_in_executor(None, fails)
    except KeyError as exc:
        print("exception from the executor:", repr(exc))


async def threadsafe_callbacks():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    n_threads = 4

    def sensor(sid):
        for reading in range(3):
            loop.call_soon_threadsafe(queue.put_nowait, (sid, reading, sid * 10 + reading))
            time.sleep(0.001)
        loop.call_soon_threadsafe(queue.put_nowait, (sid, None, None))

    threads = [threading.Thread(target=sensor, args=(i,), name=f"sensor-{i}") for i in range(n_threads)]
    for t in threads:
        t.start()
    finished = 0
    readings = {}
    while finished < n_threads:
        sid, reading, value = await asyncio.wait_for(queue.get(), timeout=10)
        if reading is None:
            finished += 1
        else:
            readings.setdefault(sid, []).append(value)
    for t in threads:
        t.join()
    print("readings per sensor:", dict(sorted(readings.items())))


async def cross_loop_demo():
    """A background thread runs its own loop; coroutines are submitted to it from this loop."""
    ready = threading.Event()
    holder = {}

    def run_background_loop():
        loop = asyncio.new_event_loop()
        holder["loop"] = loop
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        loop.run_forever()
        loop.close()
        holder["closed"] = loop.is_closed()

    thread = threading.Thread(target=run_background_loop, name="background-loop")
    thread.start()
    await asyncio.to_thread(ready.wait, 10)
    background = holder["loop"]

    async def remote_square(x):
        await asyncio.sleep(0.001)
        return x * x, threading.current_thread().name

    async def remote_fail():
        await asyncio.sleep(0)
        raise ValueError("failed in the background loop")

    cf = asyncio.run_coroutine_threadsafe(remote_square(12), background)
    print("concurrent future type:", type(cf).__name__)
    print("result via wrap_future:", await asyncio.wrap_future(cf))
    print("blocking result() in a thread:",
          await asyncio.to_thread(asyncio.run_coroutine_threadsafe(remote_square(5), background).result, 10))
    try:
        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(remote_fail(), background))
    except ValueError as exc:
        print("error crossed loops:", exc)

    background.call_soon_threadsafe(background.stop)
    await asyncio.to_thread(thread.join, 10)
    print("background loop closed:", holder["closed"], "thread alive:", thread.is_alive())


def thread_running_asyncio(results, index):
    async def job():
        await asyncio.sleep(0.001 * index)
        return sum(range(index * 100))

    results[index] = asyncio.run(job())


def many_loops():
    results = {}
    threads = [threading.Thread(target=thread_running_asyncio, args=(results, i)) for i in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("asyncio.run in four threads:", dict(sorted(results.items())))


async def lock_interplay():
    """A threading.Lock shared by the loop (through to_thread) and plain threads."""
    lock = threading.Lock()
    counter = {"n": 0}

    def bump(times):
        for _ in range(times):
            with lock:
                counter["n"] += 1

    plain = [threading.Thread(target=bump, args=(500,)) for _ in range(2)]
    for t in plain:
        t.start()
    await asyncio.gather(*(asyncio.to_thread(bump, 500) for _ in range(2)))
    for t in plain:
        t.join()
    print("counter after 4 x 500 increments:", counter["n"])


def main():
    many_loops()
    asyncio.run(offload_demo())
    asyncio.run(threadsafe_callbacks())
    asyncio.run(cross_loop_demo())
    asyncio.run(lock_interplay())
    print("threads left:", [t.name for t in threading.enumerate() if t is not threading.main_thread()])


main()
