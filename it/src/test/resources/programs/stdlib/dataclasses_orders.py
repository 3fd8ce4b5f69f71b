# dataclasses: defaults and default_factory, field options, ordering, frozen instances, __post_init__,
# InitVar, replace, asdict/astuple, slots and kw_only.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError


@dataclass
class Item:
    sku: str
    price_cents: int
    qty: int = 1
    tags: list[str] = field(default_factory=list)

    @property
    def total(self):
        return self.price_cents * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return replace(self, lat=self.lat + dlat, lon=self.lon + dlon)


@dataclass
class Order:
    number: int
    items: list[Item] = field(default_factory=list)
    discount_percent: InitVar[int] = 0
    total_cents: int = field(init=False, default=0)
    notes: str = field(default="", repr=False)

    def __post_init__(self, discount_percent):
        gross = sum(i.total for i in self.items)
        self.total_cents = gross - gross * discount_percent // 100


@dataclass(slots=True, kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


items = [Item("pen", 150, 3, ["office"]), Item("ink", 899), Item("pad", 425, 2)]
print(items[0], items[1].tags, items[0] == Item("pen", 150, 3, ["office"]), items[0] != items[1])
order = Order(7, items, discount_percent=10, notes="leave at door")
print(order)
print(order.total_cents, asdict(order)["items"][0], astuple(items[2]))
print([f.name for f in fields(Order)], [f.name for f in fields(Item) if f.default_factory is not list])
versions = [Version(1, 2), Version(1, 10), Version(0, 9, 9, "beta"), Version(1, 2, 0, "rc1"), Version(2)]
print(sorted(versions), max(versions), Version(1, 2) == Version(1, 2, 0, "other"))
print([str(v) for v in sorted(versions, reverse=True)])
home = Coordinate(52.52, 13.405)
print(home, home.moved(0.5, -1.0), hash(home) == hash(Coordinate(52.52, 13.405)), {home, Coordinate(52.52, 13.405)})
try:
    home.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
cfg = Config(host="localhost", debug=True)
print(cfg, replace(cfg, port=9090), hasattr(cfg, "__dict__"), Config.__slots__)
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
print(asdict(tree))
print(Item.__match_args__, Version.__eq__ is not object.__eq__, Coordinate.__hash__ is not None, Item.__hash__)
