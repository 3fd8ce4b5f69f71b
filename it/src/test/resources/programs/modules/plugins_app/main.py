# Plugins discovered at run time with importlib, registration on import, a namespace package
# without __init__.py, and the order in which modules are executed.
import importlib
import sys

import plugins
from ns_tools.text import wrap
import ns_tools

print("before load:", sorted(plugins.REGISTRY))
names = plugins.load_all()
print("loaded:", names)
print("order:", plugins.LOAD_ORDER)
for name in names:
    print(f"  {name:<8} {plugins.REGISTRY[name]().apply('weft plugins')}")
print("private module imported?", "plugins._private" in sys.modules)
again = importlib.import_module("plugins.upper")
print("import is cached:", again is sys.modules["plugins.upper"], len(plugins.LOAD_ORDER))
print(wrap.boxed("namespace packages work"))
print("namespace package has no __file__:", getattr(ns_tools, "__file__", None) is None,
      "path entries:", len(list(ns_tools.__path__)))
print(ns_tools.__name__, wrap.__name__, ns_tools.__spec__.origin)
try:
    importlib.import_module("plugins._private")
except RuntimeError as e:
    print("explicit import runs it:", e)
print("failed module not cached:", "plugins._private" not in sys.modules)
