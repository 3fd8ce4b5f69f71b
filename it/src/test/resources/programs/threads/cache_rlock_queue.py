# A memoizing cache shared by queue-fed workers under an RLock (the seed pattern, extended with
# statistics and invalidation).
import queue
import threading


class SharedCache:
    def __init__(self, compute):
        self.compute = compute
        self.lock = threading.RLock()
        self.data = {}
        self.computations = 0
        self.lookups = 0

    def get(self, key):
        with self.lock:
            self.lookups += 1
            if key not in self.data:
                self.data[key] = self._compute_locked(key)
            return self.data[key]

    def _compute_locked(self, key):
        with self.lock:  # re-entrant: already held by get()
            self.computations += 1
            return self.compute(key)

    def invalidate(self, predicate):
        with self.lock:
            doomed = [k for k in self.data if predicate(k)]
            for k in doomed:
                del self.data[k]
            return len(doomed)


def digit_square_chain(n):
    seen = 0
    while n not in (1, 89):
        n = sum(int(d) ** 2 for d in str(n))
        seen += 1
    return n, seen


cache = SharedCache(digit_square_chain)
work = queue.Queue()
for i in range(6000):
    work.put(i % 700 + 1)
outputs = []
out_lock = threading.Lock()


def worker():
    local = []
    while True:
        try:
            key = work.get_nowait()
        except queue.Empty:
            break
        local.append(cache.get(key))
    with out_lock:
        outputs.extend(local)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(outputs), cache.lookups, cache.computations, len(cache.data))
ends = sorted(set(end for end, _ in outputs))
print("chain ends:", ends, "reaching 89:", sum(1 for k in range(1, 701) if cache.get(k)[0] == 89))
print("longest chain:", max(range(1, 701), key=lambda k: (cache.get(k)[1], -k)), max(s for _, s in cache.data.values()))
print("invalidated:", cache.invalidate(lambda k: k % 2 == 0), "remaining:", len(cache.data))
print("recomputed:", cache.get(2), cache.computations)
