# A three-stage pipeline over queue.Queue with sentinels, task_done/join, and queue APIs.
import queue
import threading

STOP = object()
raw = queue.Queue()
parsed = queue.Queue(maxsize=5)
results = []
results_lock = threading.Lock()

LINES = [f"{i},{'abcdefghij'[i % 10]},{i * 7 % 13}" for i in range(60)]


def reader():
    for line in LINES:
        raw.put(line)
    for _ in range(PARSERS):
        raw.put(STOP)


def parser():
    while True:
        line = raw.get()
        if line is STOP:
            parsed.put(STOP)
            break
        idx, letter, weight = line.split(",")
        parsed.put((int(idx), letter, int(weight)))


def aggregator():
    stops = 0
    local = {}
    while stops < PARSERS:
        item = parsed.get()
        if item is STOP:
            stops += 1
            continue
        _, letter, weight = item
        local[letter] = local.get(letter, 0) + weight
    with results_lock:
        results.extend(sorted(local.items()))


PARSERS = 3
threads = [threading.Thread(target=reader), threading.Thread(target=aggregator)]
threads += [threading.Thread(target=parser) for _ in range(PARSERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(sum(w for _, w in results) == sum(i * 7 % 13 for i in range(60)))

jobs = queue.Queue()
processed = []
p_lock = threading.Lock()


def worker():
    while True:
        n = jobs.get()
        try:
            if n is None:
                return
            with p_lock:
                processed.append(n * n)
        finally:
            jobs.task_done()


ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws:
    w.start()
for n in range(20):
    jobs.put(n)
jobs.join()
print("after join:", len(processed), sum(processed), jobs.unfinished_tasks)
for _ in ws:
    jobs.put(None)
for w in ws:
    w.join()

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("queue.Full raised")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty raised after timeout")
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
for c in "xyz":
    sq.put(c)
print(sq.qsize(), [sq.get() for _ in range(3)], sq.empty())
q.shutdown()
try:
    q.put(1)
except queue.ShutDown:
    print("queue.ShutDown on put after shutdown")
