"""Module docstring."""
import os
import os.path as p, sys
from . import a
from ..pkg.mod import (b as c, d,)
from ... import *
from .... import x
x = 1
x = y = [1, 2]
a, b = b, a
*a, b = c
[a, *b] = c
(a, b), c = d
x.attr = 1
x[0] = 1
x[1:2, ...] = 3
x += 1
x.y -= 2
x[0] **= 3
x: int
x: int = 5
(x): int = 5
x.y: list[int] = []
del x, y[0], z.a
del (a, b), [c]
assert x, "message"
assert x
pass
global g1, g2
nonlocal n1
raise
raise E
raise E from cause
return
return 1, 2
return *a, b
y = yield
y = yield x
y = yield from z
x = 1; y = 2;
type Alias = int
type Generic[T, *Ts, **P] = dict[T, P]
type WithDefaults[T: int = bool, *Ts = *tuple[int], **P = [int]] = T
type = 1
match = 2
print(type, match)
