# Positions CPython gives in less obvious places.
@decorator(
    arg,
)
def decorated(): pass
@first
@second
class Decorated: pass
x = (a)
x = ((a + b))
x = (a, b)
x = a, b,
f((a))
f(x for x in y)
f((x for x in y))
g(*args, **kwargs)
obj.method(
    1,
    2,
)[0].attr
"implicit" \
    "continuation"
("multi"
 "line")
x = [
    1,
    2,
]
lambda: (yield)
def gen():
    x = yield
    y = yield 1
    z = await w
    return (yield from it)
if (n := len(a)) > 10: pass
[y for x in data if (y := f(x))]
a[b][c](d)(e)
a.b.c.d
-x ** 2
not not x
a if b else c
x = \
    1
for i in range(3): x += i
while (line := read()):
    process(line)
class K(A, B,
        metaclass=M):
    def m(self, a: int = 1, *, b: "str" = 'x') -> None:
        pass
def posonly(a, b, /, c, d=1, *e, f, g=2, **h): pass
def annotated(*args: int, **kwargs: str): pass
def star_annotation(*args: *Ts): pass
f(a)(b)(c)
x[1:2:3]
x[::]
x[a, b:c, ...]
x[()]
{**a, 'b': 1}
print(*[1], *(2,), **{'a': 3})
global_var: "Annotated[int, 1]" = 1
