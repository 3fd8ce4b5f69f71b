# RecursionError from unbounded recursion is an ordinary, catchable exception; the program keeps
# working after it (the exact depth is implementation-specific and never printed).
import sys


def runaway(n):
    return runaway(n + 1) + 1


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


for fn in (runaway, mutual_a):
    try:
        fn(0)
    except RecursionError as e:
        print(f"{fn.__name__}: RecursionError: {e}")


class Node:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return f"Node({self.child!r})"


try:
    repr(Node())
except RecursionError as e:
    print("self-referencing repr:", type(e).__name__, isinstance(e, RuntimeError))


def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)


print("moderate recursion still works:", depth_sum(500))
nested = []
for _ in range(100):
    nested = [nested]
print("nested list repr length:", len(repr(nested)))
cyclic = [1, 2]
cyclic.append(cyclic)
d = {"self": None}
d["self"] = d
print(cyclic, d)
print("recursion limit positive:", sys.getrecursionlimit() > 0)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("fact(300) digits:", len(str(fact(300))))
