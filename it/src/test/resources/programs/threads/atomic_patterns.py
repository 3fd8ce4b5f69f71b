# Thread-safe patterns: lazy singleton with double-checked locking, a thread-safe counter class
# with context-managed locks, once-only initialisation with an Event, and a striped lock map.
import threading


class Registry:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        Registry.created += 1
        self.entries = {}
        self.lock = threading.Lock()

    @classmethod
    def instance(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance

    def register(self, key, value):
        with self.lock:
            self.entries.setdefault(key, []).append(value)


def register_many(worker):
    reg = Registry.instance()
    for i in range(100):
        reg.register(i % 10, worker)


threads = [threading.Thread(target=register_many, args=(w,)) for w in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
reg = Registry.instance()
print("singletons created:", Registry.created)
print("entries per key:", sorted((k, len(v)) for k, v in reg.entries.items()))
print("workers per key:", sorted(set(len(set(v)) for v in reg.entries.values())))


class Once:
    def __init__(self, fn):
        self.fn = fn
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.value = None
        self.calls = 0

    def __call__(self):
        if not self.done.is_set():
            with self.lock:
                if not self.done.is_set():
                    self.calls += 1
                    self.value = self.fn()
                    self.done.set()
        return self.value


load_config = Once(lambda: {"threads": 4, "mode": "fast"})
seen = []
seen_lock = threading.Lock()


def reader():
    cfg = load_config()
    with seen_lock:
        seen.append(cfg is load_config.value)


ts = [threading.Thread(target=reader) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("config loaded", load_config.calls, "time(s); all readers saw it:", all(seen), len(seen))


class StripedCounter:
    def __init__(self, stripes=4):
        self.locks = [threading.Lock() for _ in range(stripes)]
        self.counts = [{} for _ in range(stripes)]

    def add(self, key, n=1):
        stripe = hash(key) % len(self.locks)
        with self.locks[stripe]:
            bucket = self.counts[stripe]
            bucket[key] = bucket.get(key, 0) + n

    def snapshot(self):
        merged = {}
        for lock, bucket in zip(self.locks, self.counts):
            with lock:
                merged.update(bucket)
        return merged


counter = StripedCounter()


def count_words(words):
    for w in words:
        counter.add(w)


corpus = ("red green blue red blue red yellow " * 300).split()
parts = [corpus[i::5] for i in range(5)]
ts = [threading.Thread(target=count_words, args=(p,)) for p in parts]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("striped counts:", sorted(counter.snapshot().items()))
