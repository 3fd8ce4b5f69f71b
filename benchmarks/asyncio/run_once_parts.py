# _run_once with one ready callback, split into its parts (selector poll, call_soon); warm.
import asyncio, time
loop = asyncio.new_event_loop()
def one():
    loop.call_soon(lambda: None)
    loop._run_once()
for _ in range(300): one()
t = time.perf_counter()
for _ in range(1000): one()
print(f"{'_run_once(1 ready) warm':30s} {(time.perf_counter()-t)/1000*1e6:8.2f} us")
s = loop._selector
t = time.perf_counter()
for _ in range(1000): s.select(0)
print(f"{'selector.select(0)':30s} {(time.perf_counter()-t)/1000*1e6:8.2f} us")
t = time.perf_counter()
for _ in range(1000): loop.call_soon(lambda: None)
print(f"{'call_soon':30s} {(time.perf_counter()-t)/1000*1e6:8.2f} us")
