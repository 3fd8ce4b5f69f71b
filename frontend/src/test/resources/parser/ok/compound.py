if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3
while x:
    break
else:
    continue
for i in range(10):
    pass
for a, (b, c) in d: pass
for *a, b in c: pass
for x, in y:
    pass
else:
    pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c): pass
with (a, b): pass
with (a, b) as c: pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
@decorator
@decorator.attr(arg)
@(lambda f: f)
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Docstring."""
    return a
def g(a, /, b, *, c): pass
def h(a=1, /, b=2, *, c, d=3): pass
def k[T](x: T) -> T: return x
def v(*args: *Ts): pass
async def coro():
    await x
    async for a in b:
        pass
    async with c as d, e:
        pass
    return [i async for i in aiter() if await i]
@dataclass
class C(Base, metaclass=Meta, **kw):
    x: int = 0
    def method(self): ...
class D: pass
class E[T: (int, str), *Ts, **P](Generic[T]): pass
class F(): pass
if True:
    if False:
        pass
    else:
        def nested():
            def deeper():
                nonlocal x
            return deeper
