# Back-pressure for a ThreadPoolExecutor: a BoundedSemaphore limits how many tasks are queued,
# released by a done-callback; a streaming producer never has more than N tasks in flight.
import threading
from concurrent.futures import ThreadPoolExecutor


class BoundedExecutor:
    def __init__(self, workers, bound):
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.slots = threading.BoundedSemaphore(bound)
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0
        self.bound = bound

    def submit(self, fn, *args):
        self.slots.acquire()
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            future = self.pool.submit(fn, *args)
        except BaseException:
            self._release(None)
            raise
        future.add_done_callback(self._release)
        return future

    def _release(self, _):
        with self.lock:
            self.in_flight -= 1
        self.slots.release()

    def shutdown(self):
        self.pool.shutdown(wait=True)


def checksum(block_id):
    value = block_id
    for _ in range(2000):
        value = (value * 1103515245 + 12345) % 2**31
    return block_id, value % 1000


ex = BoundedExecutor(workers=3, bound=5)
futures = [ex.submit(checksum, i) for i in range(40)]
results = dict(f.result() for f in futures)
ex.shutdown()
print("results:", len(results), "sum:", sum(results.values()))
print("peak in flight within bound:", ex.peak <= ex.bound, "in flight now:", ex.in_flight)
print("first five:", [results[i] for i in range(5)])
try:
    ex.slots.release()
except ValueError as e:
    print("ValueError:", e)
