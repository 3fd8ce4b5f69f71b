# LifoQueue and PriorityQueue ordering, and a priority job scheduler drained by worker threads.
import queue
import threading

lq = queue.LifoQueue()
for item in ["first", "second", "third"]:
    lq.put(item)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "critical")]:
    pq.put((prio, name))
print([pq.get() for _ in range(pq.qsize())])


class Job:
    def __init__(self, priority, seq, name, cost):
        self.priority, self.seq, self.name, self.cost = priority, seq, name, cost

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def run(self):
        return sum(i % 7 for i in range(self.cost))


jobs = queue.PriorityQueue()
specs = [(2, "report"), (0, "backup"), (1, "email"), (2, "cleanup"), (0, "deploy"), (1, "index"), (3, "archive")]
for seq, (prio, name) in enumerate(specs):
    jobs.put(Job(prio, seq, name, 1000 * (seq + 1)))
dispatch_order = []
results = {}
lock = threading.Lock()


def worker():
    while True:
        try:
            with lock:
                job = jobs.get_nowait()
                dispatch_order.append(job.name)
        except queue.Empty:
            return
        value = job.run()
        with lock:
            results[job.name] = value


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dispatch order:", dispatch_order)
print(sorted(results.items()))

undo = queue.LifoQueue()
document = []
for word in "the quick brown fox".split():
    document.append(word)
    undo.put(("append", word))
document[1] = "slow"
undo.put(("replace", 1, "quick"))
while not undo.empty():
    action = undo.get()
    if action[0] == "replace":
        document[action[1]] = action[2]
    else:
        document.pop()
    print(" ".join(document) or "<empty>")

tie = queue.PriorityQueue()
tie.put((1, 2, "b"))
tie.put((1, 1, "a"))
tie.put((0, 9, "z"))
print([tie.get()[2] for _ in range(3)])
try:
    bad = queue.PriorityQueue()
    bad.put((1, {"a": 1}))
    bad.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
