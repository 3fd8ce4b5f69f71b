def make_counter(start=0, *, step=1):
    count = start

    def advance(times=1, /, *extra, **options) -> int:
        nonlocal count
        count += step * times
        return count

    return advance


def total(*args, scale: float = 1.0, **kwargs):
    global calls
    calls = calls + 1
    return scale * sum(args, *kwargs.values())


def decorate(tag):
    def wrap(fn):
        return fn
    return wrap


@decorate("outer")
@decorate(tag="inner")
def greet(name):
    return f"hello {name}"


square = lambda v: v * v
calls = 0
print(total(1, 2, *[3, 4], scale=2, **{"extra": 5}), make_counter(1)(2))
