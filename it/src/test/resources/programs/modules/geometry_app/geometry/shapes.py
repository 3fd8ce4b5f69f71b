import math

from .units import to_metres
from . import registry

print(f"  loading {__name__}")


class Shape:
    def area(self):
        raise NotImplementedError

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.register(cls)


class Circle(Shape):
    def __init__(self, radius, unit="m"):
        self.radius = to_metres(radius, unit)

    def area(self):
        return math.pi * self.radius ** 2

    def __repr__(self):
        return f"Circle(r={self.radius:g}m)"


class Rect(Shape):
    def __init__(self, w, h, unit="m"):
        self.w, self.h = to_metres(w, unit), to_metres(h, unit)

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w:g}m x {self.h:g}m)"
