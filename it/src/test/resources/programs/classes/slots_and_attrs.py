# __slots__, __dict__, __getattr__/__getattribute__/__setattr__/__delattr__, __dir__, vars().


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"), Slotted.__slots__)
s.b = 2
print(s.b, type(Slotted.a).__name__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Slotted(1).b)
except AttributeError as e:
    print("AttributeError:", e)


class SlottedChild(Slotted):
    __slots__ = ("c",)


class DictChild(Slotted):
    pass


sc = SlottedChild(5)
sc.c = 6
dc = DictChild(7)
dc.anything = "ok"
print(sc.a, sc.c, hasattr(sc, "__dict__"), vars(dc), dc.a)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", [])

    def __getattr__(self, name):
        self._reads.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private attribute {name!r} is read-only")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r} through proxy")


class Target:
    def __init__(self):
        self.x = 10

    def double(self):
        return self.x * 2


t = Target()
p = Proxy(t)
print(p.x, p.double())
p.x = 21
print(t.x, p.double(), p._reads)
for action in [lambda: setattr(p, "_secret", 1), lambda: delattr(p, "x"), lambda: p.missing]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Audited:
    def __init__(self):
        self.log = []
        self.value = 1

    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)


au = Audited()
au.value
au.value
getattr(au, "nothing", None)
print(au.log)


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __dir__(self):
        return sorted(k for k in self.__dict__ if not k.startswith("_"))

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self.__dict__.get(key, f"<no {key}>")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


r = Record(name="widget", price=3, _hidden=True)
print(dir(r), r.get_name(), r.get_colour(), vars(r))
try:
    r.colour
except AttributeError as e:
    print("AttributeError:", e)
setattr(r, "colour", "red")
print(getattr(r, "colour"), hasattr(r, "size"), r.__dict__.pop("_hidden"), sorted(vars(r)))
delattr(r, "price")
print(dir(r))


class Counted:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        obj = super().__new__(cls)
        obj.serial = cls.instances
        return obj

    def __init__(self, label):
        self.label = label


class Special(Counted):
    instances = 100


xs = [Counted("a"), Counted("b"), Special("s")]
print([(x.label, x.serial) for x in xs], Counted.instances, Special.instances)


class Immutable:
    __slots__ = ("_x",)

    def __init__(self, x):
        object.__setattr__(self, "_x", x)

    def __setattr__(self, name, value):
        raise AttributeError("Immutable is read-only")

    @property
    def x(self):
        return self._x


im = Immutable(4)
try:
    im.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(im.x, Immutable.__dict__["__slots__"], "_x" in dir(im))
