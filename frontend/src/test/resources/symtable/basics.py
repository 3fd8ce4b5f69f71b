"""Module docstring."""
import os.path
import collections.abc as cabc
from functools import partial, reduce as fold
from . import sibling
from .pkg import thing as other

x = 1
y: int = 2
z: str
(w): int = 3
obj.attr: int = 4
a, *b = c = [1, 2, 3]
del x
x += 1
print(undefined_name)


def params(p0, p1, /, a1, a2=default_value, *args, k1, k2=kw_default, **kwargs):
    local = p0 + a1
    del local
    return args, kwargs


def declared():
    global g1, g2
    g1 = 1
    return g2


async def coroutine(a):
    await a
    async for i in a:
        pass
    async with a as (b, c):
        pass
    return [i async for i in a]


def generator():
    yield 1
    yield from range(3)
    return 2


for i, (j, k) in enumerate([]):
    pass
else:
    pass

while cond():
    break

with open("f") as fh, open("g") as (gh, hh):
    pass

try:
    pass
except ValueError as err:
    pass
except (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass

try:
    pass
except* OSError as eg:
    pass

assert x, "message"
raise RuntimeError("boom") from err
if (walrus := 10) > 5:
    print(f"{walrus!r:>{width}}")
lam = lambda q, *r, s=1, **t: q + r + s + t + free_in_lambda
