# Seed for the parser fuzz test: expressions, literals and comprehensions.
numbers = [0, 1_000, 0x_ff, 0o17, 0b1010, 1.5, .5, 5., 1e10, 1.5e-3, 3j, 1.5J, 0e0]
strings = ['single', "double", '''triple
single''', """triple double""", r'\raw', b'bytes\x00', rb'\d', u'unicode', 'é', '\N{BULLET}',
           'implicit' "concat", '\u00e9\U0001F600\x41\101\n\t\\']
ops = a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n
comparisons = a < b <= c > d >= e == f != g is h is not i in j not in k
logic = not a and b or c and not (d or e)
unary = -a + +b - ~c
conditional = a if b else c if d else e
walrus = [y := f(x), y ** 2]
calls = f(a, *args, key=v, **kw)(g)[1:2, ::3, ...].attr
slices = x[a:b:c], x[:], x[::], x[1:], x[:-1], x[a, b:c]
lists = [1, 2, *rest], (1,), (), {1, 2}, {}, {"k": v, **other}
comprehensions = [x for x in xs if x for y in x], {x for x in y}, {k: v for k, v in d.items()}, (g for g in h)
lambdas = lambda: 0, lambda *a, **k: (a, k)
starred = *a, *b
await_outside = f(await_ := 1)
ellipsis = ...
