def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "done"

print(list(countdown(3)))
g = countdown(5)
print(next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def relay(n):
    result = yield from countdown(n)
    yield result

print(list(relay(2)))

def squares(n):
    for i in range(n):
        yield i * i

print(sum(squares(5)), list(x for x in squares(6) if x % 2 == 0))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        finally:
            print("finally in gen")

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
c.close()
print("closed")

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("generator exit")
        raise

k = closer()
next(k)
k.close()

def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner handled"
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "end"

o = outer()
print(next(o), o.throw(KeyError("k")), next(o), next(o, "exhausted"))
gen = (i * 10 for i in range(3))
print(gen.__name__, list(gen), list(gen))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
