from ..core import catalog
from ..core.money import Money
from .. import Money as SameMoney

assert Money is SameMoney


class Cart:
    TAX = 0.2

    def __init__(self):
        self.lines = {}

    def add(self, sku, qty=1):
        catalog.lookup(sku)
        self.lines[sku] = self.lines.get(sku, 0) + qty

    def subtotal(self):
        total = Money(0)
        for sku, qty in self.lines.items():
            total = total + catalog.lookup(sku)[1] * qty
        return total

    def total(self):
        sub = self.subtotal()
        return sub + sub * self.TAX

    def receipt(self):
        rows = []
        for sku, qty in sorted(self.lines.items()):
            name, price = catalog.lookup(sku)
            rows.append(f"{qty} x {name:<10} {price * qty!r:>12}")
        return "\n".join(rows)
