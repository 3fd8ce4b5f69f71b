"""Per-operation cost of common library and language operations, in microseconds of thread CPU
after warm-up (the best of 3 rounds of 3000 after one untimed round): one "name value" line
each. Run side by side with benchmarks/per_op.sh benchmarks/micro/common_ops.py."""
import time, collections.abc, abc, copy, functools, dataclasses, enum, re, operator, itertools, json
class A:
    def __init__(self, x): self.x = x
    def m(self, y=1): return self.x + y
@dataclasses.dataclass
class D:
    a: int
    b: str = "s"
class E(enum.Enum):
    X = 1
    Y = 2
class P:
    @property
    def v(self): return 1
lst = list(range(50)); dct = {str(i): i for i in range(50)}; a = A(1); p = P()
pat = re.compile(r"(\w+)-(\d+)")
def kw(a, b=2, *, c=3): return a + b + c
part = functools.partial(kw, 1, c=5)
tests = {
    "isinstance ABC": lambda: isinstance(lst, collections.abc.Sequence),
    "isinstance Mapping": lambda: isinstance(dct, collections.abc.Mapping),
    "issubclass ABC": lambda: issubclass(list, collections.abc.Iterable),
    "copy.copy list": lambda: copy.copy(lst),
    "copy.copy obj": lambda: copy.copy(a),
    "deepcopy small": lambda: copy.deepcopy({"a": [1, 2]}),
    "dataclass init": lambda: D(1),
    "dataclass eq": lambda: D(1) == D(1),
    "dataclass repr": lambda: repr(D(1)),
    "enum access": lambda: E.X,
    "enum call": lambda: E(2),
    "enum eq": lambda: E.X == E.Y,
    "property": lambda: p.v,
    "method kw": lambda: a.m(y=2),
    "call kwonly": lambda: kw(1, c=4),
    "partial": lambda: part(),
    "re.match": lambda: pat.match("abc-123"),
    "re.sub": lambda: pat.sub(r"\2", "a-1 b-2"),
    "str.format": lambda: "{} {:>5}".format(1, "x"),
    "f-string": lambda: f"{a.x:05d}-{lst[3]}",
    "sorted key": lambda: sorted(lst, key=operator.neg),
    "dict comp": lambda: {k: v for k, v in dct.items()},
    "list(map)": lambda: list(map(str, lst)),
    "zip/enumerate": lambda: [i + j for i, j in enumerate(lst)],
    "json.dumps": lambda: json.dumps(dct),
    "json.loads": lambda: json.loads('{"a": [1, 2, {"b": null}]}'),
    "itertools.chain": lambda: list(itertools.chain(lst, lst)),
    "str.join": lambda: ",".join(dct),
    "dict.get miss": lambda: dct.get("zz"),
    "getattr default": lambda: getattr(a, "nope", None),
    "super call": lambda: D.__init__(D(1), 2),
    "type()": lambda: type(a),
    "max key": lambda: max(lst, key=lambda v: -v),
}
def run(f, n):
    t = time.thread_time()
    for _ in range(n): f()
    return (time.thread_time() - t) / n * 1e6
res = {}
for name, f in tests.items():
    run(f, 3000)
    res[name] = min(run(f, 3000) for _ in range(3))
for name, v in res.items():
    print(f"{name:22s} {v:8.3f}")
