#!/usr/bin/env python3
# a comment
import os, sys as system
from . import (a,
               b)   # trailing


@decorator(x=1)
class C(Base, metaclass=M):
    """Docstring."""

    def f(self, *args, **kw) -> None:
        x = [1, 2,
             3]  # inside brackets

        # comment at another indentation
        if x and not y or z is not None:
            pass
        elif x in y:
            return
        else:
            y = lambda a: a
    async def g(self):
        await z
        async with a as b:
            yield from c


total = 1 + \
    2
x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s >>= 8; r <<= 9
q &= 1; p |= 2; o ^= 3; n @= m; k = a @ b
cmp = a < b <= c > d >= e == f != g
shift = a << b >> c
res = a // b % c ** d
walrus = (y := 10)
arrow = ...
t = x[1:2, ::3]
match command:
    case [x, _] if x:
        pass
    case {"k": v, **rest}:
        pass
type Alias = int
print(not x, ~x, -x, +x, x | y & z ^ w)
global g
nonlocal_ = True is False
try:
    pass
except* E:
    pass
finally:
    del x
while True: break
for i in range(3): continue
with open(p) as f, open(q) as g: pass
assert x, "msg"
raise E from None
