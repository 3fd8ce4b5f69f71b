import asyncio, time
loop = asyncio.new_event_loop()
async def coro(): pass
def bench(name, f, n=300):
    for _ in range(50): f()
    t = time.perf_counter()
    for _ in range(n): f()
    print(f"{name:28s} {(time.perf_counter()-t)/n*1e6:9.1f} us")
bench("run_until_complete", lambda: loop.run_until_complete(coro()))
import sys
bench("get_asyncgen_hooks", sys.get_asyncgen_hooks)
bench("set_asyncgen_hooks", lambda: sys.set_asyncgen_hooks(*sys.get_asyncgen_hooks()))
bench("ensure_future", lambda: asyncio.ensure_future(coro(), loop=loop).cancel())
bench("_run_once(1 ready)", lambda: (loop.call_soon(lambda: None), loop._run_once()))
import threading
bench("get_ident", threading.get_ident)
bench("events._set_running_loop", lambda: (asyncio.events._set_running_loop(loop), asyncio.events._set_running_loop(None)))
