# Exceptions from futures: result() re-raises, exception() returns, map raises on iteration,
# cancellation of pending work, and done-callbacks that see failures.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading


def parse_amount(text):
    value = float(text)
    if value < 0:
        raise ValueError(f"negative amount {value}")
    return round(value, 2)


inputs = ["10.5", "abc", "-3", "7", "1e3"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(parse_amount, t) for t in inputs]
for text, fut in zip(inputs, futures):
    try:
        print(f"{text!r:>7} -> {fut.result()}")
    except ValueError as e:
        print(f"{text!r:>7} -> {type(e).__name__}: {e}")
print([type(f.exception()).__name__ for f in futures])

with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(parse_amount, ["1", "2", "oops", "4"])
    collected = []
    try:
        for r in results:
            collected.append(r)
    except ValueError as e:
        print("map stopped after", collected, "with", e)

gate = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate.wait()


with ThreadPoolExecutor(max_workers=1) as pool:
    blocker = pool.submit(hold)
    started.wait()
    pending = [pool.submit(parse_amount, str(n)) for n in range(3)]
    cancelled = [p.cancel() for p in pending]
    print("cancelled pending:", cancelled, "running one cannot be cancelled:", blocker.cancel())
    gate.set()
for p in pending:
    try:
        p.result()
    except CancelledError:
        print("CancelledError; cancelled() =", p.cancelled(), "done() =", p.done())

log = []
log_lock = threading.Lock()


def on_done(fut):
    with log_lock:
        if fut.exception():
            log.append(f"failed: {fut.exception()}")
        else:
            log.append(f"ok: {fut.result()}")


with ThreadPoolExecutor(max_workers=3) as pool:
    for t in ["1.25", "x", "-1", "2"]:
        pool.submit(parse_amount, t).add_done_callback(on_done)
print(sorted(log))


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job}: {reason}")
        self.job = job


def job(n):
    if n % 4 == 3:
        raise JobError(n, "odd shape")
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {n: pool.submit(job, n) for n in range(12)}
errors = [f.exception() for f in futures.values() if f.exception()]
if errors:
    group = ExceptionGroup("some jobs failed", sorted(errors, key=lambda e: e.job))
    try:
        raise group
    except* JobError as eg:
        print("failed jobs:", [e.job for e in eg.exceptions])
print("succeeded:", [n for n, f in futures.items() if not f.exception()])


def inner_failure():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


with ThreadPoolExecutor() as pool:
    f = pool.submit(inner_failure)
try:
    f.result()
except RuntimeError as e:
    print("result() re-raises with cause:", repr(e), repr(e.__cause__))
