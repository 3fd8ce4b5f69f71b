def greet(name, greeting="Hello", *rest, punct="!", **extra):
    return f"{greeting}, {name}{punct} {rest} {sorted(extra.items())}"

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
args = ("Cy", "Yo")
kwargs = {"punct": "."}
print(greet(*args, **kwargs))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
c()
c(5)
print(c())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

square = lambda v: v * v
print(list(map(square, [1, 2, 3])), (lambda: 42)())

def kwonly(a, /, b, *, c):
    return a + b + c

print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def defaults(a, b=[]):
    b.append(a)
    return b
defaults(1)
print(defaults(2))
print(greet.__name__, square.__name__, kwonly.__qualname__, make_counter().__qualname__)

def doc():
    """The docstring."""
print(doc.__doc__)
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
