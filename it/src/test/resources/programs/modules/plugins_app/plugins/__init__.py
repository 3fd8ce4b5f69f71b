"""Plugin package: submodules register themselves when imported."""
REGISTRY = {}
LOAD_ORDER = []


def plugin(name):
    def register(cls):
        REGISTRY[name] = cls
        LOAD_ORDER.append(f"{cls.__module__}.{cls.__name__}")
        return cls
    return register


def load_all():
    import importlib
    import os
    here = os.path.dirname(__file__)
    for filename in sorted(os.listdir(here)):
        if filename.endswith(".py") and not filename.startswith("_"):
            importlib.import_module(f"{__name__}.{filename[:-3]}")
    return sorted(REGISTRY)
