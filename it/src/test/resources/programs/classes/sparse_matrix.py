# A sparse matrix keyed by (row, col) tuples: __getitem__/__setitem__/__delitem__ with tuple and
# slice keys, iteration over non-zeros, arithmetic, equality, and a compact repr.


class SparseMatrix:
    def __init__(self, rows, cols, entries=None):
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (entries or {}).items():
            self[r, c] = v

    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"({r}, {c}) outside {self.rows}x{self.cols}")

    def __getitem__(self, key):
        r, c = key
        if isinstance(r, slice) or isinstance(c, slice):
            rows = range(*r.indices(self.rows)) if isinstance(r, slice) else [r]
            cols = range(*c.indices(self.cols)) if isinstance(c, slice) else [c]
            return [[self[i, j] for j in cols] for i in rows]
        self._check(r, c)
        return self.data.get((r, c), 0)

    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        if value:
            self.data[(r, c)] = value
        else:
            self.data.pop((r, c), None)

    def __delitem__(self, key):
        self.data.pop(tuple(key), None)

    def __iter__(self):
        return iter(sorted(self.data.items()))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return tuple(key) in self.data

    def __add__(self, other):
        out = SparseMatrix(self.rows, self.cols, self.data)
        for key, v in other.data.items():
            out[key] = out[key] + v
        return out

    def __matmul__(self, other):
        out = SparseMatrix(self.rows, other.cols)
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out

    def transpose(self):
        return SparseMatrix(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    def __eq__(self, other):
        return (self.rows, self.cols, self.data) == (other.rows, other.cols, other.data)

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def __repr__(self):
        cells = ", ".join(f"({r},{c})={v}" for (r, c), v in self)
        return f"SparseMatrix({self.rows}x{self.cols}: {cells})"


m = SparseMatrix(4, 5, {(0, 0): 1, (1, 3): 2, (3, 4): 5})
m[2, 2] = 7
m[0, 0] = 0
print(m, len(m), (1, 3) in m, (0, 0) in m, m[1, 3], m[3, 3])
print(m[1:3, 2:4], m[3, :], m[:, 4])
ident = SparseMatrix(5, 5, {(i, i): 1 for i in range(5)})
print((m @ ident) == m, m.transpose(), m.transpose().transpose() == m)
print(m + m, f"{m.density():.2f}")
product = m @ m.transpose()
print(product, list(product)[:2])
del m[2, 2]
print(m, len(m))
for bad in [(9, 0), (0, -1)]:
    try:
        m[bad]
    except IndexError as e:
        print("IndexError:", e)
big = SparseMatrix(1000, 1000, {(i, (i * 7) % 1000): i for i in range(0, 1000, 3)})
print(len(big), len(big @ big.transpose()), sum(v for _, v in big) == sum(range(0, 1000, 3)))
