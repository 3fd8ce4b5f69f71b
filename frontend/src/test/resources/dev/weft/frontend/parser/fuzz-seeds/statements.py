"""Seed for the parser fuzz test: statements of every kind."""
import os.path as p, sys
from . import sibling
from ..pkg.mod import (a as b, c)
from m import *

x = y = 1
a, *b = c
x += 1; x -= 2; x *= 3; x @= m; x /= 4; x //= 5; x %= 6; x **= 7
x <<= 1; x >>= 2; x |= 3; x ^= 4; x &= 5
n: int
n: list[int] = []
del a[0], b.c, d
assert x, "message"
global g
type Alias[T] = dict[str, T]

if a:
    pass
elif b:
    ...
else:
    raise ValueError("x") from None

while True:
    break
else:
    continue

for i, (j, k) in enumerate(pairs):
    print(i, j, k, sep=", ", end="")
else:
    pass

try:
    risky()
except (TypeError, ValueError) as e:
    raise
else:
    ok()
finally:
    cleanup()

try:
    group()
except* OSError:
    pass

with open(path) as f, lock:
    data = f.read()

with (
    a as b,
    c as d,
):
    pass
