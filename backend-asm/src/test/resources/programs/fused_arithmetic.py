# Arithmetic expression trees the backend computes unboxed (long/double fast paths with a
# boxed fallback): every edge case must print what CPython prints.
import math


def poly(a, b, c):
    return a * b + c - a // 3 + b % 7


def floats(x, y, z):
    return (x * x + y * y + z * z) ** -1.5 * 0.01


def ratio(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def bits(a, b):
    return (a << b) | (a >> 1) ^ ~a & 0xFF


def neg_tree(a, b):
    return -a * b - -b


def mixed(a, b):
    return a * 2 + b / 4


def divs(a, b):
    return a // b + a % b


def fdivs(a, b):
    return a / b + a // b + a % b


def compare(a, b):
    if a * 2 < b + 1:
        return "lt"
    return "ge"


def compare_ne(a, b):
    if a + 0.0 != b * 1.0:
        return "ne"
    return "eq"


def count_while(n):
    i = 0
    total = 0
    while i < n:
        total += i * i % 7
        i += 1
    return total


def unbound(flag):
    if flag:
        x = 1
    return x * 2 + 1


def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, args, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, args, "raises", type(e).__name__, e)


class I(int):
    pass


class Loud(int):
    def __mul__(self, other):
        print("Loud.__mul__", int(self), other)
        return Loud(int(self) * other)

    def __add__(self, other):
        print("Loud.__add__", int(self), other)
        return int(self) + other


class F(float):
    pass


big = 2 ** 62
for args in [(1, 2, 3), (-7, 5, -11), (big, 4, 1), (-big, 2, -big), (2 ** 63 - 1, 1, 1), (2 ** 64, 3, 1),
             (1.5, 2, 3), (True, True, False), (I(5), 3, 2), (Loud(3), 4, 5), (3, 4, Loud(5))]:
    show(poly, *args)
for args in [(1.0, 2.0, 3.0), (0.0, 0.0, 0.0), (-0.0, -0.0, 1e-200), (1e200, 1e200, 1.0), (float("inf"), 1.0, 1.0),
             (float("nan"), 1.0, 1.0), (1, 2, 3), (F(1.0), 2.0, 3.0), (1.0, 2, 3.0)]:
    show(floats, *args)
for args in [(3, 10), (0, 0), (big, big), (1.5, 2), (-1, 0)]:
    show(ratio, *args)
for args in [(1, 3), (-1, 62), (1, 62), (1, 70), (-5, 0), (3, -1), (big, 1), (0, 1000)]:
    show(bits, *args)
for args in [(3, 4), (-(2 ** 63), 1), (2 ** 63 - 1, -1), (1.5, -0.0), (0.0, 2.0), (-0.0, -0.0)]:
    show(neg_tree, *args)
for args in [(3, 8), (3.0, 8), (2 ** 60, 1), (2 ** 53 + 1, 0.0)]:
    show(mixed, *args)
for args in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (-(2 ** 63), -1), (2 ** 63 - 1, -1), (0, 5)]:
    show(divs, *args)
for args in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (0.0, -1.0), (-0.0, 1.0), (7.5, 0.0), (1e308, 1e-308),
             (float("inf"), 2.0), (5.0, float("inf")), (-5.0, float("inf"))]:
    show(fdivs, *args)
for args in [(1, 3), (1, 2), (2 ** 62, 2 ** 63), (1.0, 3.0), (float("nan"), 1.0), (1, 2.5), (-0.0, 0.0)]:
    show(compare, *args)
for args in [(1.0, 1.0), (float("nan"), float("nan")), (0.0, -0.0), (2 ** 53 + 1, 2 ** 53 + 1)]:
    show(compare_ne, *args)
show(count_while, 1000)
show(count_while, 2.5)
show(unbound, True)
show(unbound, False)


def powers(x, y):
    return x ** y * 1.0


for args in [(2.0, 0.5), (-8.0, 1.0 / 3), (-2.0, 3.0), (-2.0, 2.0), (0.0, -1.0), (10.0, 400.0), (1.0, float("nan")),
             (float("nan"), 0.0), (-1.0, float("inf")), (2.0, -1074.0), (2, 3)]:
    show(powers, *args)


def accumulate(xs):
    acc = 0.0
    for x in xs:
        acc += x * x / (1.0 + x)
    return acc


show(accumulate, [0.5 * k for k in range(100)])
show(accumulate, [1, 2, 3])
show(accumulate, [-1.0])
print(math.copysign(1.0, neg_tree(0.0, 2.0)), math.copysign(1.0, floats(-0.0, 0.0, 1.0)))
