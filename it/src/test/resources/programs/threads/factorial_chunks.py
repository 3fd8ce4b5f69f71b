# CPU-bound big-integer work split across threads (the seeds' pattern): a factorial as a product of
# chunk products, binomial coefficients, and digit statistics, with results combined in order.
import math
import sys
import threading
from concurrent.futures import ThreadPoolExecutor


def product(lo, hi):
    """Product of lo..hi-1 by balanced splitting (keeps the multiplications large and few)."""
    if hi - lo <= 8:
        result = 1
        for k in range(lo, hi):
            result *= k
        return result
    mid = (lo + hi) // 2
    return product(lo, mid) * product(mid, hi)


N = 6000
bounds = [(1 + N * k // 6, 1 + N * (k + 1) // 6) for k in range(6)]
with ThreadPoolExecutor(max_workers=4) as pool:
    parts = list(pool.map(lambda b: product(*b), bounds))
fact = 1
for p in parts:
    fact *= p
try:
    str(fact)
except ValueError as e:
    print("ValueError:", str(e).split(";")[0])
sys.set_int_max_str_digits(50_000)
print("6000! has", len(str(fact)), "digits; equals math.factorial:", fact == math.factorial(N))
print("trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")), "leading digits:", str(fact)[:20])
print("bit length:", fact.bit_length(), "parts' bit lengths:", [p.bit_length() for p in parts])

results = [None] * 5
pairs = [(1000, 500), (2000, 3), (300, 150), (5000, 2500), (64, 32)]


def binomial(slot, n, k):
    results[slot] = math.comb(n, k) % (10**9 + 7), len(str(math.comb(n, k)))


threads = [threading.Thread(target=binomial, args=(i, n, k)) for i, (n, k) in enumerate(pairs)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for (n, k), (mod, digits) in zip(pairs, results):
    print(f"C({n},{k}) mod 1e9+7 = {mod}, {digits} digits")

digit_counts = [0] * 10
lock = threading.Lock()
text = str(fact)


def count_digits(start, end):
    local = [0] * 10
    for ch in text[start:end]:
        local[ord(ch) - 48] += 1
    with lock:
        for d in range(10):
            digit_counts[d] += local[d]


size = len(text) // 4 + 1
ts = [threading.Thread(target=count_digits, args=(i * size, (i + 1) * size)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("digit histogram:", digit_counts, sum(digit_counts) == len(text))
