# Nested subpackages with `..` relative imports, module __getattr__/__dir__, importlib, and
# module objects as namespaces.
import importlib
import sys

import shop
from shop.core import catalog
from shop.services import Cart

catalog.add("A1", "tea", 450)
catalog.add("B2", "mug", 1299)
catalog.add("C3", "spoon", 125)
cart = Cart()
cart.add("A1", 2)
cart.add("C3", 4)
cart.add("A1")
print(cart.receipt())
print("subtotal", cart.subtotal(), "total", cart.total())
print("catalog size via module __getattr__:", catalog.size, dir(catalog))
try:
    catalog.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    cart.add("ZZ")
except KeyError as e:
    print("KeyError:", e)
mod = importlib.import_module("shop.core.money")
print(mod.Money is shop.Money, mod.__name__, importlib.import_module(".catalog", "shop.core") is catalog)
print(sorted(k for k in sys.modules if k.startswith("shop")))
try:
    shop.Money(1, "USD") + shop.Money(1)
except ValueError as e:
    print("ValueError:", e)
print(type(sys.modules["shop.core"]).__name__, shop.core.__package__, shop.services.cart.__package__)
