# Built-in containers: list/tuple/dict/set operations, sorting with keys, slicing, copying.

inventory = [("apple", 3, 0.5), ("pear", 0, 0.75), ("fig", 12, 0.2), ("kiwi", 3, 0.3), ("date", 7, 1.1)]
print(sorted(inventory))
print(sorted(inventory, key=lambda t: (-t[1], t[0])))
print(sorted(inventory, key=lambda t: t[1] * t[2], reverse=True)[:2])
names = [t[0] for t in inventory]
names.sort(key=len)
print(names, names.index("fig"), names.count("kiwi"))
stack = []
for n in range(5):
    stack.append(n * n)
print(stack.pop(), stack.pop(0), stack, stack.insert(1, 99), stack)
stack.extend([7, 8])
stack.remove(99)
stack.reverse()
print(stack, stack[::-1], stack[1:-1], stack[-100:100], stack[5:1], len(stack))
copy = stack.copy()
copy[0] = "changed"
print(stack[0], copy[0], stack == copy, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested, [[0] * 3 for _ in range(2)])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (5,), tuple("ab"), 2 in t, hash(t) == hash((1, 2, 3, 2)))
d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"a": 10}, z=26)
print(d, list(d), list(d.values()), list(d.items())[-1], len(d))
print(d.get("q"), d.get("q", 0), d.setdefault("e", 5), d.pop("b"), d.pop("q", "none"), d.popitem(), d)
print("a" in d, 10 in d, sorted(d, key=d.get), dict.fromkeys("xyz", 0), dict(zip("ab", [1, 2])))
d2 = d | {"new": 1}
d |= {"a": -1}
print(d, d2, {1: "a"} == {1.0: "a"}, dict(sorted({"y": 1, "x": 2}.items())))
del d["a"]
print(d, {k: v for k, v in d2.items() if isinstance(v, int) and v > 4})
keys_view = d2.keys()
d2["late"] = 0
print(list(keys_view)[-1], len(keys_view), keys_view & {"c", "zz"} == {"c"}, reversed(d2).__next__())
s = {3, 1, 4, 1, 5, 9, 2, 6}
u = {5, 6, 7, 8}
print(sorted(s), s & u, sorted(s | u), sorted(s - u), sorted(s ^ u), s.isdisjoint({100}), {1, 2} <= s, {1, 2} < {1, 2})
s.add(10)
s.discard(3)
s.discard(300)
print(sorted(s), len(s), 10 in s, sorted(s.union([11], (12,))), s.intersection(range(5)), frozenset([1, 2]) == {1, 2})
try:
    s.remove(300)
except KeyError as e:
    print("KeyError", e)
fs = frozenset({1, 2, 3})
print({fs: "frozen as key"}[frozenset([3, 2, 1])], sorted(fs | {4}), type(fs | {4}).__name__)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix], [r[1] for r in matrix], matrix[1][-1], sum(map(sum, matrix)))
print(list(range(10, 0, -3)), range(0, 20, 5)[2], len(range(0, 100, 7)), 14 in range(0, 100, 7), range(5)[::-1])
print(list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), sorted("banana", reverse=True), sorted([[2], [1, 5], [1]]))
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
lst = list(range(10))
del lst[::3]
print(lst, lst.clear(), lst, [] == [], [] is not [], list("héllo"), [*"ab", *range(2)])
print(all([]), any([]), min("bca"), max([1, 3, 2], key=lambda v: -v), max([], default="empty"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]))
print(bytearray(b"abc") + b"d", list(b"AZ"), bytes([65, 66]), b"x" * 3, b"a,b".split(b","))
