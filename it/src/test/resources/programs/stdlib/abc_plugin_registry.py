# A plugin registry built on abc: abstract base classes with abstract methods and properties,
# automatic registration through __init_subclass__, virtual subclasses through register(),
# structural checks through __subclasshook__, and collections.abc mixins for the registry itself.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc


class Exporter(ABC):
    """A plugin that turns records into text."""

    registry = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            Exporter.registry[fmt] = cls

    @property
    @abstractmethod
    def extension(self): ...

    @abstractmethod
    def render(self, records): ...

    def export(self, name, records):
        return f"{name}.{self.extension}", self.render(records)


class CsvExporter(Exporter, fmt="csv"):
    extension = "csv"

    def render(self, records):
        header = ",".join(records[0])
        rows = [",".join(str(r[k]) for k in records[0]) for r in records]
        return "\n".join([header] + rows)


class JsonishExporter(Exporter, fmt="json"):
    @property
    def extension(self):
        return "json"

    def render(self, records):
        parts = []
        for r in records:
            fields = ", ".join(f'"{k}": {v!r}' for k, v in r.items())
            parts.append("{" + fields + "}")
        return "[" + ", ".join(parts) + "]"


class HalfDone(Exporter, fmt="half"):
    extension = "half"


class Renderable(metaclass=ABCMeta):
    """Anything with a render method counts, registered or not."""

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Renderable:
            return any("render" in vars(k) for k in other.__mro__) or NotImplemented
        return NotImplemented


class LegacyReport:
    def to_text(self):
        return "legacy"


class Registry(collections.abc.Mapping):
    """A read-only view of the exporters that can be instantiated."""

    def __init__(self, table):
        self._table = {k: v for k, v in table.items() if not v.__abstractmethods__}

    def __getitem__(self, key):
        return self._table[key]

    def __iter__(self):
        return iter(sorted(self._table))

    def __len__(self):
        return len(self._table)


def main():
    records = [{"id": 1, "name": "ada"}, {"id": 2, "name": "bob"}]
    print("registered:", sorted(Exporter.registry))
    for fmt in sorted(Exporter.registry):
        cls = Exporter.registry[fmt]
        print(fmt, "abstract:", sorted(cls.__abstractmethods__))
        try:
            exporter = cls()
        except TypeError as e:
            print("  error:", e)
            continue
        filename, text = exporter.export("people", records)
        print("  ->", filename)
        for line in text.splitlines():
            print("    " + line)

    try:
        Exporter()
    except TypeError as e:
        print("base:", e)

    print("Renderable:", issubclass(CsvExporter, Renderable), issubclass(LegacyReport, Renderable))
    Exporter.register(LegacyReport)
    print("virtual:", issubclass(LegacyReport, Exporter), isinstance(LegacyReport(), Exporter),
          LegacyReport.__mro__[1:] == (object,))
    try:
        Exporter.register(42)
    except TypeError as e:
        print("register:", e)
    try:
        CsvExporter.register(Exporter)
    except RuntimeError as e:
        print("register:", e)

    reg = Registry(Exporter.registry)
    print("registry:", len(reg), list(reg), "csv" in reg, reg.get("half"), reg.get("json").__name__)
    print("mapping:", isinstance(reg, collections.abc.Mapping), isinstance(reg, collections.abc.MutableMapping),
          isinstance(reg, collections.abc.Sized))
    print("items:", [(k, v.__name__) for k, v in reg.items()])
    print("equal:", reg == {"csv": CsvExporter, "json": JsonishExporter})

    class Sized3:
        def __len__(self):
            return 3
    print("structural:", isinstance(Sized3(), collections.abc.Sized), isinstance(Sized3(), collections.abc.Iterable))
    print("builtins:", isinstance([], collections.abc.MutableSequence), isinstance((), collections.abc.Hashable),
          issubclass(dict, collections.abc.Mapping), issubclass(frozenset, collections.abc.MutableSet))


main()
