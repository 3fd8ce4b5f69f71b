from .money import Money

_items = {}


def add(sku, name, cents):
    _items[sku] = (name, Money(cents))


def lookup(sku):
    return _items[sku]


def __getattr__(name):
    # PEP 562: module-level __getattr__ for lazily computed attributes
    if name == "size":
        return len(_items)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["add", "lookup", "size"]
