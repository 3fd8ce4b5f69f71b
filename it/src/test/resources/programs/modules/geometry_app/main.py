# A program with its own package: __init__.py re-exports, __all__, relative imports, submodule
# aliases, module attributes and sys.modules caching (each module body runs once).
import sys

print("main starts")
import geometry
import geometry.shapes as s
from geometry import units as u, Circle
from geometry.units import to_metres as tm
from geometry import *  # noqa: F403

print("after imports")
shapes = [Circle(50, "cm"), Rect(2, 3, "ft"), s.Rect(1, 1), geometry.Circle(1, "km")]
print(shapes)
print(f"total area {total_area(shapes):.4f} m^2")  # noqa: F405
print(tm(12, "in"), u.to_metres(3, "km"), geometry.to_metres is tm, u is geometry.units)
print(geometry.__version__, geometry.__doc__, geometry.registry.known)
print(sorted(n for n in dir(geometry) if not n.startswith("__")))
print(geometry.__all__, "_private_helper" in globals(), "Shape" in globals(), "total_area" in globals())
print(sorted(name for name in sys.modules if name.startswith("geometry")))
print(geometry.__name__, geometry.shapes.__name__, geometry.shapes.__package__, geometry.__package__)
print(geometry.__spec__.name, geometry.__path__[0].endswith("geometry"), geometry.__file__.endswith("__init__.py"))
import geometry.units
import geometry as again
print(again is geometry, sys.modules["geometry.units"] is u)
try:
    tm(1, "parsec")
except ValueError as e:
    print("ValueError:", e)
try:
    from geometry import does_not_exist  # noqa: F401
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0], "| name:", e.name)
try:
    import geometry.nope  # noqa: F401
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
print(__name__, s.Shape.__module__, Circle.__module__, Circle.__qualname__)
