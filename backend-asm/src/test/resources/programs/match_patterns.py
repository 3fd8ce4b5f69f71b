class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative int {n}"
        case bool(b):
            return f"bool {b}"
        case str() as s:
            return f"str {s!r}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case (x,):
            return f"one {x}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle r={r} others={others}"
        case {"kind": kind}:
            return f"kind {kind}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case float(f):
            return f"number {f}"
        case None:
            return "none"
        case _:
            return "other " + type(v).__name__

for v in [0, 1, -5, 7, True, "hi", b"by", [1, 2, 3, 4], (9,), [1], {"kind": "circle", "r": 2, "c": 3},
          {"kind": "sq"}, {"r": 1}, Point(0, 0), Point(0, 3), Point(2, 3), 2.5, 1j, None, range(2), range(3)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 3:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
from collections import OrderedDict, deque, defaultdict
match OrderedDict(a=1):
    case {"a": v}:
        print("ordered", v)
match deque([1, 2]):
    case [a, b]:
        print("deque", a, b)
class D(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match D(x=1, y=2):
    case {"x": 1, **rest}:
        print("rest", rest)
match "abc":
    case [*_]:
        print("str is seq?!")
    case _:
        print("str is not a sequence")
match bytearray(b"ab"):
    case [*_]:
        print("bytearray seq?!")
    case bytearray(x):
        print("bytearray self", x)
