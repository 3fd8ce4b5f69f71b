# time: clocks used for measuring (never printed), sleep, struct_time from fixed timestamps,
# strftime/strptime with UTC, and ns variants.
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = sum(i * i for i in range(200_000))
time.sleep(0.02)
elapsed = time.perf_counter() - p0
print("work result:", total)
print("clocks advance:", time.time() >= t0, time.monotonic() >= m0, elapsed >= 0.02)
print("types:", type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print("process_time is float:", isinstance(time.process_time(), float))

epoch = time.gmtime(0)
print(epoch)
print(tuple(epoch), epoch.tm_year, epoch.tm_wday, epoch.tm_yday)
moment = time.gmtime(1_700_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S %A %B %j %U %w %y %p %I %%", moment))
print(time.strftime("%a %b %d", moment), time.asctime(moment))
parsed = time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_wday, parsed.tm_yday)
print(time.gmtime(86400 * 365.25 * 30).tm_year, time.gmtime(-86400).tm_year)
try:
    time.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
deadline = time.monotonic() + 0.05
ticks = 0
while time.monotonic() < deadline:
    time.sleep(0.01)
    ticks += 1
print("polling loop ran at least once:", ticks >= 1)
start = time.perf_counter_ns()
time.sleep(0)
print("ns clock monotonic:", time.perf_counter_ns() >= start)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
