# Operator precedence and evaluation order: arithmetic, bitwise, comparison chains, boolean
# short-circuiting, conditional expressions, augmented assignment on mutable and immutable objects.

print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 // 2 * 2 + 7 % 2, -7 // 2, 7 // -2, 1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1)
print(~0, ~-1, -~5, not 0 + 1, (not 0) + 1, 1 < 2 == 2 > 1, 1 < 2 < 3 < 2, 3 > 2 > 1 == 1)
print(True + 1 == 2, 1 == 1.0 == True, "a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) == (1, 2) != (2, 1))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3, 0 or 0.0 or "" or None, 1 and "x" and [0])
print(None is None is not False, 2 in [1, 2] in [[1, 2]], "b" not in "abc", not "b" in "abc")
calls = []


def trace(name, value):
    calls.append(name)
    return value


result = trace("a", 0) and trace("b", 1) or trace("c", 2) and trace("d", 3)
print(result, calls)
calls.clear()
result = trace("x", 1) < trace("y", 2) < trace("z", 0) < trace("w", 9)
print(result, calls)
calls.clear()
value = trace("base", [10, 20, 30])[trace("index", 1)] + trace("add", 5) * trace("mul", 2)
print(value, calls)
calls.clear()
d = {}
d[trace("key", "k")] = trace("value", "v")
print(d, calls)
calls.clear()
x, y = trace("first", 1), trace("second", 2)
print(x, y, calls)

n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 50
n <<= 2
n >>= 1
n |= 1
n &= 0b11110
n ^= 0b101
print(n)
s = "ab"
alias = s
s += "cd"
print(s, alias, s is alias)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
alias = t
t += (2,)
print(t, alias, t is alias)
f = 1.5
f /= 0.5
f **= 0.5
print(f, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5 * 2 ** 0.5 == 2, abs(2 ** 0.5 * 2 ** 0.5 - 2) < 1e-12)
grid = [[0] * 3 for _ in range(3)]
i = 0
grid[i][i := i + 1] = 5
print(grid, i)
counter = {"a": 0}
counter["a"] += 1
counter["a"] *= 10
print(counter)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
a, b = b, a = [1], [2]
print(a, b)
m = [1, 2, 3, 4, 5]
m[1:4] = m[3:0:-1]
print(m, m[::2], m[-2:], m[:-2], m[100:], m[-100:2])
print(divmod(-9, 4), -9 // 4, -9 % 4, 9 % -4, -(9 // 4), round(-2.5), round(-3.5), int(-2.5))
print(0.1 * 3, 0.1 * 3 == 0.3, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2 ** 1023 * 2.0 if False else "skip")
print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0, 2 ** 10, 2.0 ** 10, 10 ** -2, (-8) ** 2 / 4)
