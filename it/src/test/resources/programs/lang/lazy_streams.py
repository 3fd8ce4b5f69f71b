# Lazy streams built from generators: infinite sequences, take/drop/window helpers written by hand,
# memoised streams that can be re-read, and an interleaving merge of sorted infinite streams.


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def smap(fn, it):
    for x in it:
        yield fn(x)


def sfilter(pred, it):
    for x in it:
        if pred(x):
            yield x


def merge_sorted(*streams):
    heads = []
    for i, s in enumerate(streams):
        it = iter(s)
        heads.append([next(it), i, it])
    while True:
        heads.sort()
        value, i, it = heads[0]
        yield value
        heads[0][0] = next(it)


class Memo:
    """Caches a generator's output so the stream can be iterated many times."""

    def __init__(self, gen):
        self.gen = gen
        self.cache = []

    def __iter__(self):
        i = 0
        while True:
            if i < len(self.cache):
                yield self.cache[i]
            else:
                try:
                    value = next(self.gen)
                except StopIteration:
                    return
                self.cache.append(value)
                yield value
            i += 1


squares = smap(lambda n: n * n, naturals(1))
print(take(10, squares), take(3, squares))
print(take(5, sfilter(lambda n: n % 7 == 3, naturals())), take(4, drop(100, naturals())))
print(take(4, window(naturals(), 3)), list(window("abcde", 2)))
multiples = merge_sorted(smap(lambda n: 3 * n, naturals(1)), smap(lambda n: 5 * n, naturals(1)))
seen, out = set(), []
for v in multiples:
    if v not in seen:
        seen.add(v)
        out.append(v)
    if len(out) == 12:
        break
print(out)


def hamming():
    h = 1
    found = {1}
    pending = [1]
    while True:
        pending.sort()
        h = pending.pop(0)
        yield h
        for f in (2, 3, 5):
            if h * f not in found:
                found.add(h * f)
                pending.append(h * f)


print(take(20, hamming()))
calls = []


def noisy():
    for i in range(5):
        calls.append(i)
        yield i * 10


memo = Memo(noisy())
print(take(2, memo), take(4, memo), list(memo), calls)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = Memo(fib_gen())
print(take(10, fib), take(12, fib)[-1], len(fib.cache))
pipeline = (x for x in naturals() if x % 2)
pipeline = (x * x for x in pipeline)
pipeline = (x for x in pipeline if str(x).endswith("1"))
print(take(6, pipeline))
