# A tour of builtins used in everyday scripts: type introspection, getattr family, iter with a
# sentinel, zip strict, enumerate, sorted/min/max keys, round, divmod, map/filter, print options.
import sys

values = [0, 1.5, "s", b"b", None, True, [1], (2,), {3: 4}, {5}, range(2), len, type, 3j]
print([type(v).__name__ for v in values])
print([isinstance(v, (int, float)) for v in values[:6]], issubclass(bool, int), callable(len), callable(3))


class Box:
    size = 3

    def __init__(self):
        self.items = []


box = Box()
print(getattr(box, "size"), getattr(box, "colour", "none"), hasattr(box, "items"), hasattr(box, "nope"))
setattr(box, "colour", "red")
print(vars(box), sorted(k for k in dir(box) if not k.startswith("_")))
delattr(box, "colour")
print(vars(box), type(box).__name__, type(box) is Box, Box.__name__, Box.__qualname__, Box.__module__)

lines = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(lines), "")))
counter = iter(range(100))
print(list(iter(lambda: next(counter), 5)))
print(list(zip("abc", [1, 2, 3], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", 10)), dict(enumerate("ab")), list(reversed(range(3))), list(reversed("abc")))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])), min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min(3, 1, 2), max("apple", "fig", key=len), min([], default=None), max([[1, 2], [3]], key=len))
print(round(3.14159, 2), round(1234, -2), round(-0.5), round(0.5), round(1.5), round(2.5), divmod(17, 5), divmod(-17, 5))
print(abs(-3), pow(3, 3), pow(2, 100, 97), sum([[1], [2]], []), sum(range(10), 100), sum([0.1] * 3))
print(list(map(str.upper, "abc")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(str.isdigit, "a1b2")))
print(any(x > 2 for x in [1, 2, 3]), all([]), bool([]), bin(10), oct(10), hex(255), int("ff", 16), chr(9731), ord("☃"))
print(format(1234.5678, ",.2f"), format(42, "08b"), repr("q"), ascii("é"), str(1.0), int(" 7 "), float("1e3"))
print(list(range(5, -5, -3)), slice(1, 10, 2).indices(5), "abcdef"[slice(None, None, -2)], len(range(0, 10**12, 7)))
print("a", "b", "c", sep="|", end="!\n")
print("no newline", end="")
print(" ... continued")
print(*[1, 2, 3], sep=", ")
print(file=sys.stdout)
print("flushed", flush=True)
print(hash(42) == hash(42.0), hash((1, 2)) == hash((1, 2)), isinstance(hash("x"), int))
print(globals()["__name__"], "box" in globals(), sorted(locals()) == sorted(globals()))
obj = object()
print(type(obj).__name__, obj == obj, obj != object(), isinstance(obj, object), object.__name__)
print(frozenset("aab") == {"a", "b"}, len(frozenset()), tuple(sorted({3, 1, 2})), list(dict.fromkeys("hello")))
print(next(iter([]), "default"), list(iter([1, 2]).__iter__()), len("🙂"), len(b"\xf0\x9f\x99\x82"))
print(sorted(set("mississippi")), sorted({1: 0, -1: 0}), sorted("Hello World".lower().split()))
print(memoryview(b"ab").tolist(), bytes(bytearray(b"x")), complex(1, 2).conjugate(), divmod(7.5, 2), max(1, 2.0))
