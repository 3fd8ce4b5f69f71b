# N-queens: all solutions for an N x N board by bitmask backtracking. One task per column of
# the queen in the first row, handed out through a queue.Queue to worker threads.
# Usage: nqueens.py [THREADS].
import sys
import time
import threading
import queue

N = 13


def solve(row, cols, diag1, diag2, n, full, stats):
    """Counts completions; stats[k] += 1 for each solution whose last queen is in column k."""
    if row == n:
        return 1
    count = 0
    free = full & ~(cols | diag1 | diag2)
    while free:
        bit = free & -free
        free ^= bit
        if row == n - 1:
            stats[bit.bit_length() - 1] += 1
        count += solve(row + 1, cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1, n, full, stats)
    return count


def first_column(col, n):
    full = (1 << n) - 1
    bit = 1 << col
    stats = [0] * n
    count = solve(1, bit, (bit << 1) & full, bit >> 1, n, full, stats)
    return count, stats


def worker(tasks, results, lock):
    while True:
        try:
            col = tasks.get_nowait()
        except queue.Empty:
            return
        count, stats = first_column(col, N)
        with lock:
            results[col] = (count, stats)


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    tasks = queue.Queue()
    for col in range(N):
        tasks.put(col)
    results = {}
    lock = threading.Lock()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(tasks, results, lock)) for _ in range(threads_wanted)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    total = 0
    last = [0] * N
    for col in range(N):
        count, stats = results[col]
        total += count
        for k in range(N):
            last[k] += stats[k]
        print(f"first queen in column {col}: {count}")
    print(f"{N}-queens solutions: {total}")
    print("last queen columns:", last)
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
