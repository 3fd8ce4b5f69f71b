"""A small geometry package: shapes and unit conversion."""
from .units import to_metres, UNITS
from .shapes import Circle, Rect, Shape
from . import registry

__all__ = ["Circle", "Rect", "total_area", "to_metres"]
__version__ = "1.2.0"

print(f"geometry package initialised ({__name__})")


def total_area(shapes):
    return sum(s.area() for s in shapes)


def _private_helper():
    return "not exported by *"
