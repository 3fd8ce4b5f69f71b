import asyncio, time, contextvars
def bench(name, f, n=5000):
    t = time.perf_counter()
    for _ in range(n):
        f()
    print(f"{name:30s} {(time.perf_counter() - t) / n * 1e6:8.2f} us")
def noop(): pass
ctx = contextvars.copy_context()
bench("copy_context", contextvars.copy_context)
bench("ctx.run", lambda: ctx.run(noop))
loop = asyncio.new_event_loop()
bench("loop.create_future", loop.create_future)
async def coro(): pass
def mk():
    c = coro()
    c.close()
bench("coroutine create+close", mk)
def task():
    t = loop.create_task(coro())
bench("create_task", task, 2000)
bench("run_until_complete", lambda: loop.run_until_complete(coro()), 500)
bench("get_event_loop_policy", asyncio.get_event_loop_policy)
bench("events._get_running_loop", asyncio.events._get_running_loop)
def send():
    c = coro()
    try:
        c.send(None)
    except StopIteration:
        pass
bench("coro.send", send)
