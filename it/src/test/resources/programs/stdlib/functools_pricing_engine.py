# A pricing engine built from functools and operator: lru_cache (stats, clearing, typed),
# partial and partialmethod, singledispatch on types and ABCs, reduce, total_ordering,
# cached_property, wraps, cmp_to_key, and operator's itemgetter/attrgetter/methodcaller.
import functools
import operator
from collections.abc import Mapping, Sequence
from decimal import Decimal


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        calls.append(f"{fn.__name__}{args}->{result}")
        return result
    return wrapper


calls = []


@functools.lru_cache(maxsize=4)
def tier_price(tier, qty):
    base = {"bronze": 100, "silver": 90, "gold": 80}[tier]
    return base * qty - (10 * (qty // 10))


@logged
def discount(price, percent=0):
    """Apply a percentage discount."""
    return price * (100 - percent) // 100


for tier, qty in [("gold", 5), ("silver", 12), ("gold", 5), ("bronze", 1), ("gold", 30), ("silver", 12),
                  ("bronze", 2), ("gold", 5)]:
    tier_price(tier, qty)
print(tier_price.cache_info(), tier_price.cache_parameters())
tier_price.cache_clear()
print(tier_price.cache_info().currsize, discount.__name__, discount.__doc__, discount.__wrapped__(200, 5))

half_off = functools.partial(discount, percent=50)
print(half_off(300), half_off.func.__name__, half_off.keywords, half_off(300, percent=10), calls)


@functools.lru_cache(typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


print(describe(1), describe(1.0), describe(True), describe.cache_info().misses)


@functools.singledispatch
def price_of(item):
    raise TypeError(f"cannot price {type(item).__name__}")


@price_of.register
def _(item: int):
    return Decimal(item)


@price_of.register(str)
def _(item):
    return Decimal(item.strip("$"))


@price_of.register(Sequence)
def _(item):
    return sum((price_of(x) for x in item), Decimal(0))


@price_of.register(Mapping)
def _(item):
    return sum((price_of(k) * qty for k, qty in item.items()), Decimal(0))


print(price_of(5), price_of("$2.50"), price_of([1, "$0.25", (2, 3)]), price_of({"$1.5": 2, 3: 1}))
try:
    price_of(1.5)
except TypeError as e:
    print("TypeError:", e)
print(price_of.dispatch(bool).__name__, sorted(t.__name__ for t in price_of.registry if t is not object))


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


vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") <= vs[3])


class Basket:
    def __init__(self, items):
        self.items = items
        self.computations = 0

    @functools.cached_property
    def total(self):
        self.computations += 1
        return functools.reduce(operator.add, (p * q for _, p, q in self.items), 0)

    def _add(self, name, price, qty=1):
        self.items.append((name, price, qty))
        self.__dict__.pop("total", None)

    add_apple = functools.partialmethod(_add, "apple", 3)


b = Basket([("pen", 2, 3), ("pad", 5, 1)])
print(b.total, b.total, b.computations)
b.add_apple(qty=4)
print(b.total, b.computations, "total" in vars(b))

print("-- reduce and operator")
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2], 0), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]))
items = [("pen", 2, 3), ("pad", 5, 1), ("ink", 5, 2), ("cap", 1, 10)]
print(sorted(items, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(0), items)))
print(sorted(vs, key=operator.attrgetter("parts"))[0], operator.methodcaller("upper")("abc"),
      operator.methodcaller("split", ",", 1)("a,b,c"))


def by_price_then_name_desc(a, b):
    return (a[1] > b[1]) - (a[1] < b[1]) or (a[0] < b[0]) - (a[0] > b[0])


print(sorted(items, key=functools.cmp_to_key(by_price_then_name_desc)))
print(operator.add(2, 3), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3),
      operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]), operator.index(5),
      operator.length_hint(iter([1, 2, 3])), operator.is_(None, None), operator.not_(0))
