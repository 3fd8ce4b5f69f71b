import mod_shapes
from mod_shapes import Square, area_of as area
from mod_shapes import *
import mod_shapes as shapes

print(mod_shapes.UNIT, area(Square(3)), shapes is mod_shapes, mod_shapes.__doc__)
print(area_of(Square(2)), mod_shapes.__name__)
try:
    from mod_shapes import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import sys
print("mod_shapes" in sys.modules, len(sys.argv))
if __name__ == "__main__":
    print("main guard")
