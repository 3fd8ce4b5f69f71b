# The raise path: a KeyError raised by d[k] and caught in the same function, and one raised two
# calls deeper. Prints the per-iteration thread CPU time of each rep (the first reps include
# JIT warm-up; compare the later ones).
import sys
import time


def local_misses(d, n):
    misses = 0
    for i in range(n):
        try:
            d[i]
        except KeyError:
            misses += 1
    return misses


def lookup(d, k):
    return d[k]


def middle(d, k):
    return lookup(d, k) + 1


def deep_misses(d, n):
    misses = 0
    for i in range(n):
        try:
            middle(d, i)
        except KeyError:
            misses += 1
    return misses


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
d = {-1: 0}
for rep in range(reps):
    t0 = time.thread_time()
    a = local_misses(d, n)
    t1 = time.thread_time()
    b = deep_misses(d, n)
    t2 = time.thread_time()
    print(f"rep {rep}: local {1e9 * (t1 - t0) / n:7.0f} ns/iter, deep {1e9 * (t2 - t1) / n:7.0f} ns/iter"
          f" ({a + b} misses)")
