# json: dumps options (indent, sort_keys, separators, ensure_ascii), loads with hooks, custom
# encoders, errors with positions, and round-tripping nested data.
import json

order = {
    "id": 1042,
    "customer": {"name": "Zoë Müller", "email": "zoe@example.com", "vip": True},
    "items": [
        {"sku": "A-1", "qty": 2, "price": 9.99},
        {"sku": "B-7", "qty": 1, "price": 120.0, "note": None},
    ],
    "tags": ["gift", "express", "🙂"],
    "ratio": 1e-7,
    "big": 2**70,
}
print(json.dumps(order))
print(json.dumps(order, ensure_ascii=False, sort_keys=True))
print(json.dumps(order["items"], indent=2))
print(json.dumps(order["customer"], separators=(",", ":"), sort_keys=True))
text = json.dumps(order)
back = json.loads(text)
print(back == order, type(back["big"]).__name__, back["tags"][2])
print(json.dumps([1.0, 0.1, -0.0, 1e100, float("inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("tab\t quote\" backslash\\ newline\n \u0001 é"))
print(json.loads('"\\ud83d\\ude42 \\u00e9"'), json.loads("[1, 2.50, -3e2, true, null]"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def decode_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


encoded = json.dumps({"path": [Point(0, 0), Point(3, 4)], "ids": {3, 1, 2}}, cls=PointEncoder)
print(encoded)
decoded = json.loads(encoded, object_hook=decode_point)
print([(p.x, p.y) for p in decoded["path"]], decoded["ids"])
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads("[1.5, 2]", parse_float=lambda s: f"float<{s}>", parse_int=lambda s: int(s) * 10))
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', "", '"unterminated', "[1] [2]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>16}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
print(json.dumps({"nested": {"deeper": {"deepest": [[], {}, [[]]]}}}, indent="\t"))
print(json.dumps([{"k": v} for v in range(3)], indent=1, separators=(",", ": ")))
