outer = [1, 2]
module_list = [x for x in outer if x]
module_set = {x for x in outer}
module_dict = {k: v for k, v in outer}
module_gen = (x for x in outer)
nested = [[y for y in x] for x in outer]
walrus_module = [last := x for x in outer]
comp_lambda = [lambda: x for x in outer]


def in_function(items):
    squares = [i * i for i in items]
    pairs = {i: j for i in items for j in items if i != j}
    gen = (i for i in items)
    total = [total := i for i in items]
    closures = [lambda: i for i in items]
    captured = 0
    uses_captured = [captured + i for i in items]
    inner_def = [(lambda k=i: k) for i in items]
    shadow = 1
    shadowed = [shadow for shadow in items]
    return squares, pairs, gen, total, closures, uses_captured, inner_def, shadowed


def nested_walrus(rows):
    return [[(cell := c) for c in row] for row in rows], cell


def comp_cell(items):
    return [[lambda: y for _ in items] for y in items]


def outer_free():
    z = 1

    def f(items):
        return [z for _ in items]
    return f


class InClass:
    base = 10
    values = [base for _ in range(3)]
    names = [i for i in range(3)]
    first = [[j for j in range(i)] for i in range(3)]
    gens = list(x + base for x in range(3))

    def method(self):
        return [__class__ for _ in range(1)]


async def async_comps(aiter):
    a = [x async for x in aiter]
    b = [await x for x in aiter]
    c = (x async for x in aiter)
    return a, b, c


def genexp_args(data):
    return sum(x for x in data), max((y for y in data), default=None)


def global_walrus():
    global gw
    return [gw := i for i in range(3)]
