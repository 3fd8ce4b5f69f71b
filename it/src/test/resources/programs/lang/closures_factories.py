# Functions as values: factories, currying, composition, partial application by hand, memoization,
# callbacks with captured state, and late-binding pitfalls.


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    composed.__name__ = "∘".join(f.__name__ for f in fns)
    return composed


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried


def my_partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    return call


def inc(x):
    return x + 1


def double(x):
    return x * 2


def square(x):
    return x * x


pipeline = compose(square, double, inc)
print(pipeline(3), pipeline.__name__, compose()(7), compose(str, abs)(-5))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
power_of_two = my_partial(pow, 2)
print([power_of_two(n) for n in range(6)], my_partial(sorted, key=len)(["ccc", "a", "bb"]))


def make_accumulator():
    total = 0
    history = []

    def add(amount):
        nonlocal total
        total += amount
        history.append(amount)
        return total

    add.history = history
    return add


acc = make_accumulator()
print(acc(10), acc(5), acc(-3), acc.history)


def make_multipliers_wrong():
    return [lambda x: x * i for i in range(4)]


def make_multipliers_right():
    return [lambda x, i=i: x * i for i in range(4)]


def make_multipliers_factory():
    def factory(i):
        return lambda x: x * i
    return [factory(i) for i in range(4)]


print([m(10) for m in make_multipliers_wrong()], [m(10) for m in make_multipliers_right()],
      [m(10) for m in make_multipliers_factory()])


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


print(stairs(40), len(stairs.cache))


def event_counter():
    counts = {}

    def on(name):
        def handler(*_):
            counts[name] = counts.get(name, 0) + 1
            return counts[name]
        return handler

    return on, counts


on, counts = event_counter()
click, key = on("click"), on("key")
for _ in range(3):
    click()
key()
print(sorted(counts.items()))


def rate_limiter(limit):
    calls = []

    def allow(timestamp):
        while calls and calls[0] <= timestamp - 10:
            calls.pop(0)
        if len(calls) < limit:
            calls.append(timestamp)
            return True
        return False

    return allow


allow = rate_limiter(3)
print([allow(t) for t in [0, 1, 2, 3, 9, 10, 11, 12, 13, 25]])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
print({name: fn(7, 3) for name, fn in ops.items()})
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))), (lambda *a, **k: (a, k))(1, x=2))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
