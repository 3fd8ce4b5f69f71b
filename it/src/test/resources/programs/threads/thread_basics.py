# threading.Thread basics: targets with args/kwargs, names, join, is_alive, daemon flags,
# results written into per-index slots, current_thread and main_thread.
import threading


def partial_sum(lo, hi, out, index, *, scale=1):
    total = 0
    for k in range(lo, hi):
        total += k * k
    out[index] = total * scale


N = 200_000
parts = 4
results = [None] * parts
step = N // parts
threads = [
    threading.Thread(target=partial_sum, args=(i * step, (i + 1) * step, results, i),
                     kwargs={"scale": 1}, name=f"summer-{i}")
    for i in range(parts)
]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(sum(results) == sum(k * k for k in range(N)), [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count())


class Worker(threading.Thread):
    def __init__(self, ident_no, jobs):
        super().__init__(name=f"worker-{ident_no}")
        self.jobs = jobs
        self.done = []

    def run(self):
        me = threading.current_thread()
        for job in self.jobs:
            self.done.append((me.name, job, sum(range(job))))


workers = [Worker(i, range(i * 10, i * 10 + 3)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.done)

d = threading.Thread(target=lambda: None, daemon=True)
print("daemon:", d.daemon, threading.Thread(target=lambda: None).daemon)
d.start()
d.join()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=lambda: None).join()
except RuntimeError as e:
    print("RuntimeError:", e)

names = []
lock = threading.Lock()


def record_name():
    with lock:
        names.append(threading.current_thread().name)


ts = [threading.Thread(target=record_name, name=f"n{i:02d}") for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(names))
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.ident is None)
t.start()
t.join()
print(t.ident is not None, isinstance(t.native_id, int))
