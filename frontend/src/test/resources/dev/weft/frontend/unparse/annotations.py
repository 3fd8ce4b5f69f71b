# Annotation expressions; gen_unparse_goldens.py records the string CPython 3.13 makes of each
# under `from __future__ import annotations`.
from __future__ import annotations

a01: int
a02: List[int]
a03: Dict[str, Tuple[int, ...]]
a04: Callable[[int, str], None]
a05: int | None
a06: 'forward'
a07: "it's"
a08: 'say "hi"'
a09: 'both \' and "'
a10: b'bytes'
a11: 1
a12: 1.5
a13: 1e100
a14: 1e400
a15: 2j
a16: 1e400j
a17: -1
a18: not x
a19: ~x
a20: +x
a21: -(-x)
a22: (a + b) * c
a23: a + b * c
a24: a - (b - c)
a25: (a - b) - c
a26: a ** b ** c
a27: (a ** b) ** c
a28: -a ** b
a29: (-a) ** b
a30: a if b else c
a31: (a if b else c) if d else e
a32: a if (b if c else d) else e
a33: lambda: 1
a34: lambda x, y=1, *args, z, w=2, **kw: x
a35: lambda x, /, y: x
a36: lambda *, k: k
a37: a and b or c
a38: a and (b or c)
a39: not (a and b)
a40: a < b < c
a41: (a < b) < c
a42: a is not b
a43: a not in b
a44: x.y.z
a45: (1).real
a46: 1.5.real
a47: f(x)
a48: f(x, *args, k=1, **kw)
a49: f(x for x in y)
a50: f((x for x in y), 1)
a51: [x for x in y if x if not x]
a52: {x: y for x, y in z}
a53: {x for x in y}
a54: [a async for a in b]
a55: x[1:2]
a56: x[1:2:3]
a57: x[::2]
a58: x[:]
a59: x[1:2, 3]
a60: x[a, b]
a61: x[(a, b)]
a62: x[()]
a63: (a, b)
a64: (a,)
a65: ()
a66: [a, *b]
a67: {a, b}
a68: {a: b, **c}
a69: {}
a70: f'{x}'
a71: f'a{x!r:>{width}}b'
a72: f'{x=}'
a73: f'{{literal}} {x}'
a74: f'{ {1: 2}[1] }'
a75: f"it's {x}"
a76: f'{(lambda: 1)}'
a78: None
a79: True
a80: ...
a81: Literal['a', "b"]
a82: '\n\t\x00\u00e9\u2028'
a85: a | b & c ^ d
a86: (a | b) & c
a87: a << b >> c
a88: a @ b
a89: a // b % c
a90: 10 ** -2
a91: (-1) ** 2
a92: x[-1]
a94: (*a, b)
a95: f(*a)
a96: 0x10
a97: 1_000
a98: 0.1 + 0.2
a99: 'a' 'b'
b01: f'{x}' 'y'
b02: u'unicode'
b03: r'\d'
b04: (a for b in c)
b08: x.attr[0](1)
b09: (a, b)[0]
b10: (lambda: 1)()
b11: (a if b else c).d
b12: [*a, *b]
b13: f(a)(b)
b14: (x for x in (a, b))
b15: [x for x, in y]
b16: {**a, 'b': 1}
b17: a if b else lambda: c
b19: f'{x:{y}}'
b20: f'{3.14!s:.2}'
b21: f'{"q"}'
b22: a.b.c[d].e
b23: 1 if True else 2
b24: 1e16
b25: 1e-05
b26: 0.0001
b27: 12345678901234567890
b28: x[...]
b29: not not x
b30: -(+x)
b31: a < (b if c else d)
b32: (not a) == b
b33: a == (not b)
b34: (lambda: 1) if a else b
b37: total((d := x - c) * d for x in data)
b38: [y for x in z if (y := f(x))]
b39: "\U0001f600 \ud800"
b40: 1.0e-7j
b41: 0.5
b42: 123456789.123456789
b43: 2 ** 0.5
b44: a[b][c](d)(e).f
