# Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to
# SIZE x SIZE, by power iteration. Each matrix-vector product is split into row blocks that
# run as tasks on a thread pool. Usage: spectral_norm.py [THREADS].
import sys
import time
from concurrent.futures import ThreadPoolExecutor

SIZE = 600
ITERATIONS = 10
BLOCKS = 12


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def rows_av(task):
    lo, hi, u = task
    n = len(u)
    out = []
    for i in range(lo, hi):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def rows_atv(task):
    lo, hi, u = task
    n = len(u)
    out = []
    for i in range(lo, hi):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def blocks(n):
    step = (n + BLOCKS - 1) // BLOCKS
    return [(lo, min(n, lo + step)) for lo in range(0, n, step)]


def mul(pool, fn, u):
    parts = pool.map(fn, [(lo, hi, u) for lo, hi in blocks(len(u))])
    out = []
    for p in parts:
        out.extend(p)
    return out


def mul_ata(pool, u):
    return mul(pool, rows_atv, mul(pool, rows_av, u))


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads_wanted) as pool:
        u = [1.0] * SIZE
        v = u
        for _ in range(ITERATIONS):
            v = mul_ata(pool, u)
            u = mul_ata(pool, v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    dt = time.perf_counter() - t0
    print(f"size {SIZE}: {(vbv / vv) ** 0.5:.9f}")
    print(f"sum(u) {sum(u):.9f}")
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
