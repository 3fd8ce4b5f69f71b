# Properties (getter/setter/deleter), custom descriptors (data and non-data), __set_name__,
# cached attributes, and attribute lookup order.


class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")


class Lazy:
    """A non-data descriptor: the computed value is stored in the instance dict, shadowing it."""

    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Employee:
    name = Typed(str)
    salary = Typed(int, minimum=0)

    def __init__(self, name, salary, first, last):
        self.name = name
        self.salary = salary
        self._first, self._last = first, last

    @property
    def full_name(self):
        return f"{self._first} {self._last}"

    @full_name.setter
    def full_name(self, value):
        self._first, self._last = value.split(" ", 1)

    @full_name.deleter
    def full_name(self):
        self._first = self._last = "?"

    @Lazy
    def badge(self):
        return f"{self._last.upper()}-{len(self.name) * 7 + self.salary % 97}"

    @property
    def monthly(self):
        return round(self.salary / 12, 2)


e = Employee("eng1", 120000, "Ada", "Lovelace")
print(e.name, e.salary, e.full_name, e.monthly)
e.full_name = "Grace Brewster Hopper"
print(e.full_name, e._first, e._last)
print(e.badge, e.badge, Employee.badge.calls, "badge" in vars(e))
del e.full_name
print(e.full_name)
for action in [lambda: setattr(e, "salary", -1), lambda: setattr(e, "salary", "lots"),
               lambda: setattr(e, "monthly", 1), lambda: delattr(e, "name"), lambda: setattr(e, "name", 5)]:
    try:
        action()
    except (TypeError, ValueError, AttributeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
print(type(Employee.name).__name__, Employee.salary.name, isinstance(Employee.full_name, property))
print(Employee.full_name.fget.__name__, Employee.monthly.fset)


class Celsius:
    def __init__(self):
        self._c = 0.0

    def get_c(self):
        return self._c

    def set_c(self, v):
        self._c = float(v)

    celsius = property(get_c, set_c, doc="temperature in C")

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32,
                          lambda self, f: self.set_c((f - 32) * 5 / 9))


t = Celsius()
t.celsius = 100
print(t.celsius, t.fahrenheit, Celsius.celsius.__doc__)
t.fahrenheit = -40
print(t.celsius, round(t.fahrenheit, 6))


class Shadow:
    attr = "class attr"

    def method(self):
        return "method"


s = Shadow()
s.attr = "instance attr"
s.method = lambda: "instance lambda"
print(s.attr, Shadow.attr, s.method(), Shadow.method(s), type(Shadow.__dict__["method"]).__name__)
del s.attr
print(s.attr)


class Bound:
    def who(self):
        return type(self).__name__

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


class SubBound(Bound):
    pass


m = SubBound().who
print(m(), m.__self__.__class__.__name__, m.__func__ is Bound.who, SubBound.make().who(), SubBound.helper(21))
print(Bound.__dict__["make"].__class__.__name__, Bound.__dict__["helper"].__class__.__name__, Bound.who.__qualname__)
