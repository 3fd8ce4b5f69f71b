# A hand-written thread pool: a task queue, worker threads, futures-like handles, and shutdown.
import queue
import threading


class Handle:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def _finish(self, value=None, error=None):
        self._value, self._error = value, error
        self._done.set()

    def result(self):
        self._done.wait()
        if self._error:
            raise self._error
        return self._value


class Pool:
    def __init__(self, size):
        self.tasks = queue.Queue()
        self.workers = [threading.Thread(target=self._loop, name=f"pool-{i}") for i in range(size)]
        self.stats_lock = threading.Lock()
        self.completed = 0
        self.failed = 0
        for w in self.workers:
            w.start()

    def _loop(self):
        while True:
            task = self.tasks.get()
            if task is None:
                return
            fn, args, handle = task
            try:
                handle._finish(value=fn(*args))
                with self.stats_lock:
                    self.completed += 1
            except Exception as e:
                handle._finish(error=e)
                with self.stats_lock:
                    self.failed += 1

    def submit(self, fn, *args):
        handle = Handle()
        self.tasks.put((fn, args, handle))
        return handle

    def shutdown(self):
        for _ in self.workers:
            self.tasks.put(None)
        for w in self.workers:
            w.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()


def digits_of_factorial(n):
    f = 1
    for k in range(2, n + 1):
        f *= k
    return len(str(f))


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"sqrt of negative {x}")
    return x ** 0.5


with Pool(3) as pool:
    handles = [pool.submit(digits_of_factorial, n) for n in range(0, 500, 50)]
    roots = [pool.submit(checked_sqrt, x) for x in [16, -4, 2.25, -1]]
    print([h.result() for h in handles])
    for h in roots:
        try:
            print("root:", h.result())
        except ValueError as e:
            print("error:", e)
print("completed:", pool.completed, "failed:", pool.failed)
print("workers alive after shutdown:", [w.is_alive() for w in pool.workers])

with Pool(2) as pool:
    chain = pool.submit(lambda: 1)
    for _ in range(10):
        prev = chain.result()
        chain = pool.submit(lambda p=prev: p * 2)
    print("chained doubling:", chain.result())
