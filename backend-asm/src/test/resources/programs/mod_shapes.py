"""Shapes helper module."""
__all__ = ["Square", "area_of"]

UNIT = 1
print("loading mod_shapes as", __name__)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def area_of(shape):
    return shape.area()


def _private():
    return "hidden"
