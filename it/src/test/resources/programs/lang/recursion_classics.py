# Classic recursive algorithms: towers of Hanoi, flood fill, power set, permutations with
# duplicates, expression generation (target sum), Ackermann, and mutual recursion.
import sys


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5], moves[-1])
moves = []
hanoi(12, "A", "C", "B", moves)
print(len(moves) == 2 ** 12 - 1, moves[2 ** 11 - 1])

IMAGE = [
    "..........",
    ".####.....",
    ".#..#..##.",
    ".####..##.",
    "......#...",
    "..###.#...",
]


def flood(grid, r, c, old, new):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + sum(flood(grid, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


canvas = [list(row) for row in IMAGE]
print("filled outside:", flood(canvas, 0, 0, ".", "~"))
print("filled inside:", flood(canvas, 2, 2, ".", "o"))
print("\n".join("".join(row) for row in canvas))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))


def unique_perms(chars):
    if len(chars) <= 1:
        return {chars}
    out = set()
    for i, ch in enumerate(chars):
        if ch in chars[:i]:
            continue
        for rest in unique_perms(chars[:i] + chars[i + 1:]):
            out.add(ch + rest)
    return out


print(sorted(unique_perms("aabc")), len(unique_perms("mississ")))


def expressions(digits, target):
    results = []

    def go(i, expr, value, last):
        if i == len(digits):
            if value == target:
                results.append(expr)
            return
        for j in range(i + 1, len(digits) + 1):
            part = digits[i:j]
            if len(part) > 1 and part[0] == "0":
                break
            n = int(part)
            if i == 0:
                go(j, part, n, n)
            else:
                go(j, f"{expr}+{part}", value + n, n)
                go(j, f"{expr}-{part}", value - n, -n)
                go(j, f"{expr}*{part}", value - last + last * n, last * n)

    go(0, "", 0, 0)
    return results


print(expressions("123", 6), expressions("232", 8), len(expressions("123456789", 100)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 10))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(300), is_odd(301), is_even(7))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n else "0"


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), [binary(n) for n in (1, 2, 5, 255, 1024)])
print("recursion limit untouched:", sys.getrecursionlimit() >= 1000)
