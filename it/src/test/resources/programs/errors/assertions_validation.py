# assert statements, validation helpers and an AssertionError that escapes (exit status 1).


def mean(values):
    assert values, "mean of empty sequence"
    return sum(values) / len(values)


def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)


print(mean([1, 2, 3, 4]), variance([2, 4, 4, 4, 5, 5, 7, 9]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
checks = [(x, x * x) for x in range(5)]
for x, sq in checks:
    assert sq == x ** 2, f"square mismatch at {x}"
print("checked", len(checks), "squares")


class Matrix2:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    def det(self):
        a, b, c, d = self.m
        return a * d - b * c

    def inverse(self):
        det = self.det()
        assert det != 0, f"singular matrix {self.m}"
        a, b, c, d = self.m
        return Matrix2(d / det, -b / det, -c / det, a / det)


print(Matrix2(4, 7, 2, 6).inverse().m)
print(Matrix2(1, 2, 3, 4).inverse().m)
print(Matrix2(1, 2, 2, 4).inverse().m)
print("unreachable")
