# A miniature ORM: typed field descriptors with __set_name__, a metaclass collecting fields
# and registering models, __init_subclass__ hooks, __slots__ value objects, properties with
# setters/deleters, __class_getitem__ for typed queries, class/static methods, __getattr__
# fallbacks, __eq__/__hash__, __repr__, and the errors each layer raises.
class ValidationError(ValueError):
    pass


class Field:
    creation_order = 0

    def __init__(self, kind, *, default=None, required=True):
        self.kind, self.default, self.required = kind, default, required
        Field.creation_order += 1
        self.order = Field.creation_order

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if value is None and self.required:
            raise ValidationError(f"{self.name} is required")
        if value is not None and not isinstance(value, self.kind):
            raise ValidationError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class Query:
    def __class_getitem__(cls, model):
        return type(f"Query[{model.__name__}]", (cls,), {"model": model})

    def __init__(self, **where):
        self.where = where

    def run(self):
        return [r for r in self.model.rows if all(getattr(r, k) == v for k, v in self.where.items())]


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, table=None, **kwargs):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_fields", {}))
        cls._fields = {**inherited, **dict(sorted(fields.items(), key=lambda kv: kv[1].order))}
        if bases:
            cls._table = table or name.lower() + "s"
            mcls.registry[cls._table] = cls
        return cls

    def __len__(cls):
        return len(cls.rows)

    def __repr__(cls):
        return f"<model {cls.__name__} table={getattr(cls, '_table', None)}>"


class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, audited=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.rows = []
        cls.audited = audited

    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {sorted(unknown)}")
        for name, field in self._fields.items():
            setattr(self, name, values.get(name, field.default))
        type(self).rows.append(self)

    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({body})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._fields)

    __hash__ = None

    @classmethod
    def where(cls, **kw):
        return Query[cls](**kw).run()

    @staticmethod
    def table_names():
        return sorted(ModelMeta.registry)


class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __add__(self, other):
        if other == 0:
            return self
        if self.currency != other.currency:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


class Customer(Model, table="people"):
    name = Field(str)
    email = Field(str, required=False)
    vip = Field(bool, default=False)

    @property
    def domain(self):
        return self.email.split("@")[1] if self.email else None

    @domain.setter
    def domain(self, value):
        self.email = f"{self.name.lower()}@{value}"

    @domain.deleter
    def domain(self):
        self.email = None

    def __getattr__(self, item):
        if item.startswith("is_"):
            return getattr(self, item[3:])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {item!r}")


class Invoice(Model, audited=True):
    number = Field(int)
    customer = Field(Customer)
    total = Field(Money)


class CreditNote(Invoice):
    reason = Field(str, default="refund")


ada = Customer(name="Ada", email="ada@engines.org", vip=True)
bob = Customer(name="Bob")
inv1 = Invoice(number=1, customer=ada, total=Money(12050))
inv2 = Invoice(number=2, customer=bob, total=Money(999))
cn = CreditNote(number=3, customer=ada, total=Money(-500))
print(ada, bob, sep="\n")
print(list(Customer._fields), list(CreditNote._fields), Customer.name, Customer._table, CreditNote._table)
print(Model.table_names(), repr(Customer), len(Customer), len(Invoice), len(CreditNote), Invoice.audited,
      Customer.audited)
print(ada.domain, bob.domain, ada.is_vip, bob.is_vip)
bob.domain = "mail.example"
print(bob.email, bob.domain)
del bob.domain
print(bob.email, Customer.where(vip=True), [i.number for i in Invoice.where(customer=ada)])
q = Query[Customer]
print(q.__name__, q.model.__name__, issubclass(q, Query), Query[Invoice](number=2).run()[0].total)
print(sum(i.total for i in Invoice.rows), sum([Money(1), Money(2)], 0) == Money(3), {Money(5): "x"}[Money(5)])
print(Customer(name="Ada", email="ada@engines.org", vip=True) == ada, len(Customer))
m = Money(1)
try:
    m.rate = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(m, "__dict__"), Money.__slots__, type(Money.cents).__name__)
errors = [lambda: Customer(name=5), lambda: Customer(nam="x"), lambda: Invoice(number="7", customer=ada, total=m),
          lambda: Customer(), lambda: ada.missing, lambda: hash(ada), lambda: Money(1, "USD") + Money(1),
          lambda: setattr(inv1, "total", 5)]
for bad in errors:
    try:
        bad()
    except (ValidationError, TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(isinstance(ValidationError("x"), ValueError), type(Customer).__name__, type(Customer).__mro__[1].__name__)
