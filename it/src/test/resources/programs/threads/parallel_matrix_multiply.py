# Matrix multiplication with rows distributed over threads (static split and a shared work
# counter), verified against the serial product; also a parallel prefix sum in two passes.
import threading
from concurrent.futures import ThreadPoolExecutor


def lcg_matrix(n, m, seed):
    rows = []
    for _ in range(n):
        row = []
        for _ in range(m):
            seed = (seed * 48271) % 2147483647
            row.append(seed % 19 - 9)
        rows.append(row)
    return rows


def multiply_rows(a, bt, lo, hi, out):
    for i in range(lo, hi):
        out[i] = [sum(x * y for x, y in zip(a[i], col)) for col in bt]


N = 60
A = lcg_matrix(N, N, 1)
B = lcg_matrix(N, N, 2)
BT = [list(col) for col in zip(*B)]
serial = [None] * N
multiply_rows(A, BT, 0, N, serial)

static = [None] * N
bands = [(k * N // 4, (k + 1) * N // 4) for k in range(4)]
threads = [threading.Thread(target=multiply_rows, args=(A, BT, lo, hi, static)) for lo, hi in bands]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("static split equals serial:", static == serial)

dynamic = [None] * N
next_row = [0]
lock = threading.Lock()
rows_per_worker = [0, 0, 0]


def worker(w):
    while True:
        with lock:
            i = next_row[0]
            next_row[0] += 1
        if i >= N:
            return
        multiply_rows(A, BT, i, i + 1, dynamic)
        rows_per_worker[w] += 1


ws = [threading.Thread(target=worker, args=(w,)) for w in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("work queue equals serial:", dynamic == serial, "rows done:", sum(rows_per_worker))
print("trace:", sum(serial[i][i] for i in range(N)), "corner:", serial[0][0], serial[-1][-1])
print("checksum:", sum(sum(row) for row in serial) % 1_000_003)

values = list(range(1, 10001))
chunks = [values[i:i + 2500] for i in range(0, len(values), 2500)]
with ThreadPoolExecutor(max_workers=4) as pool:
    partial = list(pool.map(lambda c: [sum(c[:k + 1]) for k in range(0)] or sum(c), chunks))
    offsets = [sum(partial[:k]) for k in range(len(chunks))]

    def local_prefix(args):
        chunk, offset = args
        out, running = [], offset
        for v in chunk:
            running += v
            out.append(running)
        return out

    prefix = [x for part in pool.map(local_prefix, zip(chunks, offsets)) for x in part]
print("prefix sums ok:", prefix[-1] == 10000 * 10001 // 2, prefix[:5], prefix[2499:2502])
