# global, nonlocal, closures over loop variables, class scopes and counters built from closures.

total = 0
history = []


def deposit(amount):
    global total
    total += amount
    history.append(amount)  # mutation needs no global statement
    return total


for amt in [10, 25, -5]:
    deposit(amt)
print(total, history)


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter(100, 5)
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
other_inc, _, other_peek = make_counter()
other_inc()
print(other_peek(), peek())

callbacks = [lambda: i for i in range(3)]
print([cb() for cb in callbacks])
bound = [lambda i=i: i for i in range(3)]
print([cb() for cb in bound])


def outer():
    x = "outer-x"

    def middle():
        x = "middle-x"

        def inner():
            nonlocal x
            x = x + "!"
            return x

        r = inner()
        return r, x

    return middle(), x


print(outer())


def shadow_test():
    results = []
    value = 1

    def reader():
        return value

    results.append(reader())
    value = 2
    results.append(reader())
    return results


print(shadow_test())


def unbound_local():
    try:
        print(total)
        total = 5  # noqa: makes total local for the whole function
    except UnboundLocalError as exc:
        return f"UnboundLocalError: {exc}"


print(unbound_local())


class Config:
    scale = 3
    values = [i * 2 for i in range(scale)]  # only the first iterable sees class scope
    doubled = scale * 2

    def method(self):
        return self.scale, Config.doubled


print(Config.values, Config.doubled, Config().method())


def accumulate():
    store = {}

    def put(k, v):
        store[k] = v
        return len(store)

    def get(k):
        return store.get(k, "missing")

    return put, get


put, get = accumulate()
put("a", 1)
put("b", 2)
print(get("a"), get("z"), put.__closure__ is not None, len(put.__closure__))
print([c.cell_contents for c in make_counter(7)[2].__closure__])


def generator_with_nonlocal():
    seen = 0

    def gen():
        nonlocal seen
        for i in range(3):
            seen += 1
            yield i

    return list(gen()), seen


print(generator_with_nonlocal())


def global_in_nested():
    def setter():
        global module_level
        module_level = "set from nested"

    setter()


global_in_nested()
print(module_level)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])


def fib_memo():
    memo = {0: 0, 1: 1}

    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib


fib = fib_memo()
print(fib(90), fib.__code__.co_freevars)
x = 0


def mixed():
    x = 10

    def g():
        global x
        x += 1
        return x

    return g(), x


print(mixed(), x)
