# CPU-bound segmented sieve split across threads; per-segment results joined in order.
import math
import threading
from concurrent.futures import ThreadPoolExecutor

LIMIT = 300_000
SEGMENTS = 6


def base_primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(n) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytearray(len(range(p * p, n + 1, p)))
    return [i for i, flag in enumerate(sieve) if flag]


SMALL = base_primes(math.isqrt(LIMIT))


def segment(lo, hi):
    flags = bytearray([1]) * (hi - lo)
    for p in SMALL:
        start = max(p * p, (lo + p - 1) // p * p)
        for multiple in range(start, hi, p):
            flags[multiple - lo] = 0
    return [lo + i for i, f in enumerate(flags) if f and lo + i >= 2]


bounds = [(LIMIT * k // SEGMENTS, LIMIT * (k + 1) // SEGMENTS) for k in range(SEGMENTS)]
results = [None] * SEGMENTS


def run(k):
    results[k] = segment(*bounds[k])


threads = [threading.Thread(target=run, args=(k,)) for k in range(SEGMENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
primes = [p for part in results for p in part]
print("primes below", LIMIT, ":", len(primes))
print("first 10:", primes[:10], "last 3:", primes[-3:])
print("segment counts:", [len(r) for r in results])
print("agrees with single sieve:", primes == base_primes(LIMIT - 1))

with ThreadPoolExecutor(max_workers=4) as pool:
    counts = list(pool.map(lambda b: len(segment(*b)), bounds))
print("pool counts:", counts, sum(counts))

gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("most common gaps:", sorted(gaps.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twin prime pairs:", twins, "largest gap:", max(gaps))
