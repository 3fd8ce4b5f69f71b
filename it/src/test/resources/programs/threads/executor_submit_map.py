# ThreadPoolExecutor: submit/result, map (ordered results, several iterables, chunksize),
# Future API, shutdown semantics and the executor as a context manager.
from concurrent.futures import ThreadPoolExecutor, Future
import threading


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(collatz_length, n) for n in range(1, 30)]
    lengths = [f.result() for f in futures]
print(lengths)
print("all done:", all(f.done() for f in futures), "none cancelled:", not any(f.cancelled() for f in futures))

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="mapper") as pool:
    print(list(pool.map(pow, [2, 3, 4, 5], [10, 5, 3])))
    print(list(pool.map(collatz_length, range(1000, 1010), chunksize=3)))
    squares = pool.map(lambda x: x * x, range(10))
    print(sum(squares))
    names = set(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(20)))
    print(names)

best = max(range(1, 20000), key=collatz_length)
with ThreadPoolExecutor() as pool:
    chunks = [range(lo, lo + 5000) for lo in range(1, 20000, 5000)]
    best_per_chunk = list(pool.map(lambda r: max(r, key=collatz_length), chunks))
print(best, best_per_chunk, max(best_per_chunk, key=collatz_length) == best)

pool = ThreadPoolExecutor(max_workers=2)
f = pool.submit(sum, [1, 2, 3])
print(f.result(timeout=5), f.exception(), f.done(), f.running())
pool.shutdown(wait=True)
try:
    pool.submit(sum, [1])
except RuntimeError as e:
    print("RuntimeError:", e)

fut = Future()
print(fut.done(), fut.cancelled())
fut.set_result("manual")
print(fut.result(), fut.done())
callback_log = []
fut.add_done_callback(lambda f: callback_log.append(("late", f.result())))
print(callback_log)


def nested_submit(n):
    if n <= 1:
        return n
    with ThreadPoolExecutor(max_workers=2) as inner:
        a = inner.submit(nested_submit, n - 1)
        b = inner.submit(nested_submit, n - 2)
        return a.result() + b.result()


print("fib via nested pools:", nested_submit(10))
with ThreadPoolExecutor(max_workers=4) as ex:
    word_lengths = dict(zip("alpha beta gamma".split(), ex.map(len, "alpha beta gamma".split())))
print(word_lengths)
