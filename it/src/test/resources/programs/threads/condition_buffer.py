# A bounded buffer built on threading.Condition with several producers and consumers.
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = threading.Condition()
        self.max_seen = 0
        self.closed = False

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


buf = BoundedBuffer(4)
PRODUCERS, PER_PRODUCER, CONSUMERS = 3, 200, 4
consumed = [[] for _ in range(CONSUMERS)]


def producer(pid):
    for i in range(PER_PRODUCER):
        buf.put((pid, i))


def consumer(cid):
    while (item := buf.get()) is not None:
        consumed[cid].append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()

everything = sorted(item for items in consumed for item in items)
print(len(everything), everything == sorted((p, i) for p in range(PRODUCERS) for i in range(PER_PRODUCER)))
print("capacity respected:", buf.max_seen <= 4)
for p in range(PRODUCERS):
    # each consumer sees one producer's items in production order
    ordered = all([i for (pp, i) in items if pp == p] == sorted(i for (pp, i) in items if pp == p) for items in consumed)
    print(f"producer {p}: per-consumer order preserved = {ordered}")

cond = threading.Condition()
state = {"stage": 0}
log = []


def stage_worker(n):
    with cond:
        cond.wait_for(lambda: state["stage"] == n)
        log.append(f"stage {n} by worker {n}")
        state["stage"] += 1
        cond.notify_all()


workers = [threading.Thread(target=stage_worker, args=(n,)) for n in reversed(range(6))]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(log)

c2 = threading.Condition(threading.Lock())
with c2:
    print("wait with timeout returns", c2.wait(timeout=0.01))
    print("wait_for with timeout returns", c2.wait_for(lambda: False, timeout=0.01))
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
