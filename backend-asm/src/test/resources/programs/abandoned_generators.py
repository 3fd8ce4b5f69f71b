log = []

def gen(name, n=3):
    try:
        for i in range(n):
            log.append(f"{name} yield {i}")
            yield i
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    finally:
        log.append(f"{name} finally")

def show(title):
    print(title, log)
    log.clear()

for x in gen("a"):
    if x == 1:
        break
log.append("after loop")
show("break:")

def ret():
    for x in gen("b"):
        if x == 0:
            return x * 10
    return -1
log.append(f"returned {ret()}")
show("return:")

try:
    for x in gen("c"):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
show("exception:")

for x in gen("d", 2):
    pass
else:
    log.append("else")
show("exhausted:")

# nobody else's generator is closed
g = gen("e")
for x in g:
    break
log.append(f"next {next(g)}")
g.close()
show("held:")

def identity(it):
    return it
h = gen("f")
for x in identity(h):
    break
log.append(f"next {next(h)}")
h.close()
show("passed through:")

for x in iter(gen("g")):
    break
log.append("after iter loop")
show("iter():")

# nested loops, break inner
for x in gen("o", 2):
    for y in gen("i", 3):
        if y == 1:
            break
    log.append(f"outer {x}")
show("nested:")

# return through with and try/finally
class CM:
    def __enter__(self):
        log.append("enter")
    def __exit__(self, *a):
        log.append(f"exit {a[0].__name__ if a[0] else None}")

def through():
    with CM():
        for x in gen("w"):
            try:
                return x
            finally:
                log.append("inner finally")
through()
show("through with:")

def exc_through():
    with CM():
        for x in gen("we"):
            raise KeyError(x)
try:
    exc_through()
except KeyError:
    log.append("caught KeyError")
show("exception through with:")

# genexp loop
for x in (v * 2 for v in gen("ge")):
    if x == 2:
        break
log.append("after genexp loop")
show("genexp:")

# consumers
print(any(v == 1 for v in gen("any")))
show("any:")
print(next(v for v in gen("next") if v > 0))
show("next:")
print(all(v < 1 for v in gen("all")))
show("all:")
# comprehension raising
try:
    [1 // (1 - v) for v in gen("lc")]
except ZeroDivisionError:
    log.append("ZeroDivisionError")
show("listcomp raising:")
print({v: v for v in gen("dc")})
show("dictcomp:")

# method generator
class Box:
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            log.append("Box.items finally")
for x in Box().items():
    break
show("method:")

# continue does not close
for x in gen("k"):
    if x < 2:
        continue
show("continue:")

# in a generator: outer closed closes inner
def outer():
    for x in gen("inner"):
        yield x
o = outer()
next(o)
o.close()
show("outer close:")
