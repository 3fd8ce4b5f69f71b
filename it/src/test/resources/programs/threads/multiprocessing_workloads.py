# CPU-bound work split the multiprocessing way: a Pool mapping a pure function over chunks,
# worker Processes reporting through a Queue, a shared counter and array under their locks,
# a Manager dict collecting results, a Pipe between two processes, and the error paths.
import math
import multiprocessing as mp
from multiprocessing import Array, Lock, Manager, Pipe, Pool, Process, Queue, Value


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def count_primes(bounds):
    lo, hi = bounds
    return sum(1 for n in range(lo, hi) if is_prime(n))


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def power(base, exp):
    return base ** exp


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return math.sqrt(x)


def producer(queue, worker_id, items):
    total = 0
    for i in range(items):
        total += i * worker_id
    queue.put((worker_id, total, mp.current_process().name))


def tally(counter, squares, index, rounds):
    for _ in range(rounds):
        with counter.get_lock():
            counter.value += 1
    squares[index] = index * index


def record(shared, key, n):
    shared[key] = sum(range(n))


def echo_server(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            conn.send("bye")
            break
        conn.send(msg.upper())
    conn.close()


def init_worker(prefix):
    global PREFIX
    PREFIX = prefix


def tagged(x):
    return f"{PREFIX}{x}"


def main():
    print("start method:", mp.get_start_method())
    ranges = [(i * 5000, (i + 1) * 5000) for i in range(8)]
    with Pool(processes=4) as pool:
        counts = pool.map(count_primes, ranges)
        print("primes per block:", counts, "total:", sum(counts))
        lengths = pool.map(collatz_length, range(1, 30), chunksize=5)
        print("collatz:", lengths)
        print("starmap:", pool.starmap(power, [(2, 10), (3, 5), (10, 3)]))
        print("imap:", list(pool.imap(collatz_length, [27, 97, 871], chunksize=1)))
        print("unordered:", sorted(pool.imap_unordered(collatz_length, range(1, 8))))
        async_results = [pool.apply_async(power, (n, 2)) for n in range(5)]
        print("apply_async:", [r.get(timeout=10) for r in async_results])
        collected = []
        done = pool.map_async(collatz_length, [6, 7], callback=collected.append)
        done.wait(10)
        print("map_async:", done.get(), "callback saw:", collected, done.successful())
        try:
            pool.map(checked_sqrt, [4, 9, -1, 16])
        except ValueError as e:
            print("map raised:", e)
        errors = []
        bad = pool.apply_async(checked_sqrt, (-2,), error_callback=errors.append)
        bad.wait(10)
        print("apply_async failed:", bad.successful(), [str(e) for e in errors])
    with Pool(2, initializer=init_worker, initargs=("item-",)) as pool:
        print("initializer:", pool.map(tagged, [1, 2, 3]))

    queue = Queue()
    workers = [Process(target=producer, args=(queue, w, 1000)) for w in range(1, 5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    results = sorted(queue.get() for _ in workers)
    print("queue results:", [(wid, total) for wid, total, _ in results])
    print("worker names:", sorted(name for _, _, name in results))
    print("exit codes:", [w.exitcode for w in workers], "alive:", [w.is_alive() for w in workers])

    counter = Value("i", 0)
    squares = Array("i", 6)
    procs = [Process(target=tally, args=(counter, squares, i, 500)) for i in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value, "squares:", squares[:])
    print("typed values:", Value("d", 3).value, Value("i", 2**31 + 5).value, Value("f", 0.1).value)

    with Manager() as manager:
        shared = manager.dict()
        jobs = [Process(target=record, args=(shared, f"job{n}", n * 100)) for n in range(1, 4)]
        for j in jobs:
            j.start()
        for j in jobs:
            j.join()
        print("manager dict:", sorted(shared.items()))
        names = manager.list(["a"])
        names.extend(["b", "c"])
        print("manager list:", list(names))

    parent_end, child_end = Pipe()
    server = Process(target=echo_server, args=(child_end,))
    server.start()
    for word in ["ping", "weft"]:
        parent_end.send(word)
        print("pipe reply:", parent_end.recv())
    parent_end.send(None)
    print("pipe reply:", parent_end.recv())
    server.join()
    print("server exit code:", server.exitcode)

    lock = Lock()
    with lock:
        print("lock held:", not lock.acquire(block=False))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("set_start_method:", e)
    try:
        mp.get_context("threads")
    except ValueError as e:
        print("get_context:", e)


if __name__ == "__main__":
    mp.freeze_support()
    main()
