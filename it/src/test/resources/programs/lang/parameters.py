# Parameters: positional-only, keyword-only, defaults, *args, **kwargs, and the errors they raise.


def describe(a, b=2, /, c=3, *, d, e=5, **rest):
    return f"a={a} b={b} c={c} d={d} e={e} rest={sorted(rest.items())}"


print(describe(1, d=4))
print(describe(1, 20, 30, d=40))
print(describe(1, c=9, d=0, e=1, zz=7, b=8))


def varargs(first, *args, sep="-", **kwargs):
    return sep.join(str(v) for v in (first, *args)) + (f" {kwargs}" if kwargs else "")


print(varargs(1, 2, 3), varargs("x", sep="+"), varargs(0, 1, sep="", end="!"))


def safe_call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as exc:
        return f"TypeError: {exc}"


print(safe_call(describe, a=1, d=2))
print(safe_call(describe, 1))
print(safe_call(describe, 1, 2, 3, 4, d=5))
print(safe_call(lambda: describe(1, d=2, c=3, **{"c": 4})))
print(safe_call(varargs))
print(safe_call(lambda x, /: x, x=1))
print(safe_call(lambda *, k: k, 1))
print(safe_call(lambda a, b: a, 1, 2, b=3))
print(safe_call(lambda: 0, 1))
print(safe_call(lambda a, b, c: 0, 1))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2), mutable_default(3, []))


def safer_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safer_default(1), safer_default(2))
counter = 10


def late_binding(x=counter):
    return x


counter = 20
print(late_binding(), describe.__defaults__, describe.__kwdefaults__)
print(describe.__code__.co_argcount, describe.__code__.co_posonlyargcount,
      describe.__code__.co_kwonlyargcount, describe.__name__, describe.__qualname__)


def annotated(x: int, y: "str" = "y", *args: float, z: list[int] | None = None, **kw: bool) -> tuple:
    return x, y, args, z, kw


print(annotated(1, "b", 1.5, z=[1], flag=True))
print({k: (v if isinstance(v, str) else getattr(v, "__name__", repr(v)))
       for k, v in annotated.__annotations__.items()})


def make_adder(n):
    def add(x, /, *, scale=1):
        return (x + n) * scale
    return add


add5 = make_adder(5)
print(add5(1), add5(1, scale=3), [make_adder(i)(i) for i in range(4)])


def recursive_kwargs(depth, **acc):
    if depth == 0:
        return acc
    return recursive_kwargs(depth - 1, **acc, **{f"level{depth}": depth * depth})


print(recursive_kwargs(4))
call_args = ((1, 2), {"d": 3})
print(describe(*call_args[0], **call_args[1]))
fns = [describe, varargs, make_adder]
print([f.__name__ for f in fns], callable(add5), add5.__qualname__)


def order_of_evaluation():
    log = []

    def v(name, value):
        log.append(name)
        return value

    def f(*a, **k):
        return a, k

    result = f(v("a", 1), *[v("b", 2)], c=v("c", 3), **{"d": v("d", 4)})
    return result, log


print(order_of_evaluation())
