# Fannkuch-redux over the permutations of 0..N-1 in lexicographic order: the first 4 * (N-1)!
# of them (those starting with 0..3; sized so CPython takes a few seconds). That index range is
# cut into CHUNKS tasks; each unranks its first permutation and walks on with next-permutation.
# Checksum: sum of flips, with a minus sign on odd permutation indices.
# Usage: fannkuch.py [THREADS].
import sys
import time
from concurrent.futures import ThreadPoolExecutor

N = 10
CHUNKS = 16


def factorial(n):
    f = 1
    for k in range(2, n + 1):
        f *= k
    return f


def unrank(index, n):
    """The permutation of 0..n-1 at lexicographic position index (factorial number system)."""
    items = list(range(n))
    perm = []
    for k in range(n - 1, -1, -1):
        f = factorial(k)
        d, index = divmod(index, f)
        perm.append(items.pop(d))
    return perm


def next_permutation(p):
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(p) - 1
    while p[j] <= p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    p[i + 1:] = p[:i:-1]
    return True


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def chunk(task):
    lo, hi, n = task
    perm = unrank(lo, n)
    checksum = 0
    max_flips = 0
    for index in range(lo, hi):
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if index & 1 else flips
        next_permutation(perm)
    return checksum, max_flips


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = 4 * factorial(N - 1)
    step = (total + CHUNKS - 1) // CHUNKS
    tasks = [(lo, min(total, lo + step), N) for lo in range(0, total, step)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads_wanted) as pool:
        futures = [pool.submit(chunk, t) for t in tasks]
        parts = [f.result() for f in futures]
    dt = time.perf_counter() - t0
    checksum = sum(c for c, _ in parts)
    max_flips = max(m for _, m in parts)
    print(checksum)
    print(f"Pfannkuchen({N}), first {total} permutations = {max_flips}")
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
