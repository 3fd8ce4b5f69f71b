# Semaphore and BoundedSemaphore limit concurrency; the observed maximum never exceeds the limit.
import threading

LIMIT = 3
sem = threading.Semaphore(LIMIT)
state_lock = threading.Lock()
active = 0
max_active = 0
completed = []


def use_resource(job):
    global active, max_active
    with sem:
        with state_lock:
            active += 1
            max_active = max(max_active, active)
        checksum = sum(i * job for i in range(3000))
        with state_lock:
            active -= 1
            completed.append((job, checksum))


threads = [threading.Thread(target=use_resource, args=(j,)) for j in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("jobs:", len(completed), "max concurrent <= limit:", 1 <= max_active <= LIMIT, "active now:", active)
print(sorted(completed)[:4])

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print("acquire on empty, non-blocking:", s.acquire(blocking=False), "with timeout:", s.acquire(timeout=0.01))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])

tokens = threading.Semaphore(0)
order = []
order_lock = threading.Lock()


def waiter(n):
    tokens.acquire()
    with order_lock:
        order.append(n)


ws = [threading.Thread(target=waiter, args=(n,)) for n in range(5)]
for w in ws:
    w.start()
tokens.release(5)
for w in ws:
    w.join()
print("all waiters released:", sorted(order))


class ConnectionPool:
    def __init__(self, size):
        self.free = list(range(size))
        self.sem = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.usage = [0] * size

    def __enter__(self):
        self.sem.acquire()
        with self.lock:
            conn = self.free.pop()
            self.usage[conn] += 1
        return conn

    def __exit__(self, *exc):
        pass

    def give_back(self, conn):
        with self.lock:
            self.free.append(conn)
        self.sem.release()


pool = ConnectionPool(2)


def client(n):
    for _ in range(5):
        with pool as conn:
            try:
                assert 0 <= conn < 2
            finally:
                pool.give_back(conn)


cs = [threading.Thread(target=client, args=(n,)) for n in range(6)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("pool uses:", sum(pool.usage), sorted(pool.free))
