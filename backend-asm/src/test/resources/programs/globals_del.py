x = 1
def read():
    return x
def write():
    global x
    x = 2
print(read())
write()
print(read(), x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def local_unbound():
    if False:
        y = 1
    return y
try:
    local_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleter():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(deleter())
lst = [1, 2, 3, 4]
del lst[1]
d = {"a": 1, "b": 2}
del d["a"]
print(lst, d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a, *rest = [1, 2, 3]
(p, q), r = (1, 2), 3
print(a, rest, p, q, r)
print(__name__)
g = globals()
g["made_here"] = 7
print(made_here, "g" in globals(), globals() is g)
def inner_globals():
    return globals()["made_here"]
print(inner_globals())
