# __code__ attributes of functions, lambdas, generators and closures (co_* as CPython shows them).
def describe(a, /, b, c=1, *rest, d, e=2, **kw):
    total = a + b
    sq = [x * x for x in rest]
    def inner():
        return total + d
    return inner


c = describe.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars, c.co_flags, c.co_firstlineno)
i = describe(1, 2, d=3)
print(i.__code__.co_qualname, i.__code__.co_freevars, i.__code__.co_flags, i.__code__.co_varnames)
print(i.__code__ is i.__code__, type(c).__name__)


def gen(n):
    yield n


async def coro():
    pass


print(gen.__code__.co_flags, coro.__code__.co_flags, (lambda *a, **k: 0).__code__.co_flags)
print((lambda: 0).__code__.co_name, (lambda q: q).__code__.co_varnames)


def fib():
    memo = {}
    def f(n):
        if n in memo:
            return memo[n]
        memo[n] = r = n if n < 2 else f(n - 1) + f(n - 2)
        return r
    return f


print(fib().__code__.co_freevars, fib.__code__.co_cellvars, fib.__code__.co_varnames)
