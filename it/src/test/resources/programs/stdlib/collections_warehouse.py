# A warehouse simulation on collections: Counter arithmetic and most_common, OrderedDict as an
# LRU shelf, ChainMap configuration layers, namedtuple records (_make, _replace, _asdict,
# defaults), deque as a bounded activity log and a rotating pick queue, defaultdict grouping.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Item = namedtuple("Item", "sku name weight price", defaults=(0.0,))
Order = namedtuple("Order", ["oid", "customer", "lines"])

catalog = [Item._make(row) for row in [("S1", "bolt", 0.01, 0.10), ("S2", "nut", 0.005, 0.05),
                                        ("S3", "gear", 0.4, 3.5), ("S4", "shaft", 2.5, 12.0)]]
catalog.append(Item("S5", "manual", 0.2))
by_sku = {it.sku: it for it in catalog}
print(catalog[0], catalog[-1].price, Item._fields, Item._field_defaults)
print(catalog[2]._asdict(), catalog[2]._replace(price=4.0))

stock = Counter({"S1": 500, "S2": 800, "S3": 20, "S4": 5, "S5": 40})
orders = [
    Order(1, "acme", Counter(S1=100, S2=100, S3=2)),
    Order(2, "globex", Counter(S4=3, S5=1)),
    Order(3, "acme", Counter(S1=450, S3=5)),
    Order(4, "initech", Counter(S4=4, S2=10)),
]

log = deque(maxlen=5)
backorders = Counter()
shipped_by_customer = defaultdict(Counter)
for order in orders:
    short = order.lines - stock
    can_ship = order.lines - short
    stock -= can_ship
    backorders += short
    shipped_by_customer[order.customer] += can_ship
    log.append(f"order {order.oid}: shipped {sum(can_ship.values())}, short {sum(short.values())}")
print("stock left:", sorted(stock.items()))
print("backorders:", dict(sorted(backorders.items())), "total", backorders.total())
for customer in sorted(shipped_by_customer):
    got = shipped_by_customer[customer]
    print(f"  {customer:<8} {got.most_common(2)} weight={sum(by_sku[s].weight * n for s, n in got.items()):.2f}")
print("log:", list(log))
print("top stock:", stock.most_common(3), "| elements of small:",
      sorted(Counter(S3=2, S4=1).elements()))
c1, c2 = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +c2, -c2)
c1.subtract(c2)
print(c1, c1 == Counter(a=2, b=-1, d=1), Counter("mississippi").most_common())


class Shelf(OrderedDict):
    """Recently used bins stay at the front; the oldest is evicted past capacity."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.evicted = []

    def touch(self, key, value=None):
        if key in self:
            self.move_to_end(key)
            if value is not None:
                self[key] = value
        else:
            self[key] = value
            if len(self) > self.capacity:
                old, _ = self.popitem(last=False)
                self.evicted.append(old)


shelf = Shelf(3)
for key in ["S1", "S2", "S3", "S1", "S4", "S5", "S1", "S2"]:
    shelf.touch(key, by_sku[key].name)
print(list(shelf.items()), shelf.evicted)
shelf.move_to_end("S1", last=False)
print(list(shelf), repr(OrderedDict(a=1)), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1),
      dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"pick_batch": 3, "unit": "kg", "express": False}
site = {"pick_batch": 4}
cli = {"express": True}
config = ChainMap(cli, site, defaults)
print(config["pick_batch"], config["unit"], config["express"], len(config), sorted(config))
local = config.new_child({"unit": "lb"})
local["pick_batch"] = 1
print(local["unit"], local["pick_batch"], config["pick_batch"], local.maps[0], local.parents["unit"])
del local["unit"]
print(local["unit"], dict(sorted(local.items())))
try:
    del local["express"]
except KeyError as e:
    print("KeyError:", e)

queue = deque(sorted(stock, key=stock.__getitem__))
rounds = []
while queue and len(rounds) < 7:
    batch = [queue.popleft() for _ in range(min(config["pick_batch"], len(queue)))]
    rounds.append(batch)
    if len(rounds) % 2:
        queue.extend(reversed(batch[1:]))
print(rounds)
d = deque(range(8))
d.rotate(3)
print(d, d.index(0), d.count(7))
d.rotate(-5)
d.extendleft("ab")
print(d, d[2], d[-1], len(d), d.maxlen)
d.remove(3)
d.insert(2, "x")
print(d, d.pop(), d.popleft(), deque("abc", maxlen=2))
groups = defaultdict(list)
for it in catalog:
    groups["heavy" if it.weight >= 0.4 else "light"].append(it.name)
print(dict(groups), groups.default_factory.__name__)
