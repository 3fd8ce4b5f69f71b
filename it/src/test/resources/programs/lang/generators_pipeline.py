# Generators: pipelines, send/throw/close, yield from with return values, generator state.


def read_records():
    raw = """\
2024-01-03,north,widget,4,2.50
2024-01-03,south,gadget,1,10.00
2024-01-04,north,gadget,2,10.00
# comment line
2024-01-05,east,widget,10,2.25
2024-01-05,north,gizmo,3,7.75

2024-01-06,south,widget,6,2.50
2024-01-07,east,gizmo,bad,7.75
2024-01-07,west,widget,5,2.40"""
    for line in raw.splitlines():
        yield line


def skip_noise(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for number, line in enumerate(lines, 1):
        date, region, item, qty, price = line.split(",")
        try:
            yield {"date": date, "region": region, "item": item, "qty": int(qty), "price": float(price)}
        except ValueError:
            print(f"  skipping record {number}: bad quantity {qty!r}")


def with_total(records):
    for r in records:
        r["total"] = round(r["qty"] * r["price"], 2)
        yield r


pipeline = with_total(parse(skip_noise(read_records())))
by_region = {}
for rec in pipeline:
    by_region.setdefault(rec["region"], []).append(rec["total"])
for region in sorted(by_region):
    print(f"{region:<6} {len(by_region[region])} sales, {sum(by_region[region]):8.2f}")


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("running average", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("final", stop.value)


def delegator():
    result = yield from averager()
    yield f"delegated result {result}"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))


def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as exc:
            yield f"recovered from {exc}"
        except GeneratorExit:
            print("  generator closing")
            raise


g = resilient()
print(next(g), g.throw(ValueError("boom")), next(g))
g.close()
print("closed; further next:", next(g, "exhausted"))


def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)


def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


print(list(take(15, primes())))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


evens = (f for f in fib() if f % 2 == 0)
print([next(evens) for _ in range(10)])
gen = (x for x in range(3))
import inspect
print(inspect.getgeneratorstate(gen), next(gen), inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))


def counting_gen():
    yield 1
    return "done"


cg = counting_gen()
print(next(cg))
try:
    next(cg)
except StopIteration as e:
    print("StopIteration value:", e.value)


def bad_gen():
    yield 1
    raise StopIteration("inside")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
