# Metaclasses: __new__/__init__/__call__ on the metaclass, __prepare__, class registries,
# singletons, and interplay with __init_subclass__ and class keyword arguments.


class OrderedFieldsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {"_declared": []}

    def __new__(mcls, name, bases, namespace, **kwargs):
        fields = [k for k, v in namespace.items() if isinstance(v, Field)]
        namespace["_fields"] = tuple(fields)
        cls = super().__new__(mcls, name, bases, namespace)
        cls.table = kwargs.get("table", name.lower())
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls.table}>"


class Field:
    def __init__(self, default=None):
        self.default = default


class Model(metaclass=OrderedFieldsMeta):
    def __init__(self, **values):
        for f in self._fields:
            setattr(self, f, values.get(f, getattr(type(self), f).default))

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"


class User(Model, table="users"):
    name = Field("anon")
    age = Field(0)
    email = Field()


class Order(Model):
    item = Field()
    qty = Field(1)


print(User, Order, User._fields, Order._fields, type(User).__name__, isinstance(User, OrderedFieldsMeta))
print(User(name="ann", age=30), Order(item="pen"))


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, value=0):
        self.value = value
        print(f"  Config.__init__({value})")


a = Config(1)
b = Config(2)
print(a is b, a.value, len(SingletonMeta._instances))


class RegistryMeta(type):
    registry = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            RegistryMeta.registry[name.lower()] = cls


class Plugin(metaclass=RegistryMeta):
    def run(self):
        return f"{type(self).__name__} running"


class Exporter(Plugin):
    pass


class Importer(Plugin):
    def run(self):
        return super().run() + " (import mode)"


print(sorted(RegistryMeta.registry), [RegistryMeta.registry[k]().run() for k in sorted(RegistryMeta.registry)])


class Base:
    subclasses = []

    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__
        Base.subclasses.append(cls.tag)


class Alpha(Base, prefix="x-"):
    pass


class Beta(Alpha):
    pass


print(Base.subclasses, Alpha.tag, Beta.tag)

Dynamic = type("Dynamic", (Base,), {"greet": lambda self: "hi from " + type(self).__name__, "n": 3})
print(Dynamic().greet(), Dynamic.n, Dynamic.tag, Dynamic.__mro__[1].__name__, Base.subclasses[-1])


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("__doc__", f"auto doc for {name}")
        for key, value in list(ns.items()):
            if callable(value) and not key.startswith("__"):
                ns[key] = Meta.traced(key, value)
        return super().__new__(mcls, name, bases, ns)

    @staticmethod
    def traced(name, fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"  trace {name}{args[1:]} -> {result}")
            return result
        return wrapper


class Calc(metaclass=Meta):
    def add(self, a, b):
        return a + b

    def mul(self, a, b):
        return a * b


c = Calc()
c.mul(c.add(2, 3), 4)
print(Calc.__doc__, type(Calc) is Meta, type(Meta) is type, type(type) is type)
print(type(3).__name__, type(int).__name__, int.__class__.__name__, object.__class__.__name__)
print(issubclass(Meta, type), isinstance(Calc, type), Calc.__class__.__mro__)
try:
    class Broken(Model, Config):
        pass
except TypeError as e:
    print("TypeError:", e)
