# Thread-scaling probe (not run by CI): does a second Python thread slow the first one down?
# Each kernel below does a fixed amount of CPU-bound work on private data (nothing shared
# between the threads but the code, the classes and the module globals). After warm-up
# rounds (so the JIT has compiled the kernel and start-up is over), rounds with 1 thread and
# with 2 threads alternate; per round it records the wall time and each thread's CPU time
# (time.thread_time). Two figures per kernel:
#   cpu x  = CPU seconds per unit of work with 2 threads / with 1 thread: above 1 means the
#            threads interfere (shared cache lines written by both, lock spinning, ...);
#            steady under load, since it counts only the workers' own CPU;
#   wall x = speed-up of 2 threads over 1 (goal 1.8 on 2 idle cores; needs a quiet machine).
# Usage: weft run benchmarks/scaling.py [ROUNDS] [KERNEL,...]     (CPython too, with [UNITS_DIVISOR])
import sys
import time
import threading


def k_calls(n):
    """Recursion, small ints, global function calls (nqueens/fib-like)."""
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    t = 0
    for _ in range(n):
        t += fib(18)
    return t


def k_floats(n):
    """Float arithmetic and list element stores (nbody-like)."""
    v = [0.1 * i for i in range(16)]
    for _ in range(n * 400):
        for i in range(16):
            v[i] = v[i] * 0.999 + 0.001 * v[(i + 1) & 15]
    return round(sum(v), 6)


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def k_objects(n):
    """Instance creation, attribute loads, operator and method calls (raytrace-like)."""
    a = Vec(0.5, 0.25, 0.125)
    acc = Vec(0.0, 0.0, 0.0)
    s = 0.0
    for _ in range(n * 2000):
        acc = acc + a
        s += acc.dot(a)
    return round(s, 3)


WORDS = "the quick brown fox jumps over the lazy dog while seven wild zebras vex a jolly king".split()


def k_dicts(n):
    """str methods, dict get/store, sorting with a key (wordfreq-like)."""
    text = " ".join(WORDS[(i * 7) % len(WORDS)].capitalize() for i in range(400))
    total = 0
    for _ in range(n * 4):
        counts = {}
        for w in text.split():
            w = w.strip(".,").lower()
            counts[w] = counts.get(w, 0) + 1
        total += len(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return total


class Circle:
    def __init__(self, r):
        self.r = r
        self.kind = 1

    def area(self):
        return 3.0 * self.r * self.r


class Square:
    def __init__(self, s):
        self.kind = 2
        self.s = s

    def area(self):
        return self.s * self.s


class Tri:
    def __init__(self, b):
        self.b = b
        self.kind = 3

    def area(self):
        return 0.5 * self.b * self.b


def k_poly(n):
    """Attribute loads and method calls whose receivers alternate between classes (raytrace's scene objects)."""
    shapes = [Circle(1.0), Square(2.0), Tri(3.0), Square(1.5)]
    total = 0.0
    kinds = 0
    for _ in range(n * 2000):
        for sh in shapes:
            total += sh.area()
            kinds += sh.kind
    return round(total, 3) + kinds


def k_slices(n):
    """List slicing and reversal (fannkuch-like)."""
    p = list(range(10))
    flips = 0
    for _ in range(n * 300):
        q = p[:]
        k = q[0]
        while k:
            q[:k + 1] = q[k::-1]
            k = q[0]
            flips += 1
        p = p[1:] + p[:1]
    return flips


# Units per round: about 0.2 s of CPU per thread under Weft (2-4 s under CPython).
KERNELS = {"calls": (k_calls, 2000), "floats": (k_floats, 600), "objects": (k_objects, 400),
           "dicts": (k_dicts, 300), "slices": (k_slices, 600), "poly": (k_poly, 600)}


def run_round(kernel, units, threads):
    """Runs `units` of work on each of `threads` threads; (wall s, [cpu s per thread])."""
    cpu = [0.0] * threads
    results = [None] * threads

    def work(i):
        c0 = time.thread_time()
        results[i] = kernel(units)
        cpu[i] = time.thread_time() - c0

    ts = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    wall = time.perf_counter() - t0
    if len(set(results)) != 1:
        raise AssertionError("threads disagree: %r" % (results,))
    return wall, cpu


def median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    names = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] != "all" else list(KERNELS)
    divisor = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    print("| kernel | 1-thr wall s | 2-thr wall s | wall x (2 thr does 2x the work) | cpu s/thread 1 thr | cpu s/thread 2 thr | cpu x |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for name in names:
        kernel, units = KERNELS[name]
        units = max(1, units // divisor)
        for _ in range(5):
            run_round(kernel, units, 1)   # warm-up: JIT, caches
        run_round(kernel, units, 2)
        w1, w2, c1, c2 = [], [], [], []
        for _ in range(rounds):
            wall, cpu = run_round(kernel, units, 1)
            w1.append(wall)
            c1.append(sum(cpu))
            wall, cpu = run_round(kernel, units, 2)
            w2.append(wall)
            c2.append(sum(cpu) / 2)
        mw1, mw2, mc1, mc2 = median(w1), median(w2), median(c1), median(c2)
        print("| %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f |" % (
            name, mw1, mw2, 2 * mw1 / mw2, mc1, mc2, mc2 / mc1))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
