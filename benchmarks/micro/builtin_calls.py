"""Per-call cost of builtin functions, builtin types called as constructors and builtin methods
in a warm loop (best of 5 rounds of 300,000 after one untimed round), in microseconds of thread
CPU: one "name value" line each. Side by side: benchmarks/per_op.sh benchmarks/micro/builtin_calls.py"""
import time
class A:
    def __init__(self): self.x = 1
a = A(); l = [1, 2, 3]; s = "42"; d = {"k": 1}
def t_type(n):
    for _ in range(n): type(a)
def t_len(n):
    for _ in range(n): len(l)
def t_isinstance(n):
    for _ in range(n): isinstance(a, A)
def t_abs(n):
    for _ in range(n): abs(-5)
def t_min(n):
    for _ in range(n): min(3, 4)
def t_str(n):
    for _ in range(n): str(12345)
def t_int(n):
    for _ in range(n): int(s)
def t_getattr(n):
    for _ in range(n): getattr(a, "x")
def t_dictget(n):
    for _ in range(n): d.get("k")
def t_append_pop(n):
    for _ in range(n): l.append(1); l.pop()
def t_strmeth(n):
    for _ in range(n): s.startswith("4")
def t_tuple(n):
    for _ in range(n): tuple(l)
def t_sorted(n):
    for _ in range(n): sorted(l)
def t_range_list(n):
    for _ in range(n): list(range(3))
def t_instance(n):
    for _ in range(n): A()
def t_fmt(n):
    for _ in range(n): "%d-%s" % (5, s)
def t_join(n):
    for _ in range(n): "".join(["a", s])
def t(fn, n=300_000):
    fn(n)
    best = 1e9
    for _ in range(5):
        st = time.thread_time(); fn(n); best = min(best, time.thread_time() - st)
    return best / n * 1e9
for name, fn in list(globals().items()):
    if name.startswith("t_"):
        print(f"{name[2:]:12s} {t(fn) / 1000:9.4f}")
