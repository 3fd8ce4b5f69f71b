# Formatting a shop receipt and a text table: alignment, padding, thousands separators, percentages,
# currency rounding in integer cents, and column layout computed from the data.

CART = [
    ("Organic bananas (1 kg)", 2, 189, "food"),
    ("Dark chocolate 85%", 3, 249, "food"),
    ("USB-C cable, 2 m", 1, 1299, "electronics"),
    ("Notebook A5", 4, 350, "office"),
    ("Espresso beans 1 kg", 1, 2490, "food"),
    ("Ballpoint pens (10 pack)", 2, 575, "office"),
]
VAT = {"food": 7, "electronics": 19, "office": 19}
DISCOUNT_OVER = 5000
DISCOUNT_PERCENT = 5


def money(cents):
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{frac:02d}"


def round_half_up(numerator, denominator):
    q, r = divmod(numerator, denominator)
    return q + (2 * r >= denominator)


width = 48
print("=" * width)
print(f"{'WEFT GROCERIES':^{width}}")
print(f"{'receipt #000123':^{width}}")
print("=" * width)
subtotal = 0
vat_by_rate = {}
for name, qty, unit, category in CART:
    line = qty * unit
    subtotal += line
    rate = VAT[category]
    vat_by_rate[rate] = vat_by_rate.get(rate, 0) + line
    label = name if len(name) <= 26 else name[:25] + "…"
    print(f"{label:<26} {qty:>2} x {money(unit):>6} {money(line):>8}")
print("-" * width)
print(f"{'Subtotal':<38}{money(subtotal):>10}")
discount = 0
if subtotal > DISCOUNT_OVER:
    discount = round_half_up(subtotal * DISCOUNT_PERCENT, 100)
    print(f"{f'Discount {DISCOUNT_PERCENT}%':<38}{money(-discount):>10}")
total = subtotal - discount
print(f"{'TOTAL':<38}{money(total):>10}")
print("-" * width)
for rate in sorted(vat_by_rate):
    gross = vat_by_rate[rate] * total // subtotal
    net = round_half_up(gross * 100, 100 + rate)
    print(f"  VAT {rate:>2}% on {money(gross):>8}: net {money(net):>8} tax {money(gross - net):>6}")
print(f"{'Paid (card)':<38}{money(total):>10}")
print("=" * width)

stats = [("north", 1523400, 0.1234), ("south", 987, -0.05), ("east", 45000000, 1.5), ("west", 0, 0.0)]
headers = ("region", "revenue", "growth")
cells = [(r, f"{v:,}", f"{g:+.1%}") for r, v, g in stats]
widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.upper().center(w) for h, w in zip(headers, widths)) + " |")
print(sep)
for c in cells:
    print("| " + " | ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(c, widths))) + " |")
print(sep)
print(f"{'total':<{widths[0]}}   {sum(v for _, v, _ in stats):>{widths[1]},}")
for n in [0, 1, 999, 1000, 123456, 1234567, 10**9, 2**40]:
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    size, unit = float(n), 0
    while size >= 1024 and unit < len(units) - 1:
        size /= 1024
        unit += 1
    print(f"{n:>15,} bytes = {size:7.2f} {units[unit]:<3} | {n:>15_d} | {n:#x}")
