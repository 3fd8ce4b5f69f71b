# Decorators: plain, with arguments, stacked, class decorators, functools.wraps, memoizing.
import functools

call_log = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        call_log.append(f"{fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        wrapper.__name__ = f"repeat{times}_{fn.__name__}"
        return wrapper
    return decorate


def memoize(fn):
    cache = {}
    hits = [0]

    def wrapper(*args):
        if args in cache:
            hits[0] += 1
        else:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.hits = lambda: hits[0]
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(shout("hi"), shout.__name__)
print(paths(16, 16), len(paths.cache), paths.hits())
print(call_log)


def trace(prefix):
    def deco(fn):
        def inner(*a):
            print(f"{prefix} enter {fn.__name__}")
            r = fn(*a)
            print(f"{prefix} exit {fn.__name__} -> {r}")
            return r
        inner.__name__ = fn.__name__
        return inner
    return deco


@trace("outer")
@trace("inner")
def compute(x):
    return x * 7


compute(6)

registry = {}


def register(name=None):
    def deco(cls_or_fn):
        registry[name or cls_or_fn.__name__] = cls_or_fn
        return cls_or_fn
    return deco


@register()
class Circle:
    def __init__(self, r):
        self.r = r


@register("sq")
def square(x):
    return x * x


print(sorted(registry), registry["sq"](9), registry["Circle"](2).r)


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, "two"), [Point(i, i * i) for i in range(2)])


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@CountCalls
def greet(name):
    return f"hello {name}"


print(greet("a"), greet("b"), greet.calls, greet.__name__)


def validate(**checks):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for key, check in checks.items():
                if not check(kwargs[key]):
                    raise ValueError(f"{key}={kwargs[key]!r} fails {check.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco


def positive(v):
    return v > 0


@validate(qty=positive, price=positive)
def order(*, qty, price):
    return qty * price


print(order(qty=3, price=4))
try:
    order(qty=0, price=4)
except ValueError as e:
    print("rejected:", e)

deco_expr = [logged, memoize]


@deco_expr[1]
def cube(n):
    return n ** 3


print([cube(i % 3) for i in range(6)], cube.hits())


@functools.lru_cache(maxsize=None)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 3000), key=collatz), collatz.cache_info().hits > 0)
