# Many threads incrementing shared counters: with a Lock the totals are exact; the lock's
# acquire/release/locked API and non-blocking acquire.
import threading

THREADS = 8
ITERATIONS = 20_000


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            self.value += 1


counter = Counter()
per_thread = [0] * THREADS


def work(i):
    for _ in range(ITERATIONS):
        counter.increment()
        per_thread[i] += 1


threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value, counter.value == THREADS * ITERATIONS, per_thread)

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

totals = {}
totals_lock = threading.Lock()


def tally(words):
    local = {}
    for w in words:
        local[w] = local.get(w, 0) + 1
    with totals_lock:
        for w, n in local.items():
            totals[w] = totals.get(w, 0) + n


text = ("alpha beta gamma delta alpha beta alpha epsilon " * 500).split()
chunks = [text[i::4] for i in range(4)]
ts = [threading.Thread(target=tally, args=(c,)) for c in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals.items()))

balance = [1000]
balance_lock = threading.Lock()
rejected = [0]


def withdraw_many(amount, times):
    for _ in range(times):
        with balance_lock:
            if balance[0] >= amount:
                balance[0] -= amount
            else:
                rejected[0] += 1


ws = [threading.Thread(target=withdraw_many, args=(7, 50)) for _ in range(5)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print(balance[0], rejected[0], balance[0] + 7 * (250 - rejected[0]))
