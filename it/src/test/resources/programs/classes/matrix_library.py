# A matrix library with operator overloading, exact Fraction arithmetic, determinant, inverse.
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def _same_shape(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def determinant(self):
        n = self.shape[0]
        m = [[Fraction(v) for v in r] for r in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
        return det

    def inverse(self):
        n = self.shape[0]
        aug = [[Fraction(v) for v in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)


a = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
b = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(a + b)
print(a - b)
print(a @ b)
print(3 * a == a * 3, -a == a * -1, a.transpose() == a, b.transpose()[0, 2])
print("det a =", a.determinant(), "det b =", b.determinant())
inv = a.inverse()
print(inv)
print(a @ inv == Matrix.identity(3), (b @ b.inverse()) == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("F(90) =", fib[0, 1])
rot = Matrix([[0, -1], [1, 0]])
print(rot ** 4 == Matrix.identity(2), (rot ** 3).rows)
m = Matrix.zeros(2, 3)
m[1, 2] = Fraction(1, 3)
print(repr(m), m.shape)
for bad in [lambda: a @ Matrix([[1, 2]]), lambda: a + Matrix.zeros(2, 2), lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: a * a]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", hilbert.determinant())
print(hilbert.inverse())
