"""An inventory of a small warehouse, modelled with dataclasses."""
from __future__ import annotations

import dataclasses
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, replace
from decimal import Decimal
from enum import Enum
from typing import ClassVar


class Category(Enum):
    TOOLS = "tools"
    PAINT = "paint"
    GARDEN = "garden"


@dataclass(frozen=True, order=True)
class Sku:
    prefix: str
    number: int

    def __str__(self):
        return f"{self.prefix}-{self.number:04d}"

    @classmethod
    def parse(cls, text):
        prefix, number = text.split("-")
        return cls(prefix, int(number))


@dataclass(slots=True)
class Location:
    aisle: str
    shelf: int = 1

    def label(self):
        return f"{self.aisle}{self.shelf:02d}"


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: Sku
    name: str
    category: Category = field(compare=False)
    unit_price: Decimal = field(compare=False)
    quantity: int = field(default=0, compare=False)
    location: Location = field(default_factory=lambda: Location("A"), compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)
    instances: ClassVar[int] = 0

    def __post_init__(self):
        self.sort_key = (self.category.value, self.sku)
        Item.instances += 1

    @property
    def value(self):
        return self.unit_price * self.quantity


@dataclass
class Movement:
    sku: Sku
    delta: int
    _: KW_ONLY
    reason: str = "adjust"
    note: str = ""


@dataclass
class Discounted:
    item: Item
    percent: InitVar[int] = 10
    price: Decimal = field(init=False)

    def __post_init__(self, percent):
        self.price = (self.item.unit_price * (100 - percent) / 100).quantize(Decimal("0.01"))


@dataclass(kw_only=True)
class Supplier:
    name: str
    lead_days: int = 7
    skus: frozenset = frozenset()


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate {item.sku}")
        self.items[item.sku] = item

    def move(self, movement):
        item = self.items[movement.sku]
        if item.quantity + movement.delta < 0:
            raise ValueError(f"not enough {item.name}: have {item.quantity}, need {-movement.delta}")
        item.quantity += movement.delta
        self.log.append(movement)

    def total_value(self):
        return sum((i.value for i in self.items.values()), Decimal(0))

    def by_category(self):
        groups = {}
        for item in sorted(self.items.values()):
            groups.setdefault(item.category.name, []).append(item.name)
        return groups


inv = Inventory()
rows = [
    ("TL-0007", "hammer", Category.TOOLS, "12.50", 14, Location("B", 3), ["steel"]),
    ("TL-0002", "screwdriver set", Category.TOOLS, "19.99", 6, Location("B", 1), []),
    ("PT-0101", "white paint 5l", Category.PAINT, "31.00", 9, Location("C"), ["indoor"]),
    ("GD-0040", "rake", Category.GARDEN, "15.75", 3, None, ["outdoor", "seasonal"]),
    ("PT-0099", "primer 1l", Category.PAINT, "8.40", 25, Location("C", 2), []),
]
for sku, name, cat, price, qty, loc, tags in rows:
    kwargs = {"location": loc} if loc else {}
    inv.add(Item(Sku.parse(sku), name, cat, Decimal(price), qty, tags=tags, **kwargs))

print("items created:", Item.instances)
for item in sorted(inv.items.values()):
    print(f"{str(item.sku):8} {item.name:16} {item.category.value:7} {item.quantity:3} x {item.unit_price:>6}"
          f" @ {item.location.label()}  = {item.value:>8}")
print("total value:", inv.total_value())
print("groups:", inv.by_category())

hammer = inv.items[Sku("TL", 7)]
print(repr(hammer))
print(asdict(hammer)["location"], astuple(hammer.location))
print([f.name for f in fields(Item)], [f.name for f in fields(Item) if not f.compare])
print(Sku("TL", 2) < Sku("TL", 7), Sku("GD", 40) == Sku.parse("GD-0040"), len({Sku("A", 1), Sku("A", 1)}))
try:
    hammer.sku.number = 8
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)

for m in [Movement(Sku("TL", 7), -4, reason="sale"), Movement(Sku("GD", 40), -5, note="big order"),
          Movement(Sku("PT", 99), 10, reason="restock")]:
    try:
        inv.move(m)
        print("moved", m)
    except ValueError as e:
        print("refused", m.sku, "-", e)
try:
    Movement(Sku("TL", 7), 1, "sale")
except TypeError as e:
    print("TypeError:", e)

sale = Discounted(hammer, 25)
print(sale.price, Discounted(inv.items[Sku("PT", 101)]).price)
relabelled = replace(hammer, name="claw hammer", quantity=1)
print(relabelled.name, relabelled.quantity, hammer.name, hammer.quantity, relabelled == hammer)
acme = Supplier(name="ACME", skus=frozenset({Sku("TL", 7)}))
print(acme, Supplier(name="Garden Co", lead_days=14))
try:
    Supplier("nameless")
except TypeError as e:
    print("TypeError:", e)
loc = Location("D", 4)
try:
    loc.colour = "red"
except AttributeError as e:
    print("slots:", type(e).__name__)
print(Location.__slots__, dataclasses.is_dataclass(loc), dataclasses.is_dataclass(Inventory))
low = [i.name for i in sorted(inv.items.values(), key=lambda i: (i.quantity, i.name)) if i.quantity < 10]
print("low stock:", low)
summary = {cat.name: sum(i.quantity for i in inv.items.values() if i.category is cat) for cat in Category}
print("per category:", summary)
print("log:", [(str(m.sku), m.delta, m.reason) for m in inv.log])
