import time, weakref
def bench(name, f, n=5000):
    for _ in range(500): f()
    t = time.perf_counter()
    for _ in range(n):
        f()
    print(f"{name:30s} {(time.perf_counter() - t) / n * 1e6:8.2f} us")
def gen():
    yield 1
async def coro(): pass
def g_close():
    g = gen(); g.close()
def c_close():
    c = coro(); c.close()
def c_only():
    c = coro()
def g_only():
    g = gen()
def raise_catch():
    try:
        raise ValueError("x")
    except ValueError:
        pass
def stopiter():
    g = gen()
    next(g)
    try:
        next(g)
    except StopIteration:
        pass
class C: pass
ws = weakref.WeakSet()
def wsadd():
    ws.add(C())
bench("gen create", g_only)
bench("gen create+close", g_close)
bench("coro create", c_only)
bench("coro create+close", c_close)
bench("raise/catch", raise_catch)
bench("gen exhaust StopIteration", stopiter)
bench("WeakSet.add", wsadd)
