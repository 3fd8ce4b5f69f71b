# Big-integer arithmetic: pi by Machin's formula in fixed point, factorials by repeated
# multiplication, Fibonacci numbers by addition and by fast doubling, and modular powers.
# Every task is independent; results are reduced to residues and bit lengths (str() of a
# number this long would hit CPython's int-to-str digit limit). Usage: bigint.py [THREADS].
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

MOD = 1_000_000_007


def arctan_inverse(x, one):
    """arctan(1/x) * one, by the Taylor series in fixed point."""
    power = one // x
    total = power
    x2 = x * x
    n = 3
    sign = -1
    while power:
        power //= x2
        total += sign * (power // n)
        sign = -sign
        n += 2
    return total


def pi_digits(digits):
    guard = 10
    one = 10 ** (digits + guard)
    pi = 4 * (4 * arctan_inverse(5, one) - arctan_inverse(239, one))
    return pi // 10 ** guard


def factorial(n):
    f = 1
    for k in range(2, n + 1):
        f *= k
    return f


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    """(F(n), F(n+1)) by F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2."""
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def digit_sum_low(x, count):
    """Sum of the lowest `count` decimal digits of x, by divmod in blocks."""
    s = 0
    for _ in range(count // 9):
        x, low = divmod(x, 10 ** 9)
        while low:
            low, d = divmod(low, 10)
            s += d
    return s


def run(task):
    kind, n = task
    if kind == "pi":
        p = pi_digits(n)
        return f"pi[{n}] mod p = {p % MOD}, last digits {p % 10 ** 12:012d}, digit sum {digit_sum_low(p, 900)}"
    if kind == "factorial":
        f = factorial(n)
        return f"{n}! bits {f.bit_length()}, mod p = {f % MOD}, low digit sum {digit_sum_low(f // 10 ** (n // 4), 900)}"
    if kind == "fib":
        a = fib_loop(n)
        b, _ = fib_doubling(n)
        if a != b:
            raise AssertionError(f"fib({n}) differs")
        return f"fib({n}) bits {a.bit_length()}, mod p = {a % MOD}"
    if kind == "powmod":
        base = 3 ** 200 + n
        acc = 0
        for e in range(n, n + 1000):
            acc = (acc * 31 + pow(base, e * 977, (1 << 2203) - 1)) % MOD
        return f"powmod[{n}] = {acc}"
    raise ValueError(kind)


TASKS = [("pi", 20000), ("pi", 18000), ("factorial", 30000), ("factorial", 25000),
         ("fib", 150000), ("fib", 130000), ("powmod", 1), ("powmod", 2), ("powmod", 3), ("powmod", 4),
         ("pi", 16000), ("factorial", 20000)]


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = {}
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads_wanted) as pool:
        futures = {pool.submit(run, t): i for i, t in enumerate(TASKS)}
        for f in as_completed(futures):
            results[futures[f]] = f.result()
    dt = time.perf_counter() - t0
    for i in range(len(TASKS)):
        print(results[i])
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
