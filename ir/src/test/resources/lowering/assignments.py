"""Module docstring."""
import os.path
import collections.abc as cabc
from . import sibling
from .pkg import name as alias, other
from math import *

x: int = 1
a, (b, *rest), c = range(5)
grid = {}
grid[a, b] = x
grid[a] += 1
os.path.sep_count = 0
os.path.sep_count += len(rest)
del grid[a, b], x
first = last = None
if (n := len(rest)) > 1:
    first, *_, last = rest
assert n, f"empty {rest!r:>10} and {n:{b}d}"
