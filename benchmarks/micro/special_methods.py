"""Per-operation cost of the runtime's protocols on a user class with special methods (sorting
with __lt__, dict keys with __hash__/__eq__, repr, len, in, subscript, ==, <, list.index with
__eq__), warm, in microseconds of thread CPU: one "name value" line each.
Side by side: benchmarks/per_op.sh benchmarks/micro/special_methods.py"""
import time
class K:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
    def __len__(self): return 3
    def __bool__(self): return True
    def __iter__(self): return iter((1, 2))
    def __getitem__(self, i): return i
    def __contains__(self, x): return True
ks = [K(i) for i in range(200)]
k = K(5)
d = {K(i): i for i in range(50)}
def t_sort(n):
    for _ in range(n): sorted(ks)
def t_dict(n):
    for _ in range(n): d[k]
def t_repr(n):
    for _ in range(n): repr(k)
def t_len(n):
    for _ in range(n): len(k)
def t_in(n):
    for _ in range(n): 3 in k
def t_getitem(n):
    for _ in range(n): k[1]
def t_eq(n):
    for _ in range(n): k == k
def t_lt(n):
    for _ in range(n): k < k
def t_listidx(n):
    for _ in range(n): ks.index(k)
def t(fn, n):
    fn(n)
    best = 1e9
    for _ in range(5):
        st = time.thread_time(); fn(n); best = min(best, time.thread_time() - st)
    return best / n * 1e9
for name, fn, n in [("sort200", t_sort, 300), ("dict", t_dict, 300000), ("repr", t_repr, 100000), ("len", t_len, 300000), ("in", t_in, 300000), ("getitem", t_getitem, 300000), ("eq", t_eq, 300000), ("lt", t_lt, 300000), ("list.index", t_listidx, 30000)]:
    print(f"{name:10s} {t(fn, n) / 1000:9.4f}")
