# functools: reduce, partial, partialmethod, lru_cache/cache, cached_property, total_ordering,
# singledispatch, cmp_to_key, wraps.
import functools
import operator

print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

base2 = functools.partial(int, base=2)
print(base2("101101"), base2.func.__name__, base2.keywords, base2("11", base=8))
greet = functools.partial("{greeting}, {name}{punct}".format, greeting="Hello", punct="!")
print(greet(name="Ada"), functools.partial(pow, 2)(10))
nested = functools.partial(functools.partial(max, 5), 7)
print(nested(1), nested.args)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state):
        self.state = state

    on = functools.partialmethod(set_state, True)
    off = functools.partialmethod(set_state, False)


c = Cell()
c.on()
print(c.state, end=" ")
c.off()
print(c.state)


@functools.lru_cache(maxsize=3)
def square(n):
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(n)
info = square.cache_info()
print(info, info.hits, info.currsize)
square.cache_clear()
print(square.cache_info())


@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("p(100) =", partitions(100, 100))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @functools.cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "var": sum((v - mean) ** 2 for v in self.values) / n}


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats is d.stats, d.computations)
del d.stats
print(d.stats["var"], d.computations)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(v) for v in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2.0") <= Version("1.0"), Version("1.0") > Version("0.1"))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x} ({'even' if x % 2 == 0 else 'odd'})"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(v) for v in x)


@describe.register
def _(x: bool):
    return f"bool {x}"


print(describe(4), "|", describe(True), "|", describe("s"), "|", describe([1, (2.5, False)]))
print(describe.dispatch(float).__name__, sorted(t.__name__ for t in describe.registry if t is not object))


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@traced
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(21))
