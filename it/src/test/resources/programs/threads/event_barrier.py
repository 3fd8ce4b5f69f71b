# Event for a start signal, Barrier for lock-step phases with an action, abort and timeout.
import threading

start = threading.Event()
ready_count = 0
ready_lock = threading.Lock()
results = {}


def racer(n):
    global ready_count
    with ready_lock:
        ready_count += 1
    start.wait()
    results[n] = sum(range(n * 1000))


racers = [threading.Thread(target=racer, args=(n,)) for n in range(5)]
for r in racers:
    r.start()
print("event set before start?", start.is_set())
start.set()
for r in racers:
    r.join()
print(sorted(results.items()), start.is_set())
start.clear()
print("after clear:", start.is_set(), "wait with timeout:", start.wait(0.01))

PARTIES = 4
phase_log = []
phase_lock = threading.Lock()
grid = [[p * 10 + c for c in range(PARTIES)] for p in range(PARTIES)]
phase_counter = [0]


def on_phase():
    phase_counter[0] += 1
    phase_log.append(f"phase {phase_counter[0]} complete: row sums {[sum(r) for r in grid]}")


barrier = threading.Barrier(PARTIES, action=on_phase)


def cell_worker(col):
    for step in range(3):
        values = [grid[r][col] for r in range(PARTIES)]
        barrier.wait()
        for r in range(PARTIES):
            grid[r][col] = values[r] + values[(r + 1) % PARTIES]
        barrier.wait()


workers = [threading.Thread(target=cell_worker, args=(c,)) for c in range(PARTIES)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for line in phase_log:
    print(line)
print(grid)

b2 = threading.Barrier(3)
outcomes = []
out_lock = threading.Lock()


def impatient():
    try:
        b2.wait(timeout=0.05)
        with out_lock:
            outcomes.append("passed")
    except threading.BrokenBarrierError:
        with out_lock:
            outcomes.append("broken")


ts = [threading.Thread(target=impatient) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outcomes, b2.broken)
b2.reset()
print("after reset broken =", b2.broken, "parties =", b2.parties, "waiting =", b2.n_waiting)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises BrokenBarrierError")
ids = []
b4 = threading.Barrier(5)


def take_index():
    i = b4.wait()
    with out_lock:
        ids.append(i)


ts = [threading.Thread(target=take_index) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier indices:", sorted(ids))
