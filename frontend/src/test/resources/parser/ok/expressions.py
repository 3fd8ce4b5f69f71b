a or b or c
a and b and not c
(a or b) and c
a < b <= c == d != e > f >= g is h is not i in j not in k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
-a ** -b
~a + +b - -c
a ** b ** c
(a + b) * c
x if y else z
lambda: 0
lambda x, y=1, *a, z, **k: x
lambda x, /, y: y
lambda *, k: k
(x := 10)
f(y := 1)
[y := 1, y ** 2]
a[0]
a[1:2]
a[::2]
a[:]
a[1:2:3, ::, ...]
a[*b]
a[*b, c]
a[b:=1]
f()
f(a, b, *c, d=1, **e)
f(*a, *b, c=1, *d, **e, **f)
f(x for x in y)
f((x for x in y), z)
obj.attr.method()(1)[2].x
await_ = 1
[1, 2, 3]
[]
()
(1,)
1, 2
(1, 2)
{1, 2}
{}
{1: 2, **x, 3: 4}
{**a}
{*a, b}
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[*a, *b]
(*a, b)
None, True, False, ...
0, 1, 0xff, 0o17, 0b101, 1_000_000, 1.5, 1e10, 1.5e-3, 2j, 1.5J, .5, 5., 00
10000000000000000000000000000000000000000
"str", 'str', """triple""", '''triple'''
"a" "b" 'c'
u"unicode" "more"
b"bytes" b'more'
rb"raw\d" br'raw'
r"\n" "\n\t\\\x41\101\u00e9\N{BULLET}"
"é ü 中文 😀"
f"plain"
f"{x}"
f"a{x}b{y}c"
f"{x!r} {x!s} {x!a}"
f"{x:>10}"
f"{x:{width}.{precision}}"
f"{x=}"
f"{ x = }"
f"{x=!s:>5}"
f"{x=:>5}"
f"{{literal}} {x}"
f"{'nested' + f'{inner}'}"
f"""multi
{line}
string"""
"a" f"b{x}" "c"
f"a" "b"
rf"raw\d{x}"
f"{x:}"
f"{a, b}"
f"{*a,}"
f'{"quotes"}'
f"{x!r:^{w}}"
f"{(lambda: 1)()}"
f"{yield}" if False else 0
x = (
    1 +
    2
)
s = ('implicit'
     'concatenation')
call(a,
     b)
not x
a if b else c if d else e
[(yield)]
