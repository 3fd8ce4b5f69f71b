# match statements with every pattern kind: literal, capture, wildcard, value, group, sequence,
# mapping, class (positional via __match_args__ and keyword), or, as, guards, star patterns.
import math


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Color:
    RED = "red"
    GREEN = "green"


def classify(subject):
    match subject:
        case None:
            return "none"
        case True:
            return "true singleton"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case "quit" | "exit":
            return "command to stop"
        case b"raw":
            return "bytes literal"
        case Color.RED:
            return "value pattern: red"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number!r}"
        case str() as text if text.startswith("#"):
            return f"comment {text[1:].strip()!r}"
        case str(text):
            return f"string of {len(text)}"
        case []:
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [Point(x=0, y=0), *rest]:
            return f"starts at origin then {len(rest)} more"
        case [first, second]:
            return f"pair {first!r},{second!r}"
        case [first, *_, last] if first == last:
            return f"bookends {first!r}"
        case (head, *tail):
            return f"head {head!r} tail {tail!r}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extras={sorted(rest)}"
        case {"type": "event", "at": (int() as h, int() as m)}:
            return f"event at {h:02d}:{m:02d}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(cx, cy), r) if r > 0:
            return f"circle at ({cx}, {cy}) area {math.pi * r * r:.2f}"
        case Circle(_, radius=r):
            return f"degenerate circle r={r}"
        case _:
            return f"unmatched {type(subject).__name__}"


subjects = [
    None, True, False, 0, 0.0, -1, 1 + 2j, "quit", "exit", b"raw", "red", 101, 7, 2.5,
    "# note ", "hello", [], (), [42], [Point(0, 0), 1, 2], (1, 2), [3, 9, 3], [1, 2, 3],
    range(3), {"type": "user", "name": "ann", "age": 3, "tz": "x"}, {"type": "user", "name": 5},
    {"type": "event", "at": (9, 5)}, {"type": "event", "at": [9, "x"]}, {}, Point(0, 0),
    Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Circle(Point(1, 1), 2),
    Circle(None, 0), object(), "green", {1, 2}, "quitter", bytearray(b"raw"),
]
for s in subjects:
    label = s.__class__.__name__ if isinstance(s, (Point, Circle, object)) and not isinstance(
        s, (int, float, str, bytes, list, tuple, dict, complex, range, set, type(None), bytearray)) else repr(s)
    print(f"{label!s:<56} -> {classify(s)}")


def run_command(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["drop", item, "in", container]:
            return f"dropping {item} into {container}"
        case ["look"] | ["l"]:
            return "looking around"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"


for c in ["go north", "go up", "take lamp key", "take", "drop key in box", "l", "dance now", ""]:
    print(f"{c!r:>18} -> {run_command(c)}")


def evaluate(expr):
    match expr:
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("neg", a):
            return -evaluate(a)
        case int(v) | float(v):
            return v
        case ("let", str(name), value, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case _:
            raise ValueError(f"bad expression {expr!r}")


def substitute(expr, name, value):
    match expr:
        case str() if expr == name:
            return value
        case (op, *args):
            return (op, *[substitute(a, name, value) for a in args])
        case _:
            return expr


print(evaluate(("+", 2, ("*", 3, ("neg", 4)))))
print(evaluate(("let", "x", 5, ("*", "x", ("+", "x", 1)))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)

match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others)
match 5:
    case x:
        print("irrefutable capture bound x =", x)
