nums = [1, 2, 3, 4, 5, 6]
print([n * n for n in nums if n % 2 == 0])
print({n: n * n for n in nums if n > 3})
print({n % 3 for n in nums})
print([(a, b) for a in range(3) for b in range(a)])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], list(zip(*matrix)))
offset = 10
print([n + offset for n in nums])
def scaled(k):
    return [k * v for v in range(3)], list(k + v for v in range(3))
print(scaled(5))
print(sorted({"b": 2, "a": 1}.items()), dict(zip("abc", range(3))))
print(any(n > 5 for n in nums), all(n > 0 for n in nums))
class Holder:
    base = 3
    values = [i * 2 for i in range(base)]
print(Holder.values)
print([y := 5, y ** 2])
