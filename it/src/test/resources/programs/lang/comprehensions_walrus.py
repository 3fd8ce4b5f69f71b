# Comprehensions (list/set/dict/generator, nested, conditional), walrus, and star-unpacking.

grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print(grid)
print([row[i] for i, row in enumerate(grid)], [grid[i][3 - i] for i in range(4)])
transposed = [[row[c] for row in grid] for c in range(4)]
print(transposed[1])
flat = [x for row in grid for x in row if x % 3 == 0]
print(flat)
print({x % 5 for x in range(30)}, {x: x * x for x in range(6) if x & 1})
print(sorted({(a, b) for a in range(3) for b in range(a, 3)}))
print(sum(x * x for x in range(100)), max((len(w), w) for w in "a bb ccc dd".split()))
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
          if a * a + b * b == c * c]
print(pythag)
nested = {k: [v for v in range(k)] for k in range(4)}
print(nested)
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverse)

# scope of the loop variable: comprehension variables do not leak
x = "outer"
squares = [x * x for x in range(3)]
print(x, squares)

# walrus in comprehensions binds in the enclosing scope
data = [3, 8, 1, 9, 4, 12, 7]
running = 0
prefix = [running := running + v for v in data]
print(prefix, running)
big = [y for v in data if (y := v * 10) > 50]
print(big, y)


def chunks(seq, size):
    it = iter(seq)
    while chunk := [v for _, v in zip(range(size), it)]:
        yield chunk


print(list(chunks(range(11), 4)))

lines = ["alpha 3", "beta", "gamma 12", "delta x", "eps 5"]
parsed = []
for line in lines:
    if (parts := line.split()) and len(parts) == 2 and (num := parts[1]).isdigit():
        parsed.append((parts[0], int(num)))
print(parsed)
if (n := len(parsed)) > 2:
    print(f"{n} parsed entries")

# star-unpacking everywhere
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), *others, (c, d) = [(1, 2), (3, 4), (5, 6), (7, 8)]
print(a, b, others, c, d)
print([*range(3), *"xy", *{"k": 1}], (*[1, 2], 3), {*range(3), *[2, 5]})
merged = {**{"a": 1, "b": 2}, "b": 20, **dict(c=3)}
print(merged)


def spread(*args, **kwargs):
    return args, sorted(kwargs.items())


print(spread(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
for i, (name, *scores) in enumerate([("ann", 90, 85), ("bob", 70), ("cy",)]):
    print(i, name, scores, sum(scores) / len(scores) if scores else None)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(t) for t in zip(*zip(*matrix))])
a, b = b, a
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
lst[::2] = [None] * 4
print(lst)
del lst[-2:]
print(lst)
i = 0
while (i := i + 1) < 5:
    pass
print("walrus loop ended at", i)
print([(k, v) for k, v in zip("abc", range(10)) if (k, v) != ("b", 1)])
print(any(v > 10 for v in data), all(v > 0 for v in data), next((v for v in data if v > 8), None))
gen = (v * 2 for v in data)
print(next(gen), next(gen), list(gen), list(gen))
