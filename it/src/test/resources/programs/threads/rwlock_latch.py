# Hand-written synchronizers on top of Condition: a readers-writer lock and a countdown latch.
import threading


class ReadWriteLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False
        self.max_readers = 0
        self.violations = 0

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer)
            self.readers += 1
            self.max_readers = max(self.max_readers, self.readers)

    def release_read(self):
        with self.cond:
            self.readers -= 1
            self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            self.writer = True

    def release_write(self):
        with self.cond:
            if self.readers:
                self.violations += 1
            self.writer = False
            self.cond.notify_all()


class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)


rw = ReadWriteLock()
table = {"version": 0, "data": [0] * 8}
read_snapshots = []
snap_lock = threading.Lock()


def reader(n):
    for _ in range(50):
        rw.acquire_read()
        try:
            consistent = len(set(table["data"])) == 1 and table["data"][0] == table["version"]
        finally:
            rw.release_read()
        with snap_lock:
            read_snapshots.append(consistent)


def writer():
    for v in range(1, 31):
        rw.acquire_write()
        try:
            table["version"] = v
            for i in range(len(table["data"])):
                table["data"][i] = v
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)] + [threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("reads:", len(read_snapshots), "all consistent:", all(read_snapshots))
print("final version:", table["version"], "violations:", rw.violations)

latch = CountDownLatch(4)
arrivals = []
arr_lock = threading.Lock()


def service(name):
    with arr_lock:
        arrivals.append(name)
    latch.count_down()


print("latch times out while open:", latch.wait(timeout=0.01))
svcs = [threading.Thread(target=service, args=(s,)) for s in ["db", "cache", "queue", "auth"]]
for s in svcs:
    s.start()
print("latch released:", latch.wait(timeout=10), "count:", latch.count)
for s in svcs:
    s.join()
print("services up:", sorted(arrivals))
