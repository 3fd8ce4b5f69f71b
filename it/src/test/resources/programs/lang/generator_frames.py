# Generator and coroutine frame objects: gi_frame/cr_frame while not finished, the line of the
# suspension point, the saved local variables, the code and globals, and the inspect states.
import inspect


def numbered(words, start=1):
    count = start
    for w in words:
        label = f"{count}. {w}"
        yield label
        count += 1
    yield "end"


g = numbered(["alpha", "beta"])
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g))
frame = g.gi_frame
print(inspect.getgeneratorstate(g), frame.f_lineno, frame.f_code.co_name, frame.f_back)
print(sorted((k, v) for k, v in frame.f_locals.items() if k != "w"), frame.f_locals["w"])
print(frame is g.gi_frame, frame.f_globals is globals())
print(next(g), inspect.getgeneratorlocals(g)["count"])
print(next(g), frame.f_lineno)
print(list(g), g.gi_frame, inspect.getgeneratorstate(g))


def closure_gen(n):
    total = 0

    def add(k):
        nonlocal total
        total += k

    for i in range(n):
        add(i)
        yield total


cg = closure_gen(4)
next(cg)
next(cg)
print(sorted(k for k in cg.gi_frame.f_locals), cg.gi_frame.f_locals["total"], cg.gi_frame.f_lineno)
cg.close()
print(cg.gi_frame, inspect.getgeneratorstate(cg))


async def fetch(x):
    return x * 2


coro = fetch(21)
print(inspect.getcoroutinestate(coro), coro.cr_frame.f_lineno, coro.cr_frame.f_code.co_name)
try:
    coro.send(None)
except StopIteration as stop:
    print("returned", stop.value, coro.cr_frame, inspect.getcoroutinestate(coro))

squares = (n * n for n in range(3))
print(inspect.getgeneratorstate(squares), next(squares), inspect.getgeneratorstate(squares))
print(squares.gi_frame.f_code.co_name, squares.gi_frame.f_lineno)
