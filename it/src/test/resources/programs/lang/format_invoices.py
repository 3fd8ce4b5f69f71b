# Invoice and table rendering with every kind of string formatting: f-string format specs
# (fill, align, sign, width, grouping, precision, types, nested specs, !r/!s/!a, =), str.format
# with indexes, attributes and items, format_map, %-formatting, and custom __format__.
from datetime import date
from decimal import Decimal
from fractions import Fraction


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        # spec: optional 'c' suffix shows the currency; the rest applies to the amount
        show = spec.endswith("c")
        if show:
            spec = spec[:-1]
        text = format(self.cents / 100, spec or ",.2f")
        return f"{text} {self.currency}" if show else text

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"


class Line:
    def __init__(self, sku, name, qty, unit):
        self.sku, self.name, self.qty, self.unit = sku, name, qty, unit

    @property
    def total(self):
        return Money(self.qty * self.unit.cents, self.unit.currency)


lines = [
    Line("A-1", "Widget", 12, Money(250)),
    Line("B-22", "Gadget deluxe edition", 3, Money(10000)),
    Line("C-333", "Gizmo", 1, Money(123456789)),
    Line("D-4", "Ünïcode thing", 7, Money(99)),
]

width = 60
print(f"{' INVOICE ':=^{width}}")
print(f"{'Date:':<8}{date(2024, 3, 9):%d %B %Y (%a)}   {'No.':>6} {42:06d}")
print(f"{'SKU':<6}|{'Item':^22}|{'Qty':>5}|{'Unit':>10}|{'Total':>13}")
print(f"{'':-<6}+{'':-^22}+{'':->5}+{'':->10}+{'':->13}")
for ln in lines:
    name = ln.name if len(ln.name) <= 20 else ln.name[:19] + "…"
    print(f"{ln.sku:<6}|{name:^22}|{ln.qty:>5d}|{ln.unit:>10}|{ln.total:>13}")
grand = Money(sum(ln.total.cents for ln in lines))
print(f"{'Grand total':>45}{grand:>15c}")
print(f"{'VAT 20%':>45}{Money(grand.cents // 5):>15c}")

print("-- numbers")
n = 1234567.891
for spec in ["", "e", ".3e", "E", ".2f", ",.2f", "_.1f", "+.0f", " .1f", "g", ".3g", ".10g", "%", ".1%", "015.3f",
             "<15.2f", "^15.2f", ">+15,.1f", "=+15.2f", "*^20,.3f"]:
    print(f"{spec!r:>12} -> [{n:{spec}}]")
for v in [0, 7, -7, 255, 2**40, -(2**33)]:
    print(f"{v:>14,d} {v:#x} {v:#o} {v:#b} {v:_x} {v:+08d} {v: d}")
print(f"{0.1 + 0.2!r} {0.1 + 0.2!s} {1e16:.0f} {1e-7:g} {float('inf'):+f} {float('nan'):^7}|")
print(f"{Decimal('1234.5678'):,.2f} {Decimal('-0.000123'):.2e} {Decimal('12.5'):08.3f} {Fraction(22, 7):.5f}")
print(f"{3+4j:.2f} {complex(-1.5, 0.25):>20} {True:d} {ord('A'):c}{66:c}")

print("-- self-documenting and conversions")
qty, item = 3, "café"
print(f"{qty=} {item=!a} {qty * 2 = } {item!r:>10} {item!s:*<8}")
items = {"apples": 3, "kiwis": 12}
print(f"{items['apples']:03} {len(items):{'>'}{5}} {','.join(f'{k}={v}' for k, v in items.items())}")

print("-- str.format")
print("{0}{1}{0}".format("ab", "cd"), "{:>{w}.{p}}".format("truncated", w=8, p=4))
print("{0.name} x{0.qty} = {0.total:,.2fc}".format(lines[0]))
print("{d[apples]:>4} {d[kiwis]:<4}| {0!r:^12}".format("x", d=items))
print("{:%Y-%m-%d} {:{}{}}".format(date(2024, 1, 2), 3.14159, ".", "2f"))
print("{{literal}} {} {}".format(*"xy"), "{name}-{0}".format(1, name="kw"))
record = {"user": "ada", "visits": 1234567}
print("{user:>8}: {visits:,} visits".format_map(record))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("Dear {title} {user}, you have {visits:_} points".format_map(Defaulting(record)))

print("-- printf-style")
print("%s has %d items worth %.2f (%5.1f%%)" % ("cart", 4, 19.999, 12.345))
print("%-10s|%10s|%010.3f|%+d|% d|%x|%X|%#o|%e|%g" % ("left", "right", 3.14159, 5, 7, 255, 255, 8, 12345.678, 0.0001))
print("%(user)s logged in %(visits)08d times" % record, "%c%c" % (72, "i"), "%r %a" % ("é", "é"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 2.71828))
for bad in [("%d", "x"), ("%s %s", ("one",)), ("%z", 1), ("{0} {2}", None), ("{:d}", None)]:
    fmt, arg = bad
    try:
        print(fmt % arg if arg is not None else fmt.format(1.5, 2))
    except (TypeError, ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
