# f-strings and format specs: fill, align, sign, #, 0, width, grouping, precision, types, nesting.
import math

values = [0, 7, -42, 255, 123456789, -1234567]
print("== integers")
for v in values:
    print(f"|{v:d}|{v:8d}|{v:<8}|{v:^8}|{v:>8}|{v:+d}|{v: d}|{v:08d}|{v:,}|{v:_}|")
for v in [0, 10, 255, 4096, -255]:
    print(f"|{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#X}|{v:#010x}|{v:_b}|{v:c}|" if v >= 0 else
          f"|{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#X}|{v:#010x}|{v:_b}|")

print("== floats")
floats = [0.0, -0.0, 1.0, 3.14159265358979, -2.5, 1e-7, 123456.789, 1e22, 0.1 + 0.2, 2.675]
for f in floats:
    print(f"{f!r:>22} {f:.2f} {f:10.3e} {f:g} {f:.3g} {f:%} {f:+.1f} {f:,.2f}")
for special in [math.inf, -math.inf, math.nan]:
    print(f"{special} {special:f} {special:F} {special:e} {special:E} {special:+g} {special:>8}")
print(f"{1234.5:=+12.2f}|{1234.5:*^15,.1f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{12345.678:.2e}")
print(f"{1e16:g}|{1e15:g}|{123456789.0:g}|{0.0001:g}|{0.00001:g}|{1.0:#g}|{10:3}")

print("== strings")
words = ["a", "tree", "héllo", "日本", "🙂ok", ""]
for w in words:
    print(f"[{w:<6}][{w:>6}][{w:^6}][{w:*^7}][{w:.2}][{w!r}][{w!a}]")

print("== nested and expressions")
width, prec = 12, 3
for x in [math.pi, math.e, math.sqrt(2)]:
    print(f"[{x:{width}.{prec}f}] [{x:>{width - 2}.{prec + 2}}] [{x:{'<' if x > 3 else '>'}10.2f}]")
name, count = "widget", 3
print(f"{name=}, {count = }, {count*2=:>5}, {name!r:>10}, {name.upper()=}")
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3.0}
for k, v in items.items():
    print(f"{k:.<14}{v:.>8.2f}")
print(f"{'{'}braces{'}'} {{literal}} {3+4} {'nested ' f'{1+1}'}")
print(f"""multi
line {name
    .title()} end""")
print(f"{'x' if count > 2 else 'y'} {[i * i for i in range(4)]} {dict(a=1)} {(1, 2)}")
print(f"{3:{'0'}{'>'}{5}}", f"{-3:0=6}", f"{42:=^9}", f"{True}", f"{True:d}", f"{None!s:>6}")

print("== format() and str.format")
print(format(255, "x"), format(3.5, "08.3f"), format("s", "^5"), format(10**20, ","))
print("{0}-{1}-{0}".format("a", "b"), "{x}/{y:.1f}".format(x=1, y=2.25), "{:>{}}".format("r", 4))
print("{0[1]} {1[k]} {2.real}".format([9, 8], {"k": "v"}, 3 + 4j))
print("%s %d %5.2f %-4s| %x %o %e %r %%" % ("s", 12, 3.14159, "l", 255, 8, 12345.6789, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7})


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text

    def __str__(self):
        return f"Money({self.cents})"

    def __repr__(self):
        return f"M<{self.cents}>"


m = Money(12345)
print(f"{m}|{m:>12}|{m!s}|{m!r}|{m:*<10}")
print(f"{complex(1.5, -2):.2f} {complex(0, 1)} {3-0j} {1e300*1e300} {-1e300*1e300}")
print(f"{10**30} {2**64:,} {-(2**70):_x} {1/3:.20f} {2/3!r}")
