# Class attributes vs instance attributes: shared mutable class state, shadowing, classmethods as
# alternative constructors, staticmethods, class-level counters, and __class__ assignment.


class Sensor:
    unit = "C"
    instances = 0
    readings_shared = []

    def __init__(self, name):
        self.name = name
        self.readings = []
        Sensor.instances += 1
        self.serial = Sensor.instances

    @classmethod
    def from_spec(cls, spec):
        name, _, unit = spec.partition(":")
        sensor = cls(name)
        if unit:
            sensor.unit = unit
        return sensor

    @staticmethod
    def c_to_f(value):
        return value * 9 / 5 + 32

    def record(self, value):
        self.readings.append(value)
        self.readings_shared.append((self.name, value))

    def display(self):
        values = self.readings if self.unit == "C" else [self.c_to_f(v) for v in self.readings]
        return f"{self.name}#{self.serial} [{self.unit}] {values}"


class HumiditySensor(Sensor):
    unit = "%"
    instances = 0

    def __init__(self, name):
        super().__init__(name)
        HumiditySensor.instances += 1


a = Sensor("kitchen")
b = Sensor.from_spec("garage:F")
h = HumiditySensor("bathroom")
for s, v in [(a, 21.5), (b, 10.0), (a, 22.0), (h, 55), (b, -5.0)]:
    s.record(v)
for s in (a, b, h):
    print(s.display())
print(Sensor.instances, HumiditySensor.instances, a.unit, b.unit, Sensor.unit, "unit" in vars(b), "unit" in vars(a))
print(Sensor.readings_shared is a.readings_shared is h.readings_shared, len(Sensor.readings_shared))
Sensor.unit = "K"
print(a.unit, b.unit, h.unit, HumiditySensor.__mro__[1].unit)
del b.unit
print(b.unit, Sensor.c_to_f(100), a.c_to_f(-40), type(Sensor.__dict__["c_to_f"]).__name__)
a.instances = 99
print(a.instances, Sensor.instances, b.instances)


class Celsius:
    def __init__(self, v):
        self.v = v

    def show(self):
        return f"{self.v}°C"


class Fahrenheit:
    def __init__(self, v):
        self.v = v

    def show(self):
        return f"{self.v}°F"


t = Celsius(30)
print(t.show(), type(t).__name__)
t.__class__ = Fahrenheit
print(t.show(), type(t).__name__, isinstance(t, Celsius))


class Config:
    defaults = {"retries": 3}

    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}

    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(name) from None


c = Config(timeout=5)
print(c.retries, c.timeout, hasattr(c, "verbose"), Config.defaults)


class Node:
    count = 0

    def __init__(self):
        type(self).count += 1


class Leaf(Node):
    pass


for cls in (Node, Leaf, Leaf, Node, Leaf):
    cls()
print(Node.count, Leaf.count, "count" in Leaf.__dict__)
print(sorted(k for k in vars(Sensor) if not k.startswith("__")))
