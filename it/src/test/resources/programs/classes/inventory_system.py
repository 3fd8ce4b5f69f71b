# An inventory system with hand-written dataclass-like classes (eq, repr, ordering, hash).


def record(*fields, frozen=False):
    """Class decorator generating __init__, __repr__, __eq__, ordering and (when frozen) __hash__."""
    def build(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"unexpected field {k!r}")
                if k in values:
                    raise TypeError(f"duplicate field {k!r}")
                values[k] = v
            defaults = getattr(cls, "defaults", {})
            for f in fields:
                if f not in values:
                    if f not in defaults:
                        raise TypeError(f"missing field {f!r}")
                    values[f] = defaults[f]() if callable(defaults[f]) else defaults[f]
                object.__setattr__(self, f, values[f])
            if hasattr(self, "validate"):
                self.validate()

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        def __lt__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) < astuple(other)

        def __setattr__(self, name, value):
            if frozen:
                raise AttributeError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__lt__ = __lt__
        cls.__setattr__ = __setattr__
        cls.astuple = astuple
        cls.fields = fields
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        return cls
    return build


@record("sku", "name", frozen=True)
class Product:
    pass


@record("product", "quantity", "unit_cost", "tags")
class StockLine:
    defaults = {"tags": list, "unit_cost": 0}

    def validate(self):
        if self.quantity < 0:
            raise ValueError(f"negative quantity for {self.product.sku}")

    @property
    def value(self):
        return self.quantity * self.unit_cost


class Inventory:
    def __init__(self):
        self.lines = {}
        self.log = []

    def receive(self, product, quantity, unit_cost):
        line = self.lines.get(product)
        if line is None:
            self.lines[product] = StockLine(product, quantity, unit_cost)
        else:
            total = line.value + quantity * unit_cost
            line.quantity += quantity
            line.unit_cost = total // line.quantity
        self.log.append(("in", product.sku, quantity))

    def ship(self, product, quantity):
        line = self.lines.get(product)
        available = line.quantity if line else 0
        if available < quantity:
            self.log.append(("short", product.sku, quantity - available))
            quantity = available
        if quantity:
            line.quantity -= quantity
            self.log.append(("out", product.sku, quantity))
        return quantity

    def report(self):
        for line in sorted(self.lines.values(), key=lambda l: l.product):
            print(f"  {line.product.sku:<8}{line.product.name:<14}{line.quantity:>5} @ {line.unit_cost:>5} = {line.value:>7}")
        print(f"  total value {sum(l.value for l in self.lines.values())}")


bolt = Product("B-100", "bolt")
nut = Product("N-200", "nut")
gear = Product(name="gear", sku="G-050")
print(bolt, gear, bolt == Product("B-100", "bolt"), bolt != nut, sorted([nut, gear, bolt]))
print(hash(bolt) == hash(Product("B-100", "bolt")), len({bolt, nut, Product("B-100", "bolt")}))
inv = Inventory()
inv.receive(bolt, 100, 12)
inv.receive(nut, 500, 3)
inv.receive(bolt, 50, 15)
inv.receive(gear, 7, 450)
print("shipped", inv.ship(bolt, 120), inv.ship(gear, 10), inv.ship(Product("X-1", "ghost"), 1))
inv.report()
print(inv.log)
line = StockLine(nut, 3)
line.tags.append("loose")
print(line, StockLine(nut, 3).tags, line == StockLine(nut, 3, 0, ["loose"]), line.astuple()[1:])
for bad in [lambda: bolt.__setattr__("name", "x"), lambda: StockLine(nut), lambda: StockLine(nut, -1),
            lambda: Product("a", "b", "c"), lambda: Product("a", sku="b"), lambda: hash(line),
            lambda: bolt < line]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
