"""Documents a small plugin API with inspect and prints its data model with pprint."""
import inspect
import pprint
from dataclasses import dataclass, field


class Plugin:
    """Base class of all plugins.

    Subclasses override :meth:`run`.
    """

    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, data, /, *, verbose=False):
        """Process *data* and return the result."""
        raise NotImplementedError

    @staticmethod
    def version():
        return (1, 4)

    @classmethod
    def create(cls, **options):
        """Build a configured instance."""
        obj = cls()
        obj.options = options
        return obj


class Upper(Plugin, name="upper"):
    """Upper-cases text."""

    def run(self, data, /, *, verbose=False):
        return data.upper()


class Counter(Plugin):
    def run(self, data, /, *, verbose=False, limit: int = 10) -> dict:
        counts = {}
        for word in data.split()[:limit]:
            counts[word] = counts.get(word, 0) + 1
        return counts

    def _private(self):
        pass


def pipeline(text: str, *plugins: Plugin, strict: bool = True, **extra) -> list:
    """Run *text* through each plugin in turn.

        Returns every intermediate result.
    """
    results = []
    for p in plugins:
        text = p.run(text)
        results.append(text)
    return results


def chunks(seq, size=2):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


async def fetch(url, *, timeout=5.0):
    return url


@dataclass
class Config:
    name: str
    plugins: list = field(default_factory=list)
    limits: dict = field(default_factory=dict)


def describe(obj):
    sig = inspect.signature(obj)
    print(f"{obj.__qualname__}{sig}")
    for p in sig.parameters.values():
        default = "-" if p.default is inspect.Parameter.empty else repr(p.default)
        ann = "-" if p.annotation is inspect.Parameter.empty else getattr(p.annotation, "__name__", p.annotation)
        print(f"    {p.name:8} {p.kind.name:22} default={default:6} annotation={ann}")
    if sig.return_annotation is not inspect.Signature.empty:
        print(f"    returns {getattr(sig.return_annotation, '__name__', sig.return_annotation)}")


print("== signatures")
for obj in [pipeline, chunks, fetch, Plugin.run, Counter.run, Plugin.create, Config]:
    describe(obj)

print("== binding")
sig = inspect.signature(pipeline)
bound = sig.bind("hello world", "upper", "counter", strict=False, trace=True)
print(dict(bound.arguments))
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
params = list(sig.parameters.values())
new_sig = sig.replace(parameters=params[:1], return_annotation=inspect.Signature.empty)
print(new_sig, str(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3)))

print("== predicates")
for name, obj in [("pipeline", pipeline), ("chunks", chunks), ("chunks()", chunks("ab")), ("fetch", fetch),
                  ("Plugin", Plugin), ("Plugin.version", Plugin.version), ("Upper().run", Upper().run),
                  ("len", len)]:
    flags = [f for f in ("isfunction", "isclass", "ismethod", "isgenerator", "isgeneratorfunction",
                         "iscoroutinefunction", "isbuiltin", "isroutine") if getattr(inspect, f)(obj)]
    print(f"{name:15} {flags}")
gen = chunks("abcdef")
print(inspect.getgeneratorstate(gen) in ("GEN_CREATED", "GEN_CLOSED"), next(gen))

print("== members")
print([n for n, _ in inspect.getmembers(Counter, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Plugin) if not n.startswith("__")])
print(sorted(Plugin.registry), [c.__name__ for c in inspect.getmro(Upper)])
print(inspect.getdoc(Plugin))
print(inspect.getdoc(Upper.run))
print(inspect.getdoc(pipeline))
print(repr(inspect.cleandoc("""
        Title
          indented detail
        last line
    """)))

print("== pprint")
config = Config("demo", ["upper", "counter"], {"counter": {"limit": 10, "stop_words": ["a", "an", "the"]}})
model = {
    "config": config,
    "registry": {k: v.__name__ for k, v in Plugin.registry.items()},
    "results": pipeline("the cat and the hat and the bat", Upper(), Counter()),
    "matrix": [[i * j for j in range(8)] for i in range(4)],
    "meta": {"version": Plugin.version(), "tags": ("api", "plugins"), "empty": {}, "nested": {"a": {"b": {"c": [1, 2]}}}},
}
pprint.pprint(model)
pprint.pprint(model, width=50, indent=2, depth=2)
pprint.pprint(model["meta"], sort_dicts=False, width=40)
text = pprint.pformat(model["matrix"], compact=True, width=30)
print(text)
print(pprint.pformat(list(range(40)), width=60, compact=True))
print(pprint.isreadable(model["meta"]), pprint.isrecursive(model), pprint.saferepr({"k": [1, 2]}))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id")[0], pprint.isrecursive(loop))
pp = pprint.PrettyPrinter(indent=4, width=30, sort_dicts=True)
pp.pprint({"zeta": list("abcdefgh"), "alpha": {"x": 1, "y": 2}})
