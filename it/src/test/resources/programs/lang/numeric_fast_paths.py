# Operators on exact ints and floats take fast paths in the runtime; these pin that their
# results, types and errors are exactly CPython's, including the edge cases.
import math

floats = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 1.5, -1.5, 3.0, -3.0, 10.0,
          1e300, -1e300, 1e-300, math.inf, -math.inf, math.nan]
ints = [0, 1, -1, 2, -2, 3, -3, 10, 63, 64, -64, 2**62, 2**63, -2**63, 2**100]


def show(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    if isinstance(r, complex):
        return f"complex {r.real!r:.12} {r.imag!r:.12}"
    return f"{type(r).__name__} {r!r}"


print("float ** float")
for a in floats:
    print(repr(a), [show(lambda: a ** b) for b in floats])
print("float ** int")
for a in floats:
    print(repr(a), [show(lambda: a ** b) for b in ints[:12]])
print("int ** float")
for a in ints:
    print(a, [show(lambda: a ** b) for b in floats])
print("int ** int")
for a in ints:
    print(a, [show(lambda: a ** b) for b in [0, 1, 2, 3, -1, -2, 10, 63, 64]])
print(show(lambda: 2.0 ** (10 ** 400)))
print(show(lambda: (10 ** 400) ** 0.5))
print(show(lambda: 0 ** -1))
print(show(lambda: 0.0 ** -1))
print(show(lambda: (-8.0) ** (1 / 3)))
print(show(lambda: 10.0 ** 400))
print(show(lambda: 2 ** 10000 % 1000007))
x = 3.0
x **= 2
y = 7
y **= 70
print(x, y)


class MyFloat(float):
    def __pow__(self, other):
        return "MyFloat.__pow__"

    def __rpow__(self, other):
        return "MyFloat.__rpow__"


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


print(MyFloat(2.0) ** 3, 3 ** MyFloat(2.0), 2.0 ** MyFloat(2.0), MyInt(1) + 1, 1 + MyInt(1))
print(True ** 2, 2 ** True, True + True, 2.5 ** False)

# Overflow of machine integers into big ints, both signs, through every operator.
edge = [2**31 - 1, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
for a in edge:
    row = [a + 1, a - 1, a * 2, a * -3, -a, a * a, a // 3, a % 7, a << 1, a >> 1, abs(a)]
    print(row)
print(-(-2**63), (-2**63) // -1, (-2**63) * -1, divmod(-2**63, -1), abs(-2**63))

# Comparisons mixing ints and floats, exactly.
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (-0.0, 0), (math.nan, math.nan), (1, 1.0),
         (10**400, math.inf), (-10**400, -math.inf), (2**63, 9.223372036854776e18)]
for a, b in pairs:
    print([a < b, a <= b, a == b, a != b, a > b, a >= b])
