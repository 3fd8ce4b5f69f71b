# operator and collections: itemgetter/attrgetter/methodcaller; deque, defaultdict, OrderedDict,
# Counter, namedtuple, ChainMap.
import operator as op
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

rows = [("ann", 31, "ops"), ("bob", 25, "dev"), ("cy", 35, "dev"), ("dee", 25, "ops")]
print(sorted(rows, key=op.itemgetter(1, 0)), op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(1, None))(rows[1]))
Employee = namedtuple("Employee", "name age team", defaults=["none"])
staff = [Employee(*r) for r in rows] + [Employee("eve", 40)]
print(staff[-1], staff[0]._asdict(), Employee._fields, Employee._field_defaults)
print(sorted(staff, key=op.attrgetter("team", "name"))[0], op.attrgetter("name")(staff[1]))
print(staff[0]._replace(age=32), staff[1] == ("bob", 25, "dev"), staff[2].age + staff[3][1], Employee._make(["x", 1, "y"]))
upper = op.methodcaller("replace", "a", "A")
print([upper(r[0]) for r in rows], op.add(2, 3), op.mul("ab", 2), op.neg(5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.contains([1, 2], 2), op.getitem({"k": 1}, "k"), op.not_(0), op.truth([]), op.is_(None, None), op.index(7))
print(op.lt(1, 2), op.eq("a", "a"), op.concat([1], [2]), op.pow(2, 8), op.mod(-7, 3), op.xor(6, 3), op.lshift(1, 4))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.length_hint(iter(range(5))))

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d, d.count(3), d.index(4))
window = deque(maxlen=3)
moving = []
for v in [10, 20, 30, 40, 50, 60]:
    window.append(v)
    moving.append(sum(window) / len(window))
print(moving)

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]:
    graph[a].append(b)
print(dict(graph), graph["zzz"], "zzz" in graph, graph.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
for team, name in [("dev", "bob"), ("dev", "cy"), ("ops", "ann"), ("dev", "bob")]:
    nested[team][name] += 1
print({k: dict(v) for k, v in nested.items()})

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

c = Counter("abracadabra")
print(c, c.most_common(3), c["z"], sorted(c.elements())[:6], c.total())
c2 = Counter(a=1, b=10, z=3)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2), +Counter(a=-1, b=2))
c.subtract("aaaaa")
print(c, Counter({"x": 0, "y": -1}) + Counter(), Counter("mississippi").most_common())
words = "one two three two three three".split()
print(Counter(words).most_common(1), max(Counter(words).items(), key=op.itemgetter(1)))

defaults = {"color": "red", "size": "M", "debug": False}
user = {"size": "L"}
cli = {"debug": True}
config = ChainMap(cli, user, defaults)
print(config["color"], config["size"], config["debug"], len(config), sorted(config))
child = config.new_child({"color": "blue"})
child["size"] = "XL"
print(child["color"], child["size"], config["size"], child.maps[0], list(child.parents.maps[0]))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
x, y = p
print(p, x + y, p._fields, isinstance(p, tuple), Point(**{"x": 1, "y": 2}), p.__class__.__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
