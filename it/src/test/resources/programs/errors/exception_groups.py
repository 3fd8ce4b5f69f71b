# ExceptionGroup, except*, splitting, nesting, and raising from concurrent-style task results.


def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n}: value")
    if n % 4 == 0:
        raise KeyError(f"task {n}")
    if n == 7:
        raise TypeError("task 7: type")
    return n * n


def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} tasks failed", errors)
    return results


print(run_all([1, 2, 5]))
try:
    run_all(range(1, 10))
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* KeyError as group:
    print("keys:", [repr(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", group.exceptions, type(group).__name__, group.message)

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [KeyError("k"), ValueError("v2")]), OSError("os")])
print(repr(eg))
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, OSError)))))
print(eg.subgroup(ZeroDivisionError))


def flatten(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e


print([type(e).__name__ for e in flatten(eg)])

try:
    try:
        raise eg
    except* OSError as g:
        print("handled OSError part:", g.exceptions)
except ExceptionGroup as remaining:
    print("propagated:", repr(remaining))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("new group:", repr(e))
    print("  context of raised:", [repr(x.__context__) for x in e.exceptions])

bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(bg).__name__, type(BaseExceptionGroup("ok", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)


mg = MyGroup("mine", [ValueError("a"), KeyError("b")])
m, r = mg.split(KeyError)
print(type(m).__name__, m.message, repr(r))
total = 0
try:
    raise ExceptionGroup("nums", [ArithmeticError(i) for i in range(5)])
except* ArithmeticError as g:
    total = sum(e.args[0] for e in g.exceptions)
print("sum of args:", total)
