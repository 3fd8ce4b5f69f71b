# json.dumps and json.loads on awkward input: every key and value type, str/float/int
# subclasses, dict subclasses, sort_keys, skipkeys, separators, ensure_ascii, NaN rules,
# circular references, default=, deep nesting, and the decoder's errors and positions.
import json
import collections
import decimal
import enum
class IE(enum.IntEnum):
    A = 1
class FE(float): pass
class S(str): pass
class OD(collections.OrderedDict): pass
docs = [
    {"b": [1, 2.5, None, True, False], "a": {"x": "é\u2028\n\"\\\x7f", "y": []}, "z": {}},
    [1e16, 1e-7, -0.0, 0.1, 10**30, -(2**63), IE.A, FE(2.5), S("sub"), (1, 2)],
    collections.OrderedDict([("z", 1), ("a", 2)]), OD(k=1), collections.Counter("aab"),
    {3: 1, "b": 2, None: 3, 1.5: 4, False: 5, True: 6}, "plain 😀 text", 42, None,
]
for d in docs:
    print(json.dumps(d))
    print(json.dumps(d, ensure_ascii=False))
    print(json.dumps(d, separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
for bad in [{(1, 2): 3}, {"a": {1, 2}}, [float("nan")], {"k": float("inf")}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []; loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}; d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps(decimal.Decimal("1.5"), default=str), json.dumps({"d": {1, 2}}, default=sorted))
print(json.dumps([1, [2, [3]]], indent=2))
print(json.dumps("x"), json.dumps({"a": 1}, check_circular=False))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(Enc().encode({"s": {3, 1}}), json.JSONEncoder().encode([1]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
deep = []
cur = deep
for _ in range(100000):
    cur.append([]); cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
docs = ['{"a": [1, 2.5, -3e2, null, true, false, "x\\u00e9\\ud83d\\ude00y"], "b": {}, "c": []}', '"😀 plain"', '[1,]', '{"a" 1}', '{"a": 1,}', '"abc', '"a\\x"', '"a\x01"', '[1, 2', 'nul', '{"😀": "\\u12"}', '  [ "é\\n" ]  x']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.loads('"\\ud800"') == "\ud800", json.loads('{"a":1}', object_pairs_hook=list), json.loads('[1.5]', parse_float=str))
print(json.loads('"a\x01b"', strict=False), json.JSONDecoder().raw_decode('{"x": 1} tail'))
